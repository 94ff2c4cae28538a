// RGPD: retention by kind with a controlled clock (the purge job), and an admin's export and
// erasure of everything held about one address (leads, contact, CV files, queued and sent e-mails).
import fs from 'node:fs'
import path from 'node:path'
import { createLocalReq, type Payload, type Where } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { addMonths } from '@vitrine/contracts'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { pdfFile, seedUsers } from './helpers/fixtures'
import { callApi, drainJobs, postLead, resetLimits, validLead } from './helpers/leads'
import { startTestSmtp, TestSmtp } from './helpers/smtp'
import { purgeExpiredLeads } from '../../src/jobs/purgeExpiredLeads'
import { cmsUrl } from '../../src/lib/urls'

let payload: Payload
let smtp: TestSmtp
let tokens: Record<'admin' | 'sales' | 'editor', string>

beforeAll(async () => {
  smtp = await startTestSmtp()
  payload = await bootPayload()
  const users = await seedUsers(payload)
  tokens = {} as typeof tokens
  for (const role of ['admin', 'sales', 'editor'] as const) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: users[role].email, password: 'test-password-1' },
    })
    tokens[role] = token!
  }
})
afterAll(async () => {
  await shutdownPayload(payload)
  await smtp.stop()
})
beforeEach(() => resetLimits())

const DAY = 24 * 3600e3
const purgeAt = async (now: Date) => purgeExpiredLeads(await createLocalReq({}, payload), now)
const exists = async (id: number | string) =>
  Boolean(await payload.findByID({ collection: 'leads', id, disableErrors: true }))
