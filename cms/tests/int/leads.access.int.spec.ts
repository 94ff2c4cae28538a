// Who may see the people behind the leads: contacts, the e-mail log, CVs, spam counters and the
// CSV export are for sales and admins; only the system writes them; only admins delete.
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { pdfFile, seedUsers, type Role, tokensFor } from './helpers/fixtures'
import { callApi, postLead, validLead } from './helpers/leads'
import { cmsUrl } from '../../src/lib/urls'

type Actor = Role | 'anonymous'
let payload: Payload
let users: Awaited<ReturnType<typeof seedUsers>>
let tokens: Record<Role, string>

const expected: Record<string, Record<Actor, string>> = {
  contacts: { anonymous: '----', editor: '----', sales: '-ru-', admin: '-rud' },
  emails: { anonymous: '----', editor: '----', sales: '-r--', admin: '-r-d' },
  resumes: { anonymous: '----', editor: '----', sales: '-r--', admin: '-r-d' },
}

const asActor = (actor: Actor) =>
  actor === 'anonymous' ? { overrideAccess: false } : { overrideAccess: false, user: users[actor] }
const attempt = async (fn: () => Promise<unknown>) => {
  try {
    await fn()
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401 || status === 404) return false
    throw error
  }
}

let n = 0
const fixture = async (slug: string) => {
  const id = `${slug}-${n++}`
  if (slug === 'contacts') return { data: { email: `${id}@exemple.fr` } }
  if (slug === 'emails')
    return { data: { key: id, template: 'acknowledgement', to: `${id}@exemple.fr` } }
  return { data: { person: `${id}@exemple.fr` }, file: pdfFile(`${id}.pdf`) }
}
const patches: Record<string, object> = {
  contacts: { firstName: 'Camille' },
  emails: { status: 'sent' },
  resumes: { person: 'autre@exemple.fr' },
}

beforeAll(async () => {
  payload = await bootPayload()
  users = await seedUsers(payload)
  tokens = await tokensFor(payload, users)
})
afterAll(async () => shutdownPayload(payload))

describe.each(Object.keys(expected))('%s', (slug) => {
  const collection = slug as CollectionSlug
  it.each(['anonymous', 'editor', 'sales', 'admin'] as Actor[])('as %s', async (actor) => {
    const spec = expected[slug]![actor]
    const create = await fixture(slug)
    expect(
      await attempt(() =>
        payload.create({
          collection,
          data: create.data as never,
          file: create.file,
          ...asActor(actor),
        }),
      ),
      `${actor} create`,
    ).toBe(spec[0] === 'c')
    const target = await fixture(slug)
    const doc = await payload.create({
      collection,
      data: target.data as never,
      file: target.file,
      context: { skipSideEffects: true },
    })
    expect(
      await attempt(() => payload.findByID({ collection, id: doc.id, ...asActor(actor) })),
      `${actor} read`,
    ).toBe(spec[1] === 'r')
    expect(
      await attempt(() =>
        payload.update({ collection, id: doc.id, data: patches[slug] as never, ...asActor(actor) }),
      ),
      `${actor} update`,
    ).toBe(spec[2] === 'u')
    expect(
      await attempt(() => payload.delete({ collection, id: doc.id, ...asActor(actor) })),
      `${actor} delete`,
    ).toBe(spec[3] === 'd')
  })
})

describe('spam counters', () => {
  it.each([
    ['anonymous', false],
    ['editor', false],
    ['sales', true],
    ['admin', true],
  ] as [Actor, boolean][])('%s may read: %s; nobody edits them', async (actor, canRead) => {
    expect(await attempt(() => payload.findGlobal({ slug: 'spam-stats', ...asActor(actor) }))).toBe(
      canRead,
    )
    expect(
      await attempt(() =>
        payload.updateGlobal({ slug: 'spam-stats', data: { honeypot: 0 }, ...asActor(actor) }),
      ),
    ).toBe(false)
  })
})

describe('CSV export of leads', () => {
  const download = (role?: Role) =>
    callApi(
      new Request(`${cmsUrl}/api/exports/download`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(role ? { authorization: `JWT ${tokens[role]}` } : {}),
        },
        body: JSON.stringify({
          data: { collectionSlug: 'leads', format: 'csv', fields: ['email', 'kind', 'status'] },
        }),
      }),
    )

  it('sales and admins download the leads as CSV; editors and visitors get no lead data', async () => {
    const body = validLead('callback')
    expect((await postLead(body)).status).toBe(201)
    for (const role of ['sales', 'admin'] as const) {
      const res = await download(role)
      expect(res.status).toBe(200)
      expect(await res.text()).toContain(body.email as string)
    }
    for (const role of ['editor', undefined] as const) {
      const res = await download(role)
      expect(res.status).toBe(403)
      expect(await res.text()).not.toContain(body.email as string)
    }
  })

  it('only sales and admins may create an export', async () => {
    for (const [actor, allowed] of [
      ['anonymous', false],
      ['editor', false],
      ['sales', true],
    ] as [Actor, boolean][]) {
      const ok = await attempt(() =>
        payload.create({
          collection: 'exports',
          data: { collectionSlug: 'leads', format: 'csv', name: `export-${actor}` } as never,
          ...asActor(actor),
        }),
      )
      expect(ok, actor).toBe(allowed)
    }
  })
})
