// What an editor relies on when writing: drafts stay private, scheduled publishing happens,
// slugs / reading time / publication date fill themselves in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { lexical, seedArticle } from './helpers/fixtures'

let payload: Payload
let categoryId: number | string
const anonymous = { overrideAccess: false } as const

beforeAll(async () => {
  payload = await bootPayload()
  categoryId = (await payload.create({ collection: 'categories', data: { title: 'Organisation' } }))
    .id
})
afterAll(async () => shutdownPayload(payload))

const articleData = (title: string, extra: Record<string, unknown> = {}) =>
  ({
    title,
    excerpt: 'Chapô.',
    body: lexical('Un texte.'),
    category: categoryId,
    ...extra,
  }) as never

describe('drafts', () => {
  it('a draft is invisible to visitors until it is published', async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: articleData('Brouillon secret', { _status: 'draft' }),
    })
    const visible = await payload.find({
      collection: 'articles',
      where: { id: { equals: draft.id } },
      ...anonymous,
    })
    expect(visible.totalDocs).toBe(0)
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' } as never,
    })
    const after = await payload.find({
      collection: 'articles',
      where: { id: { equals: draft.id } },
      ...anonymous,
    })
    expect(after.docs[0]?.title).toBe('Brouillon secret')
  })

  it('editing a published article as a draft leaves the public version unchanged', async () => {
    const { article } = await seedArticle(payload, {
      title: 'Version publique',
      category: categoryId,
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { title: 'Version en cours' } as never,
    })
    const publicDoc = await payload.findByID({
      collection: 'articles',
      id: article.id,
      ...anonymous,
    })
    expect(publicDoc.title).toBe('Version publique')
  })

  it('a freelancer profile disappears when consent is withdrawn', async () => {
    const profile = await payload.create({
      collection: 'freelancers',
      data: {
        firstName: 'Inès',
        lastInitial: 'B',
        role: 'assistant-rh',
        specialties: ['rh'],
        region: 'occitanie',
        joinedAt: '2023-03-01T00:00:00.000Z',
        story: 'Dix ans en cabinet RH.',
        publicationConsent: true,
        _status: 'published',
      } as never,
    })
    expect(
      (
        await payload.find({
          collection: 'freelancers',
          where: { id: { equals: profile.id } },
          ...anonymous,
        })
      ).totalDocs,
    ).toBe(1)
    await payload.update({
      collection: 'freelancers',
      id: profile.id,
      data: { publicationConsent: false } as never,
    })
    expect(
      (
        await payload.find({
          collection: 'freelancers',
          where: { id: { equals: profile.id } },
          ...anonymous,
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('scheduled publishing', () => {
  it('goes live when its job runs, not before', async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: articleData('Programmé', { _status: 'draft' }),
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id } },
      waitUntil: new Date(Date.now() + 1500),
    })
    await payload.jobs.run()
    expect(
      (
        await payload.find({
          collection: 'articles',
          where: { id: { equals: draft.id } },
          ...anonymous,
        })
      ).totalDocs,
    ).toBe(0)

    await new Promise((r) => setTimeout(r, 1600))
    await payload.jobs.run()
    const live = await payload.find({
      collection: 'articles',
      where: { id: { equals: draft.id } },
      ...anonymous,
    })
    expect(live.docs[0]?.title).toBe('Programmé')
    expect(live.docs[0]?.publishedAt).toBeTruthy()
  })

  it('scheduled unpublish takes an article off the site', async () => {
    const { article } = await seedArticle(payload, { title: 'À retirer', category: categoryId })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', doc: { relationTo: 'articles', value: article.id } },
    })
    await payload.jobs.run()
    expect(
      (
        await payload.find({
          collection: 'articles',
          where: { id: { equals: article.id } },
          ...anonymous,
        })
      ).totalDocs,
    ).toBe(0)
  })
})

describe('derived values', () => {
  it('derives a French-friendly slug from the title', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: articleData('Œuvrer à l’équipe RH : 5 clés !', { _status: 'published' }),
    })
    expect(doc.slug).toBe('oeuvrer-a-l-equipe-rh-5-cles')
  })

  it('keeps the slug when the title changes (links stay valid)', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: articleData('Titre initial', { _status: 'published' }),
    })
    const updated = await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { title: 'Un tout autre titre' } as never,
    })
    expect(updated.slug).toBe('titre-initial')
  })

  it('lets an editor set the slug, normalised', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: articleData('Quelconque', { slug: 'Mon Adresse Précise', _status: 'published' }),
    })
    expect(doc.slug).toBe('mon-adresse-precise')
  })

  it('refuses a duplicate slug', async () => {
    await payload.create({
      collection: 'articles',
      data: articleData('Doublon', { _status: 'published' }),
    })
    await expect(
      payload.create({
        collection: 'articles',
        data: articleData('Doublon', { _status: 'published' }),
      }),
    ).rejects.toThrow()
  })

  it('computes the reading time from the body', async () => {
    const words = Array.from({ length: 920 }, (_, i) => `mot${i}`).join(' ')
    const doc = await payload.create({
      collection: 'articles',
      data: articleData('Long', { body: lexical(words), _status: 'published' }),
    })
    expect(doc.readingTime).toBe(4)
    const short = await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { body: lexical('court') } as never,
    })
    expect(short.readingTime).toBe(1)
  })

  it('sets the publication date on first publish only', async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: articleData('Date', { _status: 'draft' }),
    })
    expect(draft.publishedAt ?? null).toBeNull()
    const before = Date.now()
    const published = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' } as never,
    })
    const first = Date.parse(published.publishedAt!)
    expect(first).toBeGreaterThanOrEqual(before - 1000)
    await new Promise((r) => setTimeout(r, 20))
    const again = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { title: 'Date modifiée', _status: 'published' } as never,
    })
    expect(Date.parse(again.publishedAt!)).toBe(first)
  })
})
