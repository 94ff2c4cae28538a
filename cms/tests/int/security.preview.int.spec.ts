// Preview sessions are re-checked against the user's current role (audit F21): the preview server
// asks the CMS on each use; a demoted or deleted user's token opens nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { cmsUrl } from '../../src/lib/urls'
import { issuePreviewToken, previewSecret } from '../../src/lib/previewTokens'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { seedUsers } from './helpers/fixtures'
import { callApi } from './helpers/leads'

let payload: Payload
let users: Awaited<ReturnType<typeof seedUsers>>

beforeAll(async () => {
  payload = await bootPayload()
  users = await seedUsers(payload)
})
afterAll(async () => {
  await shutdownPayload(payload)
})

const check = (token: string, authorization = `vitrine-preview ${previewSecret()}`) =>
  callApi(
    new Request(`${cmsUrl}/api/preview-session`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    }),
  )

const tokenFor = (id: number | string) =>
  issuePreviewToken({ c: 'articles', id: '1', u: String(id) })

describe('preview session check (POST /api/preview-session)', () => {
  it('accepts a token of a current editor or admin', async () => {
    expect((await check(tokenFor(users.editor.id))).status).toBe(200)
    expect((await check(tokenFor(users.admin.id))).status).toBe(200)
  })

  it('refuses the token of a user who lost the editor role, or was deleted', async () => {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: `temp-${Date.now()}@test.vitrine`,
        password: 'test-password-1',
        name: 'Temp',
        role: 'editor',
      },
    })
    const token = tokenFor(user.id)
    expect((await check(token)).status).toBe(200)
    await payload.update({ collection: 'users', id: user.id, data: { role: 'sales' } })
    const demoted = await check(token)
    expect(demoted.status).toBe(403)
    expect(((await demoted.json()) as { error: string }).error).toMatch(/aperçu/i)
    await payload.update({ collection: 'users', id: user.id, data: { role: 'editor' } })
    expect((await check(token)).status).toBe(200)
    await payload.delete({ collection: 'users', id: user.id })
    expect((await check(token)).status).toBe(403)
  })

  it('refuses sales, forged tokens, and callers without the preview secret', async () => {
    expect((await check(tokenFor(users.sales.id))).status).toBe(403)
    expect(
      (
        await check(
          issuePreviewToken(
            { c: 'articles', id: '1', u: String(users.editor.id) },
            Date.now(),
            'wrong',
          ),
        )
      ).status,
    ).toBe(403)
    expect((await check(tokenFor(users.editor.id), 'vitrine-preview wrong-secret')).status).toBe(
      403,
    )
    expect((await check(tokenFor(users.editor.id), '')).status).toBe(403)
  })
})
