// « Créer » stores an empty draft at once (Payload's autosave, docs/adr/0031): the nightly purge
// removes the ones nobody ever typed a title into, a day after their last save — never a titled
// draft, never a published document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLocalReq, type Payload } from 'payload'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { seedArticle } from './helpers/fixtures'
import { purgeExpiredLeads } from '../../src/jobs/purgeExpiredLeads'

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => shutdownPayload(payload))

const exists = async (collection: 'articles' | 'freelancers', id: number | string) =>
  (await payload.find({ collection, where: { id: { equals: id } }, draft: true, depth: 0 }))
    .totalDocs === 1

const untitled = async (collection: 'articles' | 'freelancers') =>
  (await payload.create({ collection, draft: true, data: { _status: 'draft' } as never })).id

const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600_000)

describe('abandoned empty drafts', () => {
  it('the purge deletes an untitled draft a day old, and keeps titled drafts and published documents', async () => {
    const emptyArticle = await untitled('articles')
    const emptyProfile = await untitled('freelancers')
    const titled = (
      await payload.create({
        collection: 'articles',
        draft: true,
        data: { title: 'Un brouillon commencé', _status: 'draft' } as never,
      })
    ).id
    const { article: published } = await seedArticle(payload, { title: 'En ligne' })
    const req = await createLocalReq({}, payload)

    // The same night: the editor may still be on the « Créer » page.
    await purgeExpiredLeads(req, new Date())
    expect(await exists('articles', emptyArticle)).toBe(true)

    await purgeExpiredLeads(req, inDays(2))
    expect(await exists('articles', emptyArticle)).toBe(false)
    expect(await exists('freelancers', emptyProfile)).toBe(false)
    expect(await exists('articles', titled)).toBe(true)
    expect(await exists('articles', published.id)).toBe(true)
  })
})
