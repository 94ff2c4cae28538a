// Where a lead's work runs (issue 14, docs/adr/0027): the intake write returns once the log is on
// disk (SQLite: an fsync off the event loop, shared by a burst; no statement runs FULL); with a
// separate worker (JOBS_AUTORUN=false on the web process) the web process only answers and the
// worker makes the lead at its next poll; in the demo (jobs in the web process) the web process
// makes it right after the answer.
import { execFileSync } from 'node:child_process'
import { afterEach, expect, it } from 'vitest'
import { storedIntakes, storedLeads, postLead, validLead, type LeadBody } from './helpers/leads'
import { leadSuite } from './helpers/leadSuite'
import {
  CHECKPOINT_PAGES,
  durableSyncs,
  checkpointLog,
  durableWrite,
  synchronousLevel,
} from '../../src/lib/database'
import { pollIntakes, WORKER_NICE } from '../../src/jobs/intakePoller'
import { SWEEP_AFTER_MS } from '../../src/jobs/processLeadIntakes'
import { killWorker, startWorker, type Worker } from './helpers/workers'

const suite = leadSuite()
let worker: Worker | undefined
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const sqlite = !process.env.DATABASE_URI?.startsWith('mongodb')

afterEach(async () => {
  process.env.JOBS_AUTORUN = 'false'
  await killWorker(worker)
})

/** The endpoint alone, as Next's route calls it: nobody plays the worker afterwards. */
const submit = (body: LeadBody) => postLead(body, { playWorker: false })
const leadsOf = (email: string) => storedLeads(suite.payload, email)
const intakesOf = (email: string) => storedIntakes(suite.payload, email)
const templatesOf = async (email: string) =>
  (
    await suite.payload.find({
      collection: 'emails',
      where: { person: { equals: email } },
      depth: 0,
    })
  ).docs
    .map((r) => r.template)
    .sort()

it.skipIf(!sqlite)(
  'an intake write returns once the log is on disk, fsynced off the event loop: the connection stays NORMAL, a burst shares one fsync',
  async () => {
    const claim = (n: number) => () =>
      suite.payload.db.create({
        collection: 'claims',
        data: { key: `durable-${Date.now()}-${n}`, expiresAt: new Date().toISOString() },
        req: {},
        returning: false,
      })
    // No statement ever runs with FULL: an fsync inside the synchronous driver would stop every
    // other request for its length (≈ 8 ms p50, 116 ms p99 on this machine under load).
    expect(await synchronousLevel(suite.payload)).toBe('NORMAL')
    expect(await durableWrite(suite.payload, () => synchronousLevel(suite.payload))).toBe('NORMAL')
    // One at a time: each write waits for an fsync of its own, started after it committed.
    const first = durableSyncs()
    for (let i = 0; i < 3; i++) await durableWrite(suite.payload, claim(i))
    expect(durableSyncs() - first).toBe(3)
    // A burst: the writes that commit while an fsync runs share the next one.
    const second = durableSyncs()
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => durableWrite(suite.payload, claim(100 + i))),
    )
    const shared = durableSyncs() - second
    expect(shared).toBeGreaterThanOrEqual(1)
    expect(shared).toBeLessThan(20)
  },
)

const pagesInLogAfterManyWrites = async (tag: string) => {
  // An empty log to start from (nothing else writes meanwhile in this file).
  await checkpointLog(suite.payload, 'TRUNCATE')
  // The first durable write of a role applies that role's threshold (as onInit does at start-up).
  const claim = (n: number) => () =>
    suite.payload.db.create({
      collection: 'claims',
      data: { key: `ckpt-${tag}-${n}-${'x'.repeat(1500)}`, expiresAt: new Date().toISOString() },
      req: {},
      returning: false,
    })
  await durableWrite(suite.payload, claim(0))
  // Each insert commits on its own (as every intake write does): ≥ 2 pages of log each.
  for (let i = 1; i < 800; i++) await claim(i)()
  // SQLite's view of its log: pages written since it last restarted (a checkpoint resets it).
  const after = await checkpointLog(suite.payload, 'PASSIVE')
  await suite.payload.db.deleteMany({
    collection: 'claims',
    where: { key: { like: `ckpt-${tag}-` } },
    req: {},
  })
  return after ?? NaN
}

