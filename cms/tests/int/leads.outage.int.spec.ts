// The outbox under faults: SMTP down while 200 leads come in, then back → every lead stored,
// every e-mail delivered exactly once (counted per idempotency key at the SMTP server); retries
// give up visibly; a lead left without its e-mails is caught by the sweeper.
import { _internal_jobSystemGlobals, createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { drainJobs, postLead, resetLimits, validLead } from './helpers/leads'
import { freePort, TestSmtp } from './helpers/smtp'

let payload: Payload
let smtp: TestSmtp
let port: number

beforeAll(async () => {
  port = await freePort()
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port) })
  smtp = new TestSmtp()
  payload = await bootPayload()
})
afterAll(async () => {
  _internal_jobSystemGlobals.getCurrentDate = () => new Date()
  await shutdownPayload(payload)
  await smtp.stop()
})

const countBy = <T>(items: T[], key: (t: T) => string) =>
  items.reduce((m, t) => m.set(key(t), (m.get(key(t)) ?? 0) + 1), new Map<string, number>())

it('SMTP down during 200 submissions, then up: 200 leads stored, 400 e-mails delivered exactly once', async () => {
  resetLimits()
  const t0 = Date.now()
  // The queue's clock stands still during the outage: a retry is never due before SMTP is back,
  // however slow the machine (each job is tried at most once here).
  _internal_jobSystemGlobals.getCurrentDate = () => new Date(t0)
  const bodies = Array.from({ length: 200 }, (_, i) => validLead(i % 2 ? 'contact' : 'callback'))
  const emails = bodies.map((b) => b.email as string)
  // 200 visitors, 20 at a time, while the mail server is unreachable and the worker keeps trying:
  // every visitor gets a 201, every failed attempt is recorded and left for a retry.
  for (let i = 0; i < bodies.length; i += 20) {
    const statuses = await Promise.all(
      bodies.slice(i, i + 20).map((b) => postLead(b).then((r) => r.status)),
    )
    expect(
      statuses.every((s) => s === 201),
      String(statuses),
    ).toBe(true)
    if (i % 100 === 0) await payload.jobs.run({ limit: 25, silent: true })
  }
  const submitted = Date.now() - t0
  const leads = await payload.count({ collection: 'leads', where: { email: { in: emails } } })
  expect(leads.totalDocs).toBe(200)
  const records = await payload.find({
    collection: 'emails',
    where: { person: { in: emails } },
    limit: 0,
    pagination: false,
    depth: 0,
  })
  expect(records.docs).toHaveLength(400)
  const tried = records.docs.filter((e) => e.status === 'retrying')
  expect(tried.length).toBe(50)
  expect(
    tried.every((e) => e.attempts === 1 && /ECONNREFUSED|connect/i.test(e.lastError ?? '')),
  ).toBe(true)
  expect(records.docs.filter((e) => e.status === 'queued')).toHaveLength(350)
  expect(smtp.mails).toHaveLength(0)

  // SMTP comes back; the queue drains once the retry backoff has elapsed.
  await smtp.start(port)
  _internal_jobSystemGlobals.getCurrentDate = () => new Date(Date.now() + 3600_000)
  await drainJobs(payload)
  // Running the queue again (a second worker, a restart) sends nothing more.
  await drainJobs(payload)
  _internal_jobSystemGlobals.getCurrentDate = () => new Date()

  const delivered = smtp.mails.filter((m) => m.key)
  const perKey = countBy(delivered, (m) => m.key)
  expect(perKey.size).toBe(400)
  expect([...perKey.values()].every((count) => count === 1)).toBe(true)
  expect(new Set(delivered.map((m) => m.messageId)).size).toBe(400)
  for (const email of emails) expect(smtp.to(email)).toHaveLength(1)
  const sent = await payload.count({
    collection: 'emails',
    where: { and: [{ person: { in: emails } }, { status: { equals: 'sent' } }] },
  })
  expect(sent.totalDocs).toBe(400)
  console.info(
    `outage: ${leads.totalDocs} leads stored (submissions ${submitted} ms), ${delivered.length} e-mails delivered, ${delivered.length - perKey.size} duplicates, total ${Date.now() - t0} ms`,
  )
}, 240_000)

