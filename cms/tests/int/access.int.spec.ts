// Who may do what: every role (and anonymous) × every collection × create/read/update/delete,
// through the Local API acting as that person (overrideAccess: false), like the REST API does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CollectionSlug, Payload } from 'payload'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { lexical, pdfFile, pngFile, seedUsers, type Role } from './helpers/fixtures'
import { callApi } from './helpers/leads'
import { cmsUrl } from '../../src/lib/urls'
import { previewSecret } from '../../src/lib/previewTokens'

type Actor = Role | 'anonymous'
type Ops = { create: boolean; read: boolean; update: boolean; delete: boolean }
const ops = (spec: string): Ops => ({
  create: spec[0] === 'c',
  read: spec[1] === 'r',
  update: spec[2] === 'u',
  delete: spec[3] === 'd',
})

// The README's roles table, as data. Leads are created only by the submit endpoint (server side).
const content = { anonymous: '-r--', editor: 'crud', sales: '-r--', admin: 'crud' }
const expected: Record<string, Record<Actor, string>> = {
  articles: content,
  categories: content,
  'white-papers': content,
  webinars: content,
  freelancers: content,
  pages: content,
  media: content,
  documents: { anonymous: '----', editor: 'crud', sales: '----', admin: 'crud' },
  leads: { anonymous: '----', editor: '----', sales: '-ru-', admin: '-rud' },
  users: { anonymous: '----', editor: '----', sales: '----', admin: 'crud' },
  redirects: content,
}

let payload: Payload
let users: Awaited<ReturnType<typeof seedUsers>>
let categoryId: number | string
let documentId: number | string
let whitePaperId: number | string

/** Data for a valid new document of each collection (files attached where needed). */
const newDoc = async (
  slug: string,
  n: number,
): Promise<{ data: Record<string, unknown>; file?: Awaited<ReturnType<typeof pngFile>> }> => {
  const unique = `${slug}-${n}-${Math.random().toString(36).slice(2, 8)}`
  switch (slug) {
    case 'articles':
      return {
        data: {
          title: unique,
          excerpt: 'Chapô',
          body: lexical('Texte'),
          category: categoryId,
          _status: 'published',
        },
      }
    case 'categories':
      return { data: { title: unique } }
    case 'white-papers':
      return { data: { title: unique, summary: 'Résumé', file: documentId, _status: 'published' } }
    case 'webinars':
      return {
        data: {
          title: unique,
          summary: 'Accroche',
          startsAt: new Date(Date.now() + 86400000).toISOString(),
          durationMinutes: 30,
          _status: 'published',
        },
      }
    case 'freelancers':
      return {
        data: {
          firstName: unique,
          lastInitial: 'M',
          role: 'office-manager',
          specialties: ['rh'],
          region: 'bretagne',
          joinedAt: '2024-09-01T00:00:00.000Z',
          story: 'Parcours',
          publicationConsent: true,
          _status: 'published',
        },
      }
    case 'pages':
      return {
        data: {
          title: unique,
          layout: [{ blockType: 'richContent', content: lexical('Texte') }],
          _status: 'published',
        },
      }
    case 'media':
      return { data: { alt: unique }, file: await pngFile(`${unique}.png`) }
    case 'documents':
      return { data: { title: unique }, file: pdfFile(`${unique}.pdf`) }
    case 'leads':
      return {
        data: {
          kind: 'callback',
          email: `${unique}@example.fr`,
          status: 'nouveau',
          consent: {
            noticeVersion: 'test',
            legalBasis: 'test',
            marketingOptIn: false,
            at: new Date().toISOString(),
          },
        },
      }
    case 'users':
      return {
        data: {
          email: `${unique}@test.vitrine`,
          password: 'test-password-1',
          name: unique,
          role: 'editor',
        },
      }
    case 'redirects':
      return { data: { from: `/${unique}/`, to: { type: 'custom', url: '/blog/' }, type: '301' } }
    default:
      throw new Error(`no fixture for ${slug}`)
  }
}

const asActor = (actor: Actor) =>
  actor === 'anonymous' ? { overrideAccess: false } : { overrideAccess: false, user: users[actor] }

const attempt = async (fn: () => Promise<unknown>): Promise<boolean> => {
  try {
    await fn()
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401 || status === 404) return false
    throw error
  }
}

beforeAll(async () => {
  payload = await bootPayload()
  users = await seedUsers(payload)
  categoryId = (await payload.create({ collection: 'categories', data: { title: 'Accès' } })).id
  const doc = await payload.create({
    collection: 'documents',
    data: { title: 'PDF' },
    file: pdfFile('acces.pdf'),
  })
  documentId = doc.id
  whitePaperId = (
    await payload.create({
      collection: 'white-papers',
      data: { title: 'LB', summary: 'R', file: documentId, _status: 'published' } as never,
    })
  ).id
})
afterAll(async () => shutdownPayload(payload))