it.skipIf(!sqlite)(
  'with a separate worker the web process leaves the checkpoints of the log to the worker; the demo checkpoints as SQLite does',
  async () => {
    // A commit that crosses the threshold runs the checkpoint (pages written back, the database
    // file fsynced) inside that request, on the event loop: with a worker, the worker does it.
    process.env.JOBS_AUTORUN = 'false'
    expect(await pagesInLogAfterManyWrites('web')).toBeGreaterThan(CHECKPOINT_PAGES * 1.2)
    // The demo (jobs in the web process) keeps SQLite's threshold: the log restarts past it.
    process.env.JOBS_AUTORUN = 'true'
    expect(await pagesInLogAfterManyWrites('demo')).toBeLessThan(CHECKPOINT_PAGES)
  },
  60_000,
)

it('with a separate worker the web process only answers; the production worker makes the lead at once', async () => {
  process.env.JOBS_AUTORUN = 'false'
  const body = validLead('callback')
  expect((await submit(body)).status).toBe(201)
  await sleep(500)
  expect(await leadsOf(body.email)).toHaveLength(0)
  expect((await intakesOf(body.email)).map((i) => i.status)).toEqual(['pending'])

  // `payload jobs:run` as cms/package.json "worker" runs it, on this file's database. Its 15 s
  // sweep only takes records older than 10 s: a lead within that is the worker's poll.
  const started = Date.now()
  worker = startWorker()
  // The lead, then its e-mails (its afterChange hook writes them just after it).
  const made = async (email: string) => (await templatesOf(email)).length === 2
  while (!(await made(body.email)) && Date.now() - started < 90_000) await sleep(200)
  expect(await leadsOf(body.email)).toHaveLength(1)
  expect(worker.log.join('')).toContain('polls pending intakes')
  // The worker yields the CPU to the web process's answers (docs/adr/0034), with every thread:
  // its garbage collector's and its module loader's too (docs/adr/0037).
  const threads = execFileSync(
    'ps',
    ['-L', '-o', 'pid=,ni=,comm=', '-g', String(worker.child.pid)],
    {
      encoding: 'utf8',
    },
  )
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .map(([pid, ni, ...name]) => ({ pid, nice: Number(ni), name: name.join(' ') }))
  const poller = threads.find((t) => t.nice === WORKER_NICE)?.pid
  expect(poller, JSON.stringify(threads)).toBeDefined()
  const ofPoller = threads.filter((t) => t.pid === poller)
  expect(ofPoller.length).toBeGreaterThan(4)
  expect(ofPoller.filter((t) => t.nice < WORKER_NICE)).toEqual([])
  expect(await templatesOf(body.email)).toEqual(['acknowledgement', 'team-notification'])
  // And the next one, with the worker already up, is made within its poll (≈ 1 s), not the sweep's 10 s.
  const next = validLead('contact')
  expect((await submit(next)).status).toBe(201)
  const answered = Date.now()
  while ((await leadsOf(next.email)).length === 0 && Date.now() - answered < 30_000)
    await sleep(100)
  // The sweep takes only records older than 10 s: a lead sooner is the worker's poll.
  expect(Date.now() - answered).toBeLessThan(SWEEP_AFTER_MS)
  expect(await leadsOf(next.email)).toHaveLength(1)
}, 180_000)

it('several pending submissions are made into leads by one poll of the worker', async () => {
  process.env.JOBS_AUTORUN = 'false'
  const bodies = Array.from({ length: 5 }, () => validLead('contact'))
  for (const body of bodies) expect((await submit(body)).status).toBe(201)
  for (const body of bodies) expect(await leadsOf(body.email)).toHaveLength(0)
  expect(await pollIntakes(suite.payload)).toBe(5)
  for (const body of bodies) expect(await leadsOf(body.email)).toHaveLength(1)
  expect(await pollIntakes(suite.payload)).toBe(0)
})

it('in the demo (jobs inside the web process) the web process makes the lead right after the answer', async () => {
  process.env.JOBS_AUTORUN = 'true'
  const body = validLead('callback')
  expect((await submit(body)).status).toBe(201)
  expect(await leadsOf(body.email)).toHaveLength(1)
  expect(await templatesOf(body.email)).toEqual(['acknowledgement', 'team-notification'])
})