it('a sent record says when and how it went, and its updatedAt moved with the writes', async () => {
  const [record] = (
    await payload.find({ collection: 'emails', where: { status: { equals: 'sent' } }, limit: 1 })
  ).docs
  expect(record).toMatchObject({ lastError: null, messageId: expect.any(String) })
  expect(record!.attempts).toBeGreaterThanOrEqual(1)
  expect(smtp.mails.find((m) => m.key === record!.key)?.messageId).toBe(record!.messageId)
  expect(record!.subject).toBeTruthy()
  // The lease and the claim key read updatedAt (sendEmail.ts): each status write sets it.
  expect(Date.parse(record!.updatedAt)).toBeGreaterThanOrEqual(Date.parse(record!.sentAt!))
  expect(Date.parse(record!.updatedAt)).toBeGreaterThan(Date.parse(record!.createdAt))
  // Its status writes skip the Local API's hooks (ADR 0038): there must be none to skip.
  const hooks = payload.collections.emails.config.hooks
  expect(Object.entries(hooks).filter(([, list]) => (list as unknown[]).length)).toEqual([])
})

it('a sendEmail job run again for an e-mail already sent does not send it twice', async () => {
  const [record] = (
    await payload.find({ collection: 'emails', where: { status: { equals: 'sent' } }, limit: 1 })
  ).docs
  const before = smtp.mails.filter((m) => m.key === record!.key).length
  await payload.jobs.queue({ task: 'sendEmail', input: { key: record!.key } })
  await drainJobs(payload)
  expect(smtp.mails.filter((m) => m.key === record!.key)).toHaveLength(before)
})

it('after the last retry an e-mail is marked failed, with the error, for the admin to see', async () => {
  await smtp.stop()
  const body = validLead('contact')
  await postLead(body)
  for (let i = 0; i < 12; i++) {
    _internal_jobSystemGlobals.getCurrentDate = () => new Date(Date.now() + (i + 1) * 24 * 3600_000)
    await payload.jobs.run({ limit: 100, silent: true })
  }
  _internal_jobSystemGlobals.getCurrentDate = () => new Date()
  const records = await payload.find({
    collection: 'emails',
    where: { person: { equals: body.email } },
  })
  expect(records.docs.map((r) => r.status)).toEqual(['failed', 'failed'])
  expect(records.docs[0]!.attempts).toBe(10)
  expect(records.docs[0]!.lastError).toMatch(/ECONNREFUSED|connect/i)
}, 120_000)

it('a lead whose e-mails were never queued (a crash half-way) gets them from the 5-minute sweeper, once', async () => {
  await smtp.start(port)
  const body = validLead('diagnostic')
  expect((await postLead(body)).status).toBe(201)
  const [lead] = (
    await payload.find({ collection: 'leads', where: { email: { equals: body.email } } })
  ).docs
  // What a crash between "lead stored" and "e-mails queued" leaves behind (no transactions on SQLite).
  await payload.delete({ collection: 'emails', where: { lead: { equals: lead!.id } } })
  await payload.update({
    collection: 'leads',
    id: lead!.id,
    data: { createdAt: new Date(Date.now() - 2 * 60_000).toISOString() } as never,
  })
  const { ensureLeadFollowUps } = await import('../../src/jobs/ensureLeadFollowUps')
  const req = await createLocalReq({}, payload)
  expect(await ensureLeadFollowUps(req)).toEqual({ repaired: 1 })
  expect(await ensureLeadFollowUps(req)).toEqual({ repaired: 0 })
  await drainJobs(payload)
  expect(smtp.to(body.email)).toHaveLength(1)
  expect(
    smtp.mails.filter(
      (m) => m.subject.startsWith('Nouvelle demande') && m.text.includes(body.email),
    ),
  ).toHaveLength(1)
  const seeded = await payload.create({
    collection: 'leads',
    data: {
      kind: 'contact',
      email: 'seed@exemple.fr',
      consent: { noticeVersion: 'v', legalBasis: 'b', at: new Date().toISOString() },
      createdAt: new Date(Date.now() - 120_000).toISOString(),
    } as never,
    context: { seed: true },
  })
  expect(seeded.sendsEmails).toBe(false)
  expect(await ensureLeadFollowUps(req)).toEqual({ repaired: 0 })
})