// Over REST, as a browser or a script would call it: a session (JWT) per role, the preview
// server's reader credential, or nothing.
type RestActor = Actor | 'preview'
const restActors: RestActor[] = ['anonymous', 'editor', 'sales', 'admin', 'preview']
const tokens: Partial<Record<Role, string>> = {}
const rest = async (method: string, path: string, actor: RestActor, body?: unknown) => {
  let authorization: string | undefined
  if (actor === 'preview') authorization = `vitrine-preview ${previewSecret()}`
  else if (actor !== 'anonymous') {
    tokens[actor] ??= (
      await payload.login({
        collection: 'users',
        data: { email: users[actor].email, password: 'test-password-1' },
      })
    ).token!
    authorization = `JWT ${tokens[actor]}`
  }
  return callApi(
    new Request(`${cmsUrl}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  )
}

describe.each(Object.keys(expected))('%s', (slug) => {
  const collection = slug as CollectionSlug
  it.each(['anonymous', 'editor', 'sales', 'admin'] as Actor[])('as %s', async (actor) => {
    const want = ops(expected[slug]![actor])
    let n = 0
    const fixture = await newDoc(slug, n++)
    const canCreate = await attempt(() =>
      payload.create({
        collection,
        data: fixture.data as never,
        file: fixture.file,
        ...asActor(actor),
      }),
    )
    expect(canCreate, `${actor} create ${slug}`).toBe(want.create)

    // A target document made by the system, to read, update and delete.
    const target = await newDoc(slug, n++)
    const doc = await payload.create({ collection, data: target.data as never, file: target.file })
    const canRead = await attempt(async () => {
      const found = await payload.findByID({ collection, id: doc.id, depth: 0, ...asActor(actor) })
      if (!found) throw Object.assign(new Error('not found'), { status: 404 })
    })
    expect(canRead, `${actor} read ${slug}`).toBe(want.read)

    const patch =
      slug === 'leads'
        ? { status: 'contacte' }
        : slug === 'media'
          ? { alt: 'Nouveau texte' }
          : slug === 'redirects'
            ? { from: `/x-${doc.id}/` }
            : slug === 'users'
              ? { name: 'Renommé' }
              : { title: `Modifié ${doc.id}` }
    const canUpdate = await attempt(() =>
      payload.update({ collection, id: doc.id, data: patch as never, ...asActor(actor) }),
    )
    expect(canUpdate, `${actor} update ${slug}`).toBe(want.update)

    const canDelete = await attempt(() =>
      payload.delete({ collection, id: doc.id, ...asActor(actor) }),
    )
    expect(canDelete, `${actor} delete ${slug}`).toBe(want.delete)
  })
})

describe('site settings', () => {
  it.each([
    ['anonymous', false],
    ['sales', false],
    ['editor', true],
    ['admin', true],
  ] as [Actor, boolean][])('%s may update: %s', async (actor, allowed) => {
    const read = await payload.findGlobal({ slug: 'site-settings', ...asActor(actor) })
    expect(read).toBeTruthy()
    const canUpdate = await attempt(() =>
      payload.updateGlobal({
        slug: 'site-settings',
        data: { tagline: `par ${actor}` },
        ...asActor(actor),
      }),
    )
    expect(canUpdate).toBe(allowed)
  })
})

describe('accounts', () => {
  it('a team member sees and edits only their own account', async () => {
    const seen = await payload.find({ collection: 'users', ...asActor('editor') })
    expect(seen.docs.map((u) => u.id)).toEqual([users.editor.id])
    const updated = await payload.update({
      collection: 'users',
      id: users.editor.id,
      data: { name: 'Camille' },
      ...asActor('editor'),
    })
    expect(updated.name).toBe('Camille')
  })

  it.each(['editor', 'sales'] as Role[])('%s cannot raise their own role', async (role) => {
    await payload.update({
      collection: 'users',
      id: users[role].id,
      data: { role: 'admin' } as never,
      ...asActor(role),
    })
    const after = await payload.findByID({ collection: 'users', id: users[role].id })
    expect(after.role).toBe(role)
  })

  it('an admin can change a role', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { email: 'promo@test.vitrine', password: 'test-password-1', name: 'P', role: 'sales' },
    })
    const after = await payload.update({
      collection: 'users',
      id: user.id,
      data: { role: 'editor' },
      ...asActor('admin'),
    })
    expect(after.role).toBe('editor')
  })
})

describe('private files', () => {
  it('white-paper PDFs are not readable by visitors or sales, even through a published white paper', async () => {
    for (const actor of ['anonymous', 'sales'] as Actor[]) {
      expect(
        await attempt(() =>
          payload.findByID({ collection: 'documents', id: documentId, ...asActor(actor) }),
        ),
      ).toBe(false)
      const wp = await payload.findByID({
        collection: 'white-papers',
        id: whitePaperId,
        depth: 1,
        ...asActor(actor),
      })
      // The relationship is not populated for someone who may not read documents: no URL leaks.
      expect(typeof wp.file === 'object' && wp.file !== null && 'url' in wp.file).toBe(false)
    }
  })

  it('the webinar join link is hidden from visitors', async () => {
    const webinar = await payload.create({
      collection: 'webinars',
      data: {
        title: 'Live',
        summary: 'S',
        startsAt: new Date(Date.now() + 3600e3).toISOString(),
        durationMinutes: 30,
        joinUrl: 'https://visio.example/secret',
        _status: 'published',
      } as never,
    })
    const asVisitor = await payload.findByID({
      collection: 'webinars',
      id: webinar.id,
      ...asActor('anonymous'),
    })
    expect(asVisitor.joinUrl).toBeUndefined()
    const asEditor = await payload.findByID({
      collection: 'webinars',
      id: webinar.id,
      ...asActor('editor'),
    })
    expect(asEditor.joinUrl).toBe('https://visio.example/secret')
  })
})

// Versions and drafts (`/api/<slug>/versions`): editors and admins; the preview server reads those
// of public content, except a freelancer whose consent is withdrawn; sales and visitors none.
const versioned = ['articles', 'white-papers', 'webinars', 'freelancers', 'pages']
const seesVersions: Record<RestActor, boolean> = {
  anonymous: false,
  editor: true,
  sales: false,
  admin: true,
  preview: true,
}

describe.each(versioned)('%s versions over REST', (slug) => {
  it.each(restActors)('as %s', async (actor) => {
    const fixture = await newDoc(slug, 0)
    const doc = await payload.create({
      collection: slug as CollectionSlug,
      data: fixture.data as never,
    })
    // An unpublished draft on top of the published document.
    await payload.update({
      collection: slug as CollectionSlug,
      id: doc.id,
      draft: true,
      data: { _status: 'draft' } as never,
    })
    const list = await rest('GET', `/${slug}/versions?where[parent][equals]=${doc.id}`, actor)
    const docs = list.status === 200 ? ((await list.json()) as { docs: { id: string }[] }).docs : []
    expect(docs.length > 0, `${actor} lists ${slug} versions (HTTP ${list.status})`).toBe(
      seesVersions[actor],
    )
    const [any] = (
      await payload.findVersions({
        collection: slug as CollectionSlug,
        where: { parent: { equals: doc.id } },
      })
    ).docs
    const one = await rest('GET', `/${slug}/versions/${any!.id}`, actor)
    expect(one.status === 200, `${actor} reads one ${slug} version (HTTP ${one.status})`).toBe(
      seesVersions[actor],
    )
  })
})

describe('withdrawn consent', () => {
  it.each(restActors)('the versions of a freelancer who withdrew consent, as %s', async (actor) => {
    const fixture = await newDoc('freelancers', 0)
    const doc = await payload.create({ collection: 'freelancers', data: fixture.data as never })
    await payload.update({
      collection: 'freelancers',
      id: doc.id,
      data: { publicationConsent: false } as never,
    })
    const list = await rest('GET', `/freelancers/versions?where[parent][equals]=${doc.id}`, actor)
    const docs = list.status === 200 ? ((await list.json()) as { docs: unknown[] }).docs : []
    const [first] = (
      await payload.findVersions({
        collection: 'freelancers',
        where: { parent: { equals: doc.id } },
        sort: 'createdAt',
      })
    ).docs
    const one = await rest('GET', `/freelancers/versions/${first!.id}`, actor)
    const staff = actor === 'editor' || actor === 'admin'
    expect(docs.length > 0, `${actor} lists them`).toBe(staff)
    expect(one.status === 200, `${actor} reads the consenting first version`).toBe(staff)
  })
})

describe('site settings versions over REST', () => {
  it.each(restActors)('as %s', async (actor) => {
    await payload.updateGlobal({ slug: 'site-settings', data: { tagline: 'Versionnée' } })
    const res = await rest('GET', '/globals/site-settings/versions', actor)
    const docs = res.status === 200 ? ((await res.json()) as { docs: unknown[] }).docs : []
    expect(docs.length > 0, `${actor} (HTTP ${res.status})`).toBe(
      actor === 'editor' || actor === 'admin',
    )
  })
})

// Field-level writes: only status, owner and notes of a lead move, and only for sales and admins;
// the consent record and the retention dates never move through the API.
describe('lead field-level writes over REST', () => {
  it.each(restActors)('as %s', async (actor) => {
    const { data } = await newDoc('leads', 0)
    const lead = await payload.create({
      collection: 'leads',
      data: { ...data, lastContactAt: '2026-10-01T09:00:00.000Z' } as never,
      context: { skipSideEffects: true },
    })
    const res = await rest('PATCH', `/leads/${lead.id}`, actor, {
      status: 'qualifie',
      consent: {
        noticeVersion: 'forged',
        legalBasis: 'forged',
        marketingOptIn: true,
        at: '2000-01-01T00:00:00.000Z',
      },
      lastContactAt: '2099-01-01T00:00:00.000Z',
      retainUntil: '2102-01-01T00:00:00.000Z',
    })
    const after = await payload.findByID({ collection: 'leads', id: lead.id })
    const works = actor === 'sales' || actor === 'admin'
    expect(res.status === 200, `${actor} PATCH (HTTP ${res.status})`).toBe(works)
    expect(after.status).toBe(works ? 'qualifie' : 'nouveau')
    expect(after.consent).toEqual(lead.consent)
    expect(after.lastContactAt).toEqual(lead.lastContactAt)
    expect(after.retainUntil).toEqual(lead.retainUntil)
  })
})
