// Every public change asks for one signed rebuild; drafts and seeding do not; bursts coalesce.
import { beforeEach, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { lexical, seedUsers } from './helpers/fixtures'
import {
  useRebuildTest,
  drainJobs as drain,
  startRebuildReceiver,
  waitFor,
  type Received,
} from './helpers/rebuildReceiver'

let received: Received[] = []
let receiver: Awaited<ReturnType<typeof startRebuildReceiver>>
let payload: Payload
let categoryId: number | string

const drainJobs = () => drain(payload)

useRebuildTest((t) => ({ payload, receiver, categoryId } = t))
beforeEach(async () => {
  await drainJobs()
  receiver.received.length = 0
  received = receiver.received
})

const article = (title: string, status: 'draft' | 'published') =>
  ({
    title,
    excerpt: 'Chapô',
    body: lexical('Texte'),
    category: categoryId,
    _status: status,
  }) as never

describe('rebuild requests', () => {
  it('publishing an article sends one signed webhook naming it', async () => {
    await payload.create({ collection: 'articles', data: article('Nouvel article', 'published') })
    await drainJobs()
    expect(received).toHaveLength(1)
    expect(received[0]!.verified).toBe(true)
    expect(received[0]!.body.type).toBe('rebuild.requested')
    expect(received[0]!.body.documents).toContainEqual(
      expect.objectContaining({ collection: 'articles', action: 'publish' }),
    )
  })

  it('a single publish is sent at once by the CMS itself: no debounce, no worker poll', async () => {
    // JOBS_AUTORUN is off and nobody runs the queue here: only the leading-edge kick can send it.
    await payload.create({ collection: 'articles', data: article('Tout de suite', 'published') })
    await waitFor(() => received.length > 0)
    expect(received).toHaveLength(1)
    expect(received[0]!.body.documents).toContainEqual(
      expect.objectContaining({ collection: 'articles', action: 'publish' }),
    )
  })

  it('saving a draft sends nothing, publishing it does', async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: article('Brouillon', 'draft'),
    })
    await drainJobs()
    expect(received).toHaveLength(0)
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' } as never,
    })
    await drainJobs()
    expect(received).toHaveLength(1)
  })

  it('a draft edit of a published article sends nothing; unpublishing does', async () => {
    const doc = await payload.create({
      collection: 'articles',
      data: article('En ligne', 'published'),
    })
    await drainJobs()
    received.length = 0
    await payload.update({
      collection: 'articles',
      id: doc.id,
      draft: true,
      data: { title: 'Retouche en cours' } as never,
    })
    await drainJobs()
    expect(received).toHaveLength(0)
    await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { _status: 'draft' } as never,
    })
    await drainJobs()
    expect(received).toHaveLength(1)
    expect(received[0]!.body.documents[0]).toMatchObject({
      collection: 'articles',
      action: 'unpublish',
    })
  })

  it('deleting a published page and changing site settings each ask for a rebuild', async () => {
    const page = await payload.create({
      collection: 'pages',
      data: {
        title: 'Éphémère',
        layout: [{ blockType: 'richContent', content: lexical('x') }],
        _status: 'published',
      } as never,
    })
    await drainJobs()
    received.length = 0
    await payload.delete({ collection: 'pages', id: page.id })
    await drainJobs()
    await payload.updateGlobal({ slug: 'site-settings', data: { tagline: 'Nouvelle signature' } })
    await drainJobs()
    expect(received.map((r) => r.body.documents[0]?.action)).toEqual(['delete', 'settings'])
  })

  it('a burst of 50 publishes produces at most 2 webhooks', async () => {
    for (let i = 0; i < 50; i++)
      await payload.create({ collection: 'articles', data: article(`Rafale ${i}`, 'published') })
    await drainJobs()
    await drainJobs()
    expect(received.length).toBeGreaterThanOrEqual(1)
    expect(received.length).toBeLessThanOrEqual(2)
  })

  it('publishes that keep coming while the queue runs: the first at once, the rest share one webhook', async () => {
    // A debounce longer than the gaps between publishes on a loaded machine (read per change).
    process.env.REBUILD_DEBOUNCE_MS = '1500'
    await new Promise((r) => setTimeout(r, 1600)) // a quiet period: the first publish leads
    let running = true
    const worker = (async () => {
      while (running) {
        await payload.jobs.run({ queue: 'default', limit: 10 })
        await new Promise((r) => setTimeout(r, 200))
      }
    })()
    // 15 publishes over ≈ 3 s or more: longer than the debounce, shorter than the 10 s maximum wait.
    for (let i = 0; i < 15; i++) {
      await payload.create({ collection: 'articles', data: article(`Suite ${i}`, 'published') })
      await new Promise((r) => setTimeout(r, 200))
    }
    await new Promise((r) => setTimeout(r, Number(process.env.REBUILD_DEBOUNCE_MS ?? 2000) + 1000))
    running = false
    await worker
    process.env.REBUILD_DEBOUNCE_MS = '200'
    expect(received).toHaveLength(2)
    expect(received[0]!.body.documents[0]).toMatchObject({ action: 'publish' })
    expect(received[1]!.body.documents.length).toBeGreaterThanOrEqual(15)
  }, 30_000)

  it('seeding (req.context.seed) never triggers a rebuild', async () => {
    await payload.create({
      collection: 'articles',
      data: article('Semé', 'published'),
      context: { seed: true },
    })
    await drainJobs()
    expect(received).toHaveLength(0)
  })

  it('a change made with req.context.skipSideEffects asks for no rebuild either', async () => {
    await payload.create({
      collection: 'articles',
      data: article('Sans effet', 'published'),
      context: { skipSideEffects: true },
    })
    await drainJobs()
    expect(received).toHaveLength(0)
  })

  it('« Republier maintenant » is for editors only', async () => {
    const users = await seedUsers(payload)
    const call = async (user?: unknown) => {
      const endpoint = payload.collections['site-changes'].config.endpoints as {
        path: string
        handler: (req: unknown) => Promise<Response>
      }[]
      return endpoint.find((e) => e.path === '/republish')!.handler({ user, payload, context: {} })
    }
    expect((await call(users.sales)).status).toBe(403)
    expect((await call(undefined)).status).toBe(403)
    expect((await call(users.editor)).status).toBe(202)
    await drainJobs()
    expect(received.some((r) => r.body.documents[0]?.action === 'manual')).toBe(true)
  })
})
