// Kill mid-purge, for real (issue 14): a `payload jobs:run` worker runs the retention purge over a
// few hundred expired applications (contact, lead, CV file, e-mail records each) and is SIGKILLed
// while it deletes them — at the moment a lead is gone and its CV not yet, when the test sees one.
// A second worker takes the purge back once its lease is over (4 s here) and finishes it. Then:
// nothing due is left, nothing not due was touched, no CV record or file outlives its lead, no
// contact outlives its last lead.
import fs from 'node:fs'
import path from 'node:path'
import { type Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { pdfFile } from './helpers/fixtures'
import { postLead, resetLimits, validLead } from './helpers/leads'
import { killWorker, startWorker, waiterFor, type Worker } from './helpers/workers'

let payload: Payload
const workers: Worker[] = []
const workerEnv = { JOBS_LEASE_MS: '4000' }
const DUE = 160
/** 10 applications still kept, and the shared person's recent contact request. */
const KEPT = 11
const YEAR = 365 * 24 * 3600e3

beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  for (const w of workers) await killWorker(w)
  await shutdownPayload(payload)
})

const waitFor = waiterFor(workers, { ms: 90_000, every: 100 })

const apply = async (body = validLead('freelancer_application')) => {
  const res = await postLead(body, {
    as: 'multipart',
    file: { name: 'cv.pdf', type: 'application/pdf', data: pdfFile().data },
    headers: { accept: 'application/json' },
  })
  expect(res.status).toBe(201)
  return body.email
}

const all = async <T extends 'leads' | 'contacts' | 'resumes' | 'emails'>(collection: T) =>
  (await payload.find({ collection, limit: 0, pagination: false, depth: 0 })).docs
const count = async (collection: 'leads' | 'resumes') =>
  (await payload.count({ collection })).totalDocs
const idOf = (value: unknown) =>
  value && typeof value === 'object' ? String((value as { id: unknown }).id) : String(value)

it('a worker SIGKILLed mid-purge: the next run finishes it, deletes only what is due and leaves no orphan', async () => {
  // Seed: DUE expired applications (one person each), 10 applications still kept, and one person
  // with an expired application and a recent contact request (their contact must stay).
  const seeding = Date.now()
  const due: string[] = []
  for (let i = 0; i < DUE; i++) {
    if (i % 8 === 0) resetLimits()
    due.push(await apply())
  }
  resetLimits()
  const kept: string[] = []
  for (let i = 0; i < 10; i++) kept.push(await apply())
  const shared = await apply()
  const recent = { ...validLead('contact'), email: shared }
  expect((await postLead(recent)).status).toBe(201)

  // Their e-mails went out long ago: only the purge is left for the worker to run.
  await payload.db.deleteMany({ collection: 'payload-jobs', where: {}, req: {} })
  const old = new Date(Date.now() - 3 * YEAR).toISOString()
  const expiredLeads = await payload.find({
    collection: 'leads',
    where: {
      and: [{ email: { in: [...due, shared] } }, { kind: { equals: 'freelancer_application' } }],
    },
    limit: 0,
    pagination: false,
    depth: 0,
  })
  expect(expiredLeads.docs).toHaveLength(DUE + 1)
  const dueIds = new Set(expiredLeads.docs.map((l) => String(l.id)))
  await payload.db.updateMany({
    collection: 'leads',
    where: { id: { in: [...dueIds] } },
    data: { retainUntil: new Date(Date.now() - 24 * 3600e3).toISOString() },
    req: {},
  })
  // Records and files as old as the leads they belong to (the purge leaves fresh uploads alone).
  for (const collection of ['contacts', 'resumes'] as const)
    await payload.db.updateMany({ collection, where: {}, data: { createdAt: old }, req: {} })
  const resumesDir = payload.collections.resumes.config.upload.staticDir!
  for (const name of fs.readdirSync(resumesDir))
    fs.utimesSync(path.join(resumesDir, name), new Date(old), new Date(old))

  const keptLeads = (await all('leads')).filter((l) => !dueIds.has(String(l.id)))
  expect(keptLeads).toHaveLength(KEPT)
  const keptCvs = keptLeads.flatMap((l) => (l.cv ? [idOf(l.cv)] : []))
  expect(keptCvs).toHaveLength(KEPT - 1)
  const leadsWithCv = async () =>
    (await payload.count({ collection: 'leads', where: { cv: { exists: true } } })).totalDocs

  console.info(`seeded ${DUE + KEPT + 1} leads in ${Date.now() - seeding} ms`)
  // The nightly purge, as the schedule queues it, run by a real worker process.
  const job = await payload.jobs.queue({ task: 'purgeExpiredLeads', input: {} })
  const first = startWorker(workerEnv)
  workers.push(first)
  await waitFor('the purge to be under way', async () => (await count('leads')) < KEPT + DUE - 20)
  // Kill it when a lead is gone and its CV not yet (the CV is counted before the leads), or at
  // the latest once half the expired leads are gone.
  // Polled back to back (about a millisecond a round): the window lasts a few milliseconds.
  let between = false
  for (;;) {
    const resumes = await count('resumes')
    between = resumes > (await leadsWithCv())
    if (between || (await count('leads')) < KEPT + DUE / 2) break
  }
  await killWorker(first)
  const leftAtKill = await count('leads')
  const atKill = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
  expect(atKill.processing).toBe(true) // the dead worker's claim, as a real SIGKILL leaves it
  expect(atKill.completedAt ?? null).toBeNull()
  expect(leftAtKill).toBeGreaterThan(KEPT)
  console.info(
    `purge killed ${between ? 'between a lead and its CV' : 'midway'}, ${leftAtKill - KEPT} of ${DUE + 1} expired leads left`,
  )

  workers.push(startWorker(workerEnv))
  await waitFor('the purge to be taken back and completed', async () => {
    const found = await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    return Boolean(found.completedAt)
  })
  for (const w of workers.splice(0)) await killWorker(w)

  // Nothing due is left; everything not due is there, with its CV.
  const leads = await all('leads')
  expect(leads.filter((l) => dueIds.has(String(l.id)))).toEqual([])
  expect(leads.map((l) => String(l.id)).sort()).toEqual(keptLeads.map((l) => String(l.id)).sort())
  // No CV record without its lead, no CV file without its record, no kept CV lost.
  const resumes = await all('resumes')
  expect(resumes.map((r) => String(r.id)).sort()).toEqual([...keptCvs].sort())
  const files = new Set(resumes.map((r) => r.filename))
  expect(fs.readdirSync(resumesDir).filter((name) => !files.has(name))).toEqual([])
  for (const r of resumes) expect(fs.existsSync(path.join(resumesDir, r.filename!))).toBe(true)
  // Contacts: exactly the people who still have a lead; e-mail records only of kept leads.
  const contacts = await all('contacts')
  expect(contacts.map((c) => c.email).sort()).toEqual([...kept, shared].sort())
  const emails = await all('emails')
  expect(emails.filter((e) => due.includes(e.person as string))).toEqual([])
}, 400_000)
