// Scheduling that cannot misfire: a future « Date de publication » never puts an article online
// early, and what is programmed shows where the editor looks (document, list, dashboard).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { cleanupUsers, lexical, seedUsers, type Role } from './helpers/fixtures'
import { upcomingSchedules } from '../../src/lib/upcomingSchedules'
import type { User } from '@vitrine/cms-client'

let payload: Payload
let users: Record<Role, User & { collection: 'users' }>
let categoryId: number | string
const anonymous = { overrideAccess: false } as const
const tomorrow = () => new Date(Date.now() + 24 * 3600_000).toISOString()

beforeAll(async () => {
  payload = await bootPayload()
  users = await seedUsers(payload)
  categoryId = (await payload.create({ collection: 'categories', data: { title: 'Organisation' } }))
    .id
})
afterAll(async () => {
  await cleanupUsers(payload, users)
  await shutdownPayload(payload)
})

const draftArticle = (title: string, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'articles',
    draft: true,
    data: {
      title,
      excerpt: 'Chapô.',
      body: lexical('Un texte.'),
      category: categoryId,
      _status: 'draft',
      ...extra,
    } as never,
  })

const visibleToVisitors = async (id: number | string) =>
  (await payload.find({ collection: 'articles', where: { id: { equals: id } }, ...anonymous }))
    .totalDocs

describe('a future publication date', () => {
  it('is refused with a French explanation when the editor presses « Publier », and nothing goes live', async () => {
    const draft = await draftArticle('Annonce de janvier', { publishedAt: tomorrow() })
    const publish = payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' } as never,
      user: users.editor,
      overrideAccess: false,
    })
    const error = (await publish.then(
      () => null,
      (e: unknown) => e,
    )) as { data?: { errors?: { path: string; message: string }[] } } | null
    // The admin shows this beside the « Date de publication » field.
    expect(error?.data?.errors?.[0]).toMatchObject({
      path: 'publishedAt',
      message: expect.stringMatching(/dans le futur.*Programmer la publication/),
    })
    expect(await visibleToVisitors(draft.id)).toBe(0)
  })

  it('a date already passed (or today) still publishes at once', async () => {
    const draft = await draftArticle('Annonce d’hier', {
      publishedAt: new Date(Date.now() - 3600_000).toISOString(),
    })
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' } as never,
      user: users.editor,
      overrideAccess: false,
    })
    expect(await visibleToVisitors(draft.id)).toBe(1)
  })

  it('a draft can still be saved with a future date (it is the publication that waits)', async () => {
    const draft = await draftArticle('Brouillon daté', { publishedAt: tomorrow() })
    const saved = await payload.update({
      collection: 'articles',
      id: draft.id,
      draft: true,
      data: { title: 'Brouillon daté (v2)' } as never,
    })
    expect(saved.title).toBe('Brouillon daté (v2)')
  })
})

describe('what is programmed shows', () => {
  it('the document reads « Programmé le … » in Paris time, and the dashboard lists it', async () => {
    const draft = await draftArticle('Programmée pour jeudi')
    const at = new Date('2030-01-17T08:30:00.000Z') // 09:30 in Paris (winter)
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: String(draft.id) as never } }, // as the admin's drawer queues it
      waitUntil: at,
    })

    const asEditor = await payload.findByID({
      collection: 'articles',
      id: draft.id,
      draft: true,
      user: users.editor,
      overrideAccess: false,
    })
    expect((asEditor as { scheduled?: string }).scheduled).toBe(
      'Publication programmée le 17 janvier 2030 à 9 h 30',
    )

    const upcoming = await upcomingSchedules(payload, users.editor)
    const entry = upcoming.find((e) => e.title === 'Programmée pour jeudi')
    expect(entry).toMatchObject({
      action: 'Publication',
      when: '17 janvier 2030 à 9 h 30',
      collectionLabel: 'Article',
    })
    expect(entry?.href).toBe(`/admin/collections/articles/${draft.id}`)
  })

  it('a programmed unpublication is listed too; a visitor never sees the schedule', async () => {
    const live = await payload.create({
      collection: 'articles',
      data: {
        title: 'À retirer en février',
        excerpt: 'Chapô.',
        body: lexical('Un texte.'),
        category: categoryId,
        _status: 'published',
      } as never,
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'unpublish', doc: { relationTo: 'articles', value: live.id } },
      waitUntil: new Date('2030-02-03T17:00:00.000Z'),
    })
    const upcoming = await upcomingSchedules(payload, users.editor)
    expect(upcoming.find((e) => e.title === 'À retirer en février')).toMatchObject({
      action: 'Retrait du site',
      when: '3 février 2030 à 18 h',
    })

    const asVisitor = await payload.findByID({ collection: 'articles', id: live.id, ...anonymous })
    expect((asVisitor as { scheduled?: string }).scheduled ?? null).toBeNull()
    // Sales do not publish: the dashboard has nothing to show them.
    expect(await upcomingSchedules(payload, users.sales)).toEqual([])
  })
})