const submit = async (
  body: Record<string, unknown>,
  file?: { name: string; type: string; data: Uint8Array },
) => {
  const res = await postLead(
    body,
    file ? { as: 'multipart', file, headers: { accept: 'application/json' } } : {},
  )
  expect(res.status).toBe(201)
  const [lead] = (
    await payload.find({
      collection: 'leads',
      where: { email: { equals: body.email } },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
    })
  ).docs
  return lead!
}
const cvPath = async (id: number | string) => {
  const doc = await payload.findByID({ collection: 'resumes', id })
  return path.join(payload.collections.resumes.config.upload.staticDir!, doc.filename!)
}
const privacy = (action: 'export' | 'erase' | 'purge', body: unknown, role?: keyof typeof tokens) =>
  callApi(
    new Request(`${cmsUrl}/api/privacy/${action}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(role ? { authorization: `JWT ${tokens[role]}` } : {}),
      },
      body: JSON.stringify(body),
    }),
  )

describe('retention (controlled clock)', () => {
  it('a prospect lead is kept 3 years after the last contact the person initiated, then purged with its contact and e-mails', async () => {
    const lead = await submit(validLead('diagnostic'))
    await drainJobs(payload)
    const start = new Date(lead.lastContactAt!)
    expect(lead.retainUntil).toBe(addMonths(start, 36).toISOString())
    await purgeAt(new Date(addMonths(start, 36).getTime() - DAY))
    expect(await exists(lead.id)).toBe(true)
    await purgeAt(new Date(addMonths(start, 36).getTime() + DAY))
    expect(await exists(lead.id)).toBe(false)
    expect(
      (await payload.count({ collection: 'contacts', where: { email: { equals: lead.email } } }))
        .totalDocs,
    ).toBe(0)
    expect(
      (await payload.count({ collection: 'emails', where: { person: { equals: lead.email } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('a new request with the same address does not restart the clock of the earlier leads (anyone can type an address)', async () => {
    const first = await submit(validLead('contact'))
    // Two years later the same person downloads a white paper… (simulated: the first lead is dated back)
    const twoYearsAgo = new Date(Date.now() - 2 * 365 * DAY).toISOString()
    await payload.update({
      collection: 'leads',
      id: first.id,
      data: { lastContactAt: twoYearsAgo },
    })
    expect((await payload.findByID({ collection: 'leads', id: first.id })).retainUntil).toBe(
      addMonths(new Date(twoYearsAgo), 36).toISOString(),
    )
    const second = await submit({ ...validLead('callback'), email: first.email })
    const kept = await payload.findByID({ collection: 'leads', id: first.id })
    expect(kept.retainUntil).toBe(addMonths(new Date(twoYearsAgo), 36).toISOString())
    await purgeAt(new Date(Date.now() + 366 * DAY + DAY))
    expect(await exists(first.id)).toBe(false)
    expect(await exists(second.id)).toBe(true)
  })

  it('a freelancer application without consent is kept 6 months without a decision, 3 months after one, CV file included', async () => {
    const body = { ...validLead('freelancer_application'), talentPoolOptIn: false }
    const lead = await submit(body, {
      name: 'cv.pdf',
      type: 'application/pdf',
      data: pdfFile().data,
    })
    // No decision yet: 6 months after it was received at most, never for ever (F19).
    expect(lead.retainUntil).toBe(addMonths(new Date(lead.lastContactAt!), 6).toISOString())
    const file = await cvPath(lead.cv as number)
    expect(fs.existsSync(file)).toBe(true)
    await purgeAt(new Date(Date.now() + 150 * DAY))
    expect(await exists(lead.id)).toBe(true) // not due yet
    const decided = await payload.update({
      collection: 'leads',
      id: lead.id,
      data: { status: 'perdu' },
    })
    expect(decided.decidedAt).toBeTruthy()
    expect(decided.retainUntil).toBe(addMonths(new Date(decided.decidedAt!), 3).toISOString())
    await purgeAt(new Date(Date.now() + 80 * DAY))
    expect(await exists(lead.id)).toBe(true)
    await purgeAt(new Date(Date.now() + 95 * DAY))
    expect(await exists(lead.id)).toBe(false)
    expect(fs.existsSync(file)).toBe(false)
    expect(
      (await payload.count({ collection: 'resumes', where: { person: { equals: body.email } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('with the talent-pool consent, an application is kept 2 years after the last contact, whatever the decision', async () => {
    const lead = await submit({ ...validLead('freelancer_application'), talentPoolOptIn: true })
    await payload.update({ collection: 'leads', id: lead.id, data: { status: 'gagne' } })
    const kept = await payload.findByID({ collection: 'leads', id: lead.id })
    expect(kept.retainUntil).toBe(addMonths(new Date(lead.lastContactAt!), 24).toISOString())
    await purgeAt(new Date(Date.now() + 700 * DAY))
    expect(await exists(lead.id)).toBe(true)
    await purgeAt(new Date(Date.now() + 735 * DAY))
    expect(await exists(lead.id)).toBe(false)
  })

  it('the purge is a scheduled job (nightly) that can also be queued and run on demand', async () => {
    const task = payload.config.jobs.tasks!.find((t) => t.slug === 'purgeExpiredLeads')!
    expect(task.schedule?.[0]?.cron).toBe('0 30 3 * * *')
    const job = await payload.jobs.queue({ task: 'purgeExpiredLeads', input: {} })
    await payload.jobs.runByID({ id: job.id, silent: true })
    const done = await payload.findByID({ collection: 'payload-jobs', id: job.id })
    expect(done.completedAt).toBeTruthy()
    expect((await privacy('purge', {}, 'sales')).status).toBe(403)
    const res = await privacy('purge', {}, 'admin')
    expect(res.status).toBe(200)
    expect((await res.json()).ok).toBe(true)
  })
})

describe('access and erasure requests', () => {
  it('an admin exports everything held about an address as JSON; nobody else may', async () => {
    const body = { ...validLead('freelancer_application') }
    await submit(body, { name: 'cv.pdf', type: 'application/pdf', data: pdfFile().data })
    await submit({ ...validLead('webinar'), email: body.email, webinarId: 'x' }).catch(
      () => undefined,
    )
    await drainJobs(payload)
    for (const role of [undefined, 'sales', 'editor'] as const)
      expect((await privacy('export', { email: body.email }, role)).status).toBe(403)
    const res = await privacy(
      'export',
      { email: `  ${String(body.email).toUpperCase()} ` },
      'admin',
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(/attachment/)
    const data = await res.json()
    expect(data.email).toBe(body.email)
    expect(data.leads).toHaveLength(1)
    expect(data.contacts).toHaveLength(1)
    expect(data.emails.length).toBe(2)
    expect(data.files).toHaveLength(1)
    expect(Buffer.from(data.files[0].contentBase64, 'base64').subarray(0, 5).toString()).toBe(
      '%PDF-',
    )
    expect((await privacy('export', { email: 'pas une adresse' }, 'admin')).status).toBe(400)
  })

  it('an admin erases everything: leads, contact, CV files, sent and queued e-mails (which then never go out)', async () => {
    const body = validLead('freelancer_application')
    const first = await submit(body, {
      name: 'cv.pdf',
      type: 'application/pdf',
      data: pdfFile().data,
    })
    await drainJobs(payload)
    await submit({ ...validLead('contact'), email: body.email }) // its e-mails are still queued
    const file = await cvPath(first.cv as number)
    const before = smtp.to(body.email as string).length
    expect((await privacy('erase', { email: body.email }, 'sales')).status).toBe(403)
    const res = await privacy('erase', { email: body.email }, 'admin')
    expect(res.status).toBe(200)
    const result = await res.json()
    expect(result).toMatchObject({ ok: true, erased: { leads: 2, contacts: 1, files: 1 } })
    expect(result.erased.emails).toBe(4)
    for (const collection of ['leads', 'contacts', 'resumes'] as const) {
      const where: Where =
        collection === 'resumes'
          ? { person: { equals: body.email } }
          : { email: { equals: body.email } }
      expect((await payload.count({ collection, where })).totalDocs).toBe(0)
    }
    expect(
      (
        await payload.count({
          collection: 'emails',
          where: { or: [{ person: { equals: body.email } }, { to: { equals: body.email } }] },
        })
      ).totalDocs,
    ).toBe(0)
    expect(fs.existsSync(file)).toBe(false)
    await drainJobs(payload)
    expect(smtp.to(body.email as string)).toHaveLength(before)
  })

  it('deleting a contact in the admin erases their leads, files and e-mail records too', async () => {
    const lead = await submit(validLead('callback'))
    await payload.delete({ collection: 'contacts', id: lead.contact as number })
    expect(await exists(lead.id)).toBe(false)
    expect(
      (await payload.count({ collection: 'emails', where: { person: { equals: lead.email } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('deleting one lead removes its own e-mail records and keeps the contact while other leads remain', async () => {
    const first = await submit(validLead('contact'))
    const second = await submit({ ...validLead('callback'), email: first.email })
    const ownKeys = {
      key: { in: [`${first.id}:team-notification`, `${first.id}:acknowledgement`] },
    }
    expect((await payload.count({ collection: 'emails', where: ownKeys })).totalDocs).toBe(2)
    await payload.delete({ collection: 'leads', id: first.id })
    expect((await payload.count({ collection: 'emails', where: ownKeys })).totalDocs).toBe(0)
    expect(
      (await payload.count({ collection: 'emails', where: { lead: { equals: second.id } } }))
        .totalDocs,
    ).toBe(2)
    expect(
      (await payload.count({ collection: 'contacts', where: { email: { equals: first.email } } }))
        .totalDocs,
    ).toBe(1)
  })
})
