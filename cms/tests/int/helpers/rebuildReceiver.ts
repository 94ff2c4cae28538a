// A stand-in publisher for rebuild tests: records every webhook the CMS sends and whether its
// Standard Webhooks signature verifies.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll } from 'vitest'
import { bootPayload, shutdownPayload } from './payload'

export type Received = {
  verified: boolean
  body: {
    type: string
    reason: string
    documents: { collection: string; action: string; id?: string; title?: string }[]
  }
}

const secret = `whsec_${Buffer.from('rebuild-test-secret-0123456789').toString('base64')}`

/** Listens on an ephemeral port and points PUBLISHER_URL / PUBLISHER_WEBHOOK_SECRET at it. */
export const startRebuildReceiver = async () => {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
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
  return { received, close: () => new Promise<void>((r) => server.close(() => r())) }
}

export const waitFor = async (check: () => boolean, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('waitFor: condition not met in time')
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** Runs the queue (after the shortened debounce), then waits for jobs still being run. */
export const drainJobs = async (payload: Payload) => {
  await new Promise((r) => setTimeout(r, Number(process.env.REBUILD_DEBOUNCE_MS) + 50))
  await payload.jobs.run({ queue: 'default', limit: 100 })
  // A leading-edge job the CMS runs by itself may still be sending.
  const sending = () =>
    payload.count({ collection: 'payload-jobs', where: { processing: { equals: true } } })
  for (let i = 0; i < 250 && (await sending()).totalDocs > 0; i++)
    await new Promise((r) => setTimeout(r, 20))
}

export type RebuildTest = {
  payload: Payload
  receiver: Awaited<ReturnType<typeof startRebuildReceiver>>
  categoryId: number | string
}

/**
 * Registers the file's hooks: before all, a receiver, Payload booted with a short debounce and a
 * category articles can use (handed to `onReady`); after all, both stopped.
 */
export const useRebuildTest = (onReady: (t: RebuildTest) => void) => {
  let t: RebuildTest | undefined
  beforeAll(async () => {
    const receiver = await startRebuildReceiver()
    process.env.REBUILD_DEBOUNCE_MS = '200'
    const payload = await bootPayload()
    const category = await payload.create({
      collection: 'categories',
      data: { title: 'Commercial & export' },
      context: { seed: true },
    })
    t = { payload, receiver, categoryId: category.id }
    onReady(t)
  })
  afterAll(async () => {
    if (!t) return
    await shutdownPayload(t.payload)
    await t.receiver.close()
  })
}
