// Every public change asks for one signed rebuild; drafts and seeding do not; bursts coalesce.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { Webhook } from 'standardwebhooks'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { lexical, seedUsers } from './helpers/fixtures'

const secret = `whsec_${Buffer.from('rebuild-test-secret-0123456789').toString('base64')}`
type Received = {
  verified: boolean
  body: { type: string; documents: { collection: string; action: string }[] }
}
let received: Received[] = []
let server: http.Server
let payload: Payload
let categoryId: number | string

/** Runs the queue until no rebuild job is waiting (the debounce is shortened for tests). */
const drainJobs = async () => {
  await new Promise((r) => setTimeout(r, Number(process.env.REBUILD_DEBOUNCE_MS) + 50))
  await payload.jobs.run({ queue: 'default', limit: 100 })
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', (c) => (raw += c))
    req.on('end', () => {
      let verified = false
      try {
        new Webhook(secret).verify(raw, req.headers as Record<string, string>)
        verified = true
      } catch {
        verified = false
      }
      received.push({ verified, body: JSON.parse(raw) })
      res.writeHead(202).end('{}')
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  process.env.PUBLISHER_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.PUBLISHER_WEBHOOK_SECRET = secret
  process.env.REBUILD_DEBOUNCE_MS = '200'
  payload = await bootPayload()
  categoryId = (
    await payload.create({
      collection: 'categories',
      data: { title: 'Commercial & export' },
      context: { seed: true },
    })
  ).id
})
afterAll(async () => {
  await shutdownPayload(payload)
  server.close()
})
beforeEach(async () => {
  await drainJobs()
  received = []
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
    received = []
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
    received = []
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

  it('publishes that keep coming while the queue runs share one webhook (debounce until the burst ends)', async () => {
    let running = true
    const worker = (async () => {
      while (running) {
        await payload.jobs.run({ queue: 'default', limit: 10 })
        await new Promise((r) => setTimeout(r, 200))
      }
    })()
    // 15 publishes over ≈ 3 s: longer than the 2 s debounce, shorter than the 10 s maximum wait.
    for (let i = 0; i < 15; i++) {
      await payload.create({ collection: 'articles', data: article(`Suite ${i}`, 'published') })
      await new Promise((r) => setTimeout(r, 200))
    }
    await new Promise((r) => setTimeout(r, Number(process.env.REBUILD_DEBOUNCE_MS ?? 2000) + 1000))
    running = false
    await worker
    expect(received).toHaveLength(1)
    expect(received[0]!.body.documents.length).toBeGreaterThanOrEqual(15)
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
