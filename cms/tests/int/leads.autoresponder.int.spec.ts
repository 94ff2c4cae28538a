// Autoresponders nobody can aim at a stranger (issue 14, audit F9): no visitor-typed text in what
// goes to the address a visitor typed; the daily cap counts per mailbox (case, +tag, Gmail dots),
// per client, and counts a webinar registration's reminders too.
import { createLocalReq, type Payload, type Where } from 'payload'
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'
import { notifyWebinarRegistrantsTask } from '../../src/jobs/notifyWebinarRegistrants'
import { bootPayload, shutdownPayload } from './helpers/payload'
import {
  drainJobs,
  postLead,
  resetLimits,
  seedLeadTargets,
  uniqueEmail,
  uniqueIp,
  validLead,
} from './helpers/leads'
import { startTestSmtp, TestSmtp } from './helpers/smtp'

let payload: Payload
let smtp: TestSmtp
const perMailbox = Number(process.env.AUTORESPONDER_CAP_PER_DAY ?? 3)

beforeAll(async () => {
  smtp = await startTestSmtp({ AUTORESPONDER_CAP_PER_CLIENT_PER_DAY: '4' })
  payload = await bootPayload()
})
afterAll(async () => {
  await shutdownPayload(payload)
  await smtp.stop()
})
beforeEach(() => resetLimits())

const personRecords = async (where: Where) =>
  (
    await payload.find({
      collection: 'emails',
      where: { and: [{ template: { not_equals: 'team-notification' } }, where] },
      limit: 0,
      pagination: false,
      depth: 0,
    })
  ).docs

it('the e-mail to the address a visitor typed carries none of their words, not even a first name', async () => {
  const body = {
    ...validLead('contact'),
    firstName: 'Gagnez un iPhone sur www.arnaque.fr',
    lastName: 'Cliquez vite',
  }
  expect((await postLead(body)).status).toBe(201)
  await drainJobs(payload)
  const [mine] = smtp.to(body.email)
  expect(mine).toBeDefined()
  for (const part of [mine!.subject, mine!.text, mine!.html]) {
    expect(part).not.toMatch(/arnaque|iPhone|Cliquez/i)
  }
  expect(mine!.text).toMatch(/^Bonjour,/m)
})

it('the e-mail names the DPO address of the site settings and answers to the site contact', async () => {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      contact: { ...settings.contact, email: 'equipe-test@vitrine.test' },
      legal: { ...settings.legal, dpoEmail: 'dpo-test@vitrine.test' },
    },
  })
  try {
    const body = validLead('contact')
    expect((await postLead(body)).status).toBe(201)
    await drainJobs(payload)
    const [mine] = smtp.to(body.email)
    expect(mine?.text).toContain('dpo-test@vitrine.test')
    expect(mine?.headers['reply-to']).toContain('equipe-test@vitrine.test')
  } finally {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { contact: settings.contact, legal: settings.legal },
    })
  }
})

it('one mailbox written five ways (case, +tag, Gmail dots) gets the daily ration once', async () => {
  const base = `victime${Date.now().toString(36)}`
  const spellings = [
    `${base}@gmail.com`,
    `${base.toUpperCase()}+2@Gmail.com`,
    `${base}+1@gmail.com`,
    `${base.slice(0, 3)}.${base.slice(3)}@gmail.com`,
    `${base}@googlemail.com`,
  ]
  for (const [i, email] of spellings.entries()) {
    const body = {
      ...validLead('contact'),
      email,
      message: `Bonjour, voici ma demande n° ${i + 1}.`,
    }
    expect((await postLead(body, { ip: uniqueIp() })).status).toBe(201)
  }
  const records = await personRecords({ to: { like: base.slice(3) } })
  expect(records).toHaveLength(5)
  expect(records.filter((r) => r.status !== 'skipped')).toHaveLength(perMailbox)
})

it('one client gets at most its daily ration of autoresponders, whatever the addresses', async () => {
  const ip = uniqueIp()
  const emails = Array.from({ length: 6 }, () => uniqueEmail('client'))
  for (const email of emails)
    expect((await postLead({ ...validLead('contact'), email }, { ip })).status).toBe(201)
  const records = await personRecords({ to: { in: emails } })
  expect(records).toHaveLength(6)
  expect(records.filter((r) => r.status !== 'skipped')).toHaveLength(4)
  const team = await payload.count({
    collection: 'emails',
    where: { and: [{ template: { equals: 'team-notification' } }, { person: { in: emails } }] },
  })
  expect(team.totalDocs).toBe(6) // the team hears about every request
})

it('a webinar reminder counts in the ration of the mailbox', async () => {
  const { webinar, whitePaper } = await seedLeadTargets(payload)
  const email = uniqueEmail('webinaire')
  const register = { ...validLead('webinar', { webinarId: String(webinar.id) }), email }
  expect((await postLead(register)).status).toBe(201)
  // Two more requests of other kinds (the duplicate rule would fold a same-kind one): ration used.
  const download = { ...validLead('whitepaper', { whitePaperId: String(whitePaper.id) }), email }
  expect((await postLead(download)).status).toBe(201)
  expect((await postLead({ ...validLead('contact'), email })).status).toBe(201)
  expect(perMailbox).toBe(3)
  // The reminder an hour before: the mailbox had its ration today.
  const req = await createLocalReq({}, payload)
  const startsAt = new Date(webinar.startsAt).toISOString()
  const handler = notifyWebinarRegistrantsTask.handler as (args: never) => Promise<unknown>
  await handler({
    input: { webinarId: String(webinar.id), template: 'webinar-reminder-hour', startsAt },
    req,
    job: { id: 'test' },
  } as never)
  const reminders = await personRecords({
    and: [{ to: { equals: email } }, { template: { equals: 'webinar-reminder-hour' } }],
  })
  expect(reminders).toHaveLength(1)
  expect(reminders[0]!.status).toBe('skipped')
})
