// Payload's own collections: document locks are for the team only (not the draft-preview server's
// read-only credential, not visitors); preferences stay per user; only admins unlock accounts.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { seedArticle, seedUsers } from './helpers/fixtures'
import { callApi } from './helpers/leads'
import { cmsUrl } from '../../src/lib/urls'
import { previewSecret } from '../../src/lib/previewTokens'

let payload: Payload
let users: Awaited<ReturnType<typeof seedUsers>>
let lockId: number | string

const asPreview = (method: string, path: string, body?: unknown) =>
  callApi(
    new Request(`${cmsUrl}/api${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        authorization: `vitrine-preview ${previewSecret()}`,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  )

beforeAll(async () => {
  payload = await bootPayload()
  users = await seedUsers(payload)
  const { article } = await seedArticle(payload)
  lockId = (
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'articles', value: article.id },
        user: { relationTo: 'users', value: users.editor.id },
      },
    })
  ).id
})
afterAll(async () => shutdownPayload(payload))

describe('document locks', () => {
  it('the preview credential neither sees who edits what nor removes a lock', async () => {
    const list = await asPreview('GET', '/payload-locked-documents')
    expect(list.status).toBe(403)
    const removed = await asPreview('DELETE', `/payload-locked-documents/${lockId}`)
    expect(removed.status).not.toBe(200)
    expect(await payload.count({ collection: 'payload-locked-documents' })).toMatchObject({
      totalDocs: 1,
    })
  })

  it('anonymous visitors get nothing; the team keeps its locks', async () => {
    expect((await callApi(new Request(`${cmsUrl}/api/payload-locked-documents`))).status).toBe(403)
    const seen = await payload.find({
      collection: 'payload-locked-documents',
      overrideAccess: false,
      user: users.editor,
    })
    expect(seen.totalDocs).toBe(1)
  })
})

describe('account unlock', () => {
  it('only an admin may unlock an account', async () => {
    for (const role of ['editor', 'sales'] as const) {
      const res = await callApi(
        new Request(`${cmsUrl}/api/users/unlock`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `JWT ${(await payload.login({ collection: 'users', data: { email: users[role].email, password: 'test-password-1' } })).token}`,
          },
          body: JSON.stringify({ email: users.admin.email }),
        }),
      )
      expect(res.status, role).toBe(403)
    }
  })
})
