// Jobs that survive crashes (issue 14, audit F3/F20): real `payload jobs:run` workers in their own
// processes on this file's SQLite database, a slow SMTP server in this process. A worker SIGKILLed
// mid-send leaves its jobs `processing`; after the lease (4 s here) another worker takes them back.
// Two workers share the queue: every outbox record is delivered exactly once (counted per
// idempotency key at the SMTP server). A scheduled task left running by a dead worker is taken
// back, runs, and the schedule queues the next one.
import { type Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { postLead, resetLimits, validLead } from './helpers/leads'
import { freePort, TestSmtp } from './helpers/smtp'
import { killWorker, startWorker, waiterFor, type Worker } from './helpers/workers'

let payload: Payload
let smtp: TestSmtp
const workers: Worker[] = []
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const workerEnv = { JOBS_LEASE_MS: '4000', EMAIL_RETRY_DELAY_MS: '500' }

beforeAll(async () => {
  const port = await freePort()
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port) })
  smtp = await new TestSmtp({ acceptDelayMs: 1500 }).start(port)
  payload = await bootPayload()
})
afterAll(async () => {
  for (const w of workers) await killWorker(w)
  await shutdownPayload(payload)
  await smtp.stop()
})

const waitFor = waiterFor(workers)

const emailRecords = async () =>
  (await payload.find({ collection: 'emails', limit: 0, pagination: false, depth: 0 })).docs

it('a worker killed mid-send, then two workers on one database: every e-mail delivered exactly once', async () => {
  resetLimits()
  for (let i = 0; i < 8; i++) {
    const res = await postLead(validLead(i % 2 ? 'contact' : 'callback'))
    expect(res.status).toBe(201)
  }
  const records = await emailRecords()
  expect(records.length).toBe(16) // a team notification and an acknowledgement per lead

  const first = startWorker(workerEnv)
  workers.push(first)
  // The worker is mid-send: the SMTP server holds a message it has not answered yet.
  await waitFor('a message in flight', () => smtp.receiving > 0)
  await killWorker(first)
  const inFlightAtKill = records.length - smtp.mails.length

  workers.push(startWorker(workerEnv), startWorker(workerEnv))
  await waitFor('every e-mail sent', async () =>
    (await emailRecords()).every((e) => e.status === 'sent'),
  )
  await sleep(2000) // a duplicate would still be on its way to the server

  const perKey = new Map<string, number>()
  for (const mail of smtp.mails) perKey.set(mail.key, (perKey.get(mail.key) ?? 0) + 1)
  expect(inFlightAtKill).toBeGreaterThan(0)
  expect(smtp.mails.length).toBe(records.length)
  expect([...perKey.keys()].sort()).toEqual(records.map((r) => r.key).sort())
  expect([...perKey.values()].every((n) => n === 1)).toBe(true)
  const stuck = await payload.count({
    collection: 'payload-jobs',
    where: { processing: { equals: true } },
  })
  expect(stuck.totalDocs).toBe(0)
}, 150_000)

it('a scheduled purge left running by a dead worker is taken back, runs, and is scheduled again', async () => {
  for (const w of workers.splice(0)) await killWorker(w)
  const body = validLead('contact')
  expect((await postLead(body)).status).toBe(201)
  const [expired] = (
    await payload.find({ collection: 'leads', where: { email: { equals: body.email } }, depth: 0 })
  ).docs
  if (!expired) throw new Error('the lead was not stored')
  // Whatever the lead's own rules computed, its retention is over.
  await payload.db.updateOne({
    collection: 'leads',
    id: expired.id,
    data: { retainUntil: new Date(Date.now() - 3600e3).toISOString() },
  })
  // The state a SIGKILL mid-purge leaves: the scheduled job claimed, never finished.
  const job = await payload.jobs.queue({ task: 'purgeExpiredLeads', input: {} })
  await payload.db.updateJobs({
    id: job.id,
    data: {
      processing: true,
      meta: { scheduled: true },
      updatedAt: new Date(Date.now() - 60_000).toISOString(),
    },
  })

  workers.push(startWorker(workerEnv))
  await waitFor('the stuck purge to complete', async () => {
    const found = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    return Boolean(found.completedAt)
  })
  const left = await payload.find({
    collection: 'leads',
    where: { id: { equals: expired.id } },
    depth: 0,
  })
  expect(left.docs).toHaveLength(0)
  await waitFor('the next nightly purge to be scheduled', async () => {
    const next = await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'purgeExpiredLeads' } },
          { completedAt: { exists: false } },
          { waitUntil: { greater_than: new Date().toISOString() } },
        ],
      },
    })
    return next.totalDocs === 1
  })
}, 150_000)

it('two runners claiming at the same moment never both get one job', async () => {
  for (const w of workers.splice(0)) await killWorker(w)
  const queued = await Promise.all(
    Array.from({ length: 6 }, () =>
      payload.jobs.queue({ task: 'requestRebuild', input: {}, queue: 'race' } as never),
    ),
  )
  // What Payload's runner does to claim a batch, from two runners interleaved on one database.
  const claim = () =>
    payload.db.updateJobs({
      data: { processing: true },
      limit: 10,
      returning: true,
      req: {},
      where: {
        and: [
          { queue: { equals: 'race' } },
          { completedAt: { exists: false } },
          { processing: { equals: false } },
        ],
      },
    })
  const [a, b] = await Promise.all([claim(), claim()])
  const ids = [...(a ?? []), ...(b ?? [])].map((j) => String(j.id))
  expect(ids.sort()).toEqual(queued.map((j) => String(j.id)).sort())
})
