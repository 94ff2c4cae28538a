// Where a lead's work runs (issue 14, docs/adr/0027): the intake write alone commits with
// `synchronous = FULL` (SQLite), the writes that follow it do not, whatever is in flight; with a
// separate worker (JOBS_AUTORUN=false on the web process) the web process only answers and the
// worker makes the lead at its next poll; in the demo (jobs in the web process) the web process
// makes it right after the answer.
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { callApi, resetLimits, uniqueIp, validLead, type LeadBody } from './helpers/leads'
import { startTestSmtp, type TestSmtp } from './helpers/smtp'
import { durableWrite, synchronousLevel } from '../../src/lib/database'
import { intakeSettled } from '../../src/jobs/intakeRunner'
import { cmsUrl, siteUrl } from '../../src/lib/urls'

let payload: Payload
let smtp: TestSmtp
const sqlite = !process.env.DATABASE_URI?.startsWith('mongodb')

beforeAll(async () => {
  smtp = await startTestSmtp({ LEADS_NOTIFY_TO: 'equipe@vitrine.test' })
  payload = await bootPayload()
})
afterAll(async () => {
  await shutdownPayload(payload)
  await smtp.stop()
})
beforeEach(() => resetLimits())
afterEach(() => {
  process.env.JOBS_AUTORUN = 'false'
})

/** The endpoint alone, as Next's route calls it: nobody plays the worker afterwards. */
const submit = async (body: LeadBody) => {
  const res = await callApi(
    new Request(`${cmsUrl}/api/leads/submit`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: siteUrl,
        'x-forwarded-for': uniqueIp(),
      },
      body: JSON.stringify(body),
    }),
  )
  await intakeSettled() // whatever this process does after the answer is over
  return res
}
const leadsOf = async (email: string) =>
  (await payload.find({ collection: 'leads', where: { email: { equals: email } }, depth: 0 })).docs
const intakesOf = async (email: string) =>
  (
    await payload.find({
      collection: 'lead-intakes',
      where: { email: { equals: email } },
      depth: 0,
    })
  ).docs
const templatesOf = async (email: string) =>
  (
    await payload.find({ collection: 'emails', where: { person: { equals: email } }, depth: 0 })
  ).docs
    .map((r) => r.template)
    .sort()

it.skipIf(!sqlite)(
  'only the intake write commits with synchronous FULL: writes of other flows meanwhile stay NORMAL',
  async () => {
    expect(await synchronousLevel(payload)).toBe('NORMAL')
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    // Payload prepares the intake insert asynchronously: other requests' statements run meanwhile.
    const inside = durableWrite(payload, async () => {
      await gate
      return synchronousLevel(payload)
    })
    await payload.create({
      collection: 'contacts',
      data: { email: `durable-${Date.now()}@exemple-pme.fr` },
    })
    expect(await synchronousLevel(payload)).toBe('NORMAL')
    open()
    expect(await inside).toBe('FULL')
    expect(await synchronousLevel(payload)).toBe('NORMAL')
  },
)

it('with a separate worker the web process only answers; the worker makes the lead at its next poll', async () => {
  process.env.JOBS_AUTORUN = 'false'
  const body = validLead('callback')
  expect((await submit(body)).status).toBe(201)
  expect(await leadsOf(body.email)).toHaveLength(0)
  expect((await intakesOf(body.email)).map((i) => i.status)).toEqual(['pending'])

  // One poll of the worker (`payload jobs:run`, cms/package.json "worker").
  await payload.jobs.run({ limit: 50, silent: true })
  expect(await leadsOf(body.email)).toHaveLength(1)
  expect(await templatesOf(body.email)).toEqual(['acknowledgement', 'team-notification'])
  expect((await intakesOf(body.email)).length).toBe(0) // processed: the address is dropped
})

it('several submissions between two polls are made into leads by one poll', async () => {
  process.env.JOBS_AUTORUN = 'false'
  const bodies = Array.from({ length: 5 }, () => validLead('contact'))
  for (const body of bodies) expect((await submit(body)).status).toBe(201)
  for (const body of bodies) expect(await leadsOf(body.email)).toHaveLength(0)
  await payload.jobs.run({ limit: 50, silent: true })
  for (const body of bodies) expect(await leadsOf(body.email)).toHaveLength(1)
})

it('in the demo (jobs inside the web process) the web process makes the lead right after the answer', async () => {
  process.env.JOBS_AUTORUN = 'true'
  const body = validLead('callback')
  expect((await submit(body)).status).toBe(201)
  expect(await leadsOf(body.email)).toHaveLength(1)
  expect(await templatesOf(body.email)).toEqual(['acknowledgement', 'team-notification'])
})
