// Durable intake (issue 14): the request makes one durable write of the submission as received
// and answers; the intake task turns each record into contact, lead, outbox and jobs, keyed by
// the intake key, so a crash at any point leaves the rest done exactly once. Soft failures
// (honeypot, too fast, missing / forged / replayed token) go to a quarantine sales can promote.
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { fromRecord, HONEYPOT_FIELD, parseLead } from '@vitrine/contracts'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { seedUsers } from './helpers/fixtures'
import {
  callApi,
  drainJobs,
  oldToken,
  postLead,
  resetLimits,
  storedIntakes,
  storedLeads,
  validLead,
  type LeadBody,
} from './helpers/leads'
import { startTestSmtp, TestSmtp } from './helpers/smtp'
import { checkFormToken, issueFormToken, issuePageToken } from '../../src/endpoints/leads/formToken'
import { cmsUrl } from '../../src/lib/urls'

let payload: Payload
let smtp: TestSmtp
let tokens: Record<'admin' | 'editor' | 'sales', string>

beforeAll(async () => {
  smtp = await startTestSmtp({ LEADS_NOTIFY_TO: 'equipe@vitrine.test' })
  payload = await bootPayload()
  const users = await seedUsers(payload)
  tokens = {} as typeof tokens
  for (const role of ['admin', 'editor', 'sales'] as const)
    tokens[role] = (
      await payload.login({
        collection: 'users',
        data: { email: users[role].email, password: 'test-password-1' },
      })
    ).token!
})
afterAll(async () => {
  await shutdownPayload(payload)
  await smtp.stop()
})
beforeEach(() => resetLimits())

const leadsOf = (email: string) => storedLeads(payload, email)
const intakesOf = (email: string) => storedIntakes(payload, email)
const intakeOf = async (lead: { intakeKey?: string | null }) =>
  (
    await payload.find({
      collection: 'lead-intakes',
      where: { key: { equals: lead.intakeKey ?? '-' } },
      depth: 0,
    })
  ).docs[0]
const recordsOf = async (email: string) =>
  (await payload.find({ collection: 'emails', where: { person: { equals: email } }, depth: 0 }))
    .docs
/** The record as the endpoint writes it: the contract's output for the body. */
const asReceived = (body: Record<string, unknown>) => {
  const parsed = parseLead(fromRecord(body))
  if (!parsed.ok) throw new Error('test body does not pass the contract')
  return parsed.data
}
const sweep = async (now?: Date) => {
  const { processLeadIntakes } = await import('../../src/jobs/processLeadIntakes')
  return processLeadIntakes(await createLocalReq({}, payload), now)
}
const teamMailsAbout = (email: string) =>
  smtp.mails.filter((m) => m.subject.startsWith('Nouvelle demande') && m.text.includes(email))

const promote = (id: number | string, role?: keyof typeof tokens) =>
  callApi(
    new Request(`${cmsUrl}/api/lead-intakes/${id}/promote`, {
      method: 'POST',
      headers: role ? { authorization: `JWT ${tokens[role]}` } : {},
    }),
  )

/**
 * The intake record put back as the endpoint wrote it (pending, with its answers), as a crash
 * leaves it; the sweep runs twice: one lead, each e-mail once.
 */
const sweepTwiceAfterCrash = async (id: number | string, body: LeadBody) => {
  await payload.update({
    collection: 'lead-intakes',
    id,
    data: { status: 'pending', data: asReceived(body), email: body.email } as never,
  })
  await sweep(new Date(Date.now() + 60_000))
  await sweep(new Date(Date.now() + 60_000))
  expect(await leadsOf(body.email)).toHaveLength(1)
  await drainJobs(payload)
  expect(smtp.to(body.email)).toHaveLength(1)
  expect(teamMailsAbout(body.email)).toHaveLength(1)
}

describe('durable intake', () => {
  it('a 201 means the submission was recorded first; it then becomes exactly one lead with its e-mails', async () => {
    const body = validLead('callback')
    expect((await postLead(body)).status).toBe(201)
    const leads = await leadsOf(body.email)
    expect(leads).toHaveLength(1)
    const intake = await intakeOf(leads[0]!)
    expect(intake?.status).toBe('processed')
    // The answers now live in the lead only; the record keeps the used token for 30 days.
    expect(intake?.data).toBeFalsy()
    expect((await recordsOf(body.email)).map((r) => r.template).sort()).toEqual([
      'acknowledgement',
      'team-notification',
    ])
  })

  it('a crash before processing: the sweep makes the lead and its e-mails, once, however often it runs', async () => {
    const body = validLead('contact')
    expect((await postLead(body)).status).toBe(201)
    const [lead] = await leadsOf(body.email)
    const intake = await intakeOf(lead!)
    // What a crash right after the intake write leaves: the record pending, nothing else.
    await payload.delete({ collection: 'leads', id: lead!.id })
    await sweepTwiceAfterCrash(intake!.id, body)
  })

  it('a crash after the lead, before its e-mails: the sweep queues them, the lead stays one', async () => {
    const body = validLead('diagnostic')
    expect((await postLead(body)).status).toBe(201)
    const [lead] = await leadsOf(body.email)
    const intake = await intakeOf(lead!)
    await payload.delete({ collection: 'emails', where: { lead: { equals: lead!.id } } })
    await sweepTwiceAfterCrash(intake!.id, body)
    expect((await intakeOf(lead!))!.status).toBe('processed')
  })

  it('when the intake write fails: 503, a French "try again", and nothing stored', async () => {
    const body = validLead('callback')
    const create = payload.db.create.bind(payload.db)
    payload.db.create = (async (args: { collection: string }) => {
      if (args.collection === 'lead-intakes') throw new Error('disk I/O error')
      return create(args as never)
    }) as never
    try {
      const res = await postLead(body)
      expect(res.status).toBe(503)
      expect((await res.json()).formError).toMatch(/Réessayez/)
    } finally {
      payload.db.create = create
    }
    expect(await leadsOf(body.email)).toHaveLength(0)
    expect(await intakesOf(body.email)).toHaveLength(0)
  })
})

describe('nothing dropped in silence: the quarantine', () => {
  it('a filled honeypot, a too-fast post and a missing token are answered as a success and kept in quarantine, with no e-mail', async () => {
    const honeypot = { ...validLead('contact'), [HONEYPOT_FIELD]: 'https://exemple.fr' }
    const tooFast = { ...validLead('contact'), formToken: issueFormToken() }
    const tokenless = { ...validLead('callback'), formToken: undefined }
    for (const body of [honeypot, tooFast, tokenless]) {
      const res = await postLead(body)
      expect(res.status).toBe(201)
      expect(await res.json()).toEqual({ ok: true })
    }
    expect(
      (await postLead({ ...honeypot, email: `p-${honeypot.email}` }, { as: 'form' })).status,
    ).toBe(303)
    await drainJobs(payload)
    const reasons = []
    for (const body of [honeypot, tooFast, tokenless]) {
      expect(await leadsOf(body.email)).toHaveLength(0)
      const [intake] = await intakesOf(body.email)
      expect(intake?.status).toBe('quarantined')
      reasons.push(intake?.reason)
      expect(smtp.to(body.email)).toHaveLength(0)
      expect(teamMailsAbout(body.email)).toHaveLength(0)
    }
    expect(reasons).toEqual(['honeypot', 'tooFast', 'tokenMissing'])
  })

  it('sales promote a quarantined submission: it becomes the lead, with its e-mails; others may not', async () => {
    const body = { ...validLead('callback'), [HONEYPOT_FIELD]: 'autofill' }
    expect((await postLead(body)).status).toBe(201)
    const [intake] = await intakesOf(body.email)
    expect((await promote(intake!.id)).status).toBe(403)
    expect((await promote(intake!.id, 'editor')).status).toBe(403)
    expect(await leadsOf(body.email)).toHaveLength(0)
    const res = await promote(intake!.id, 'sales')
    expect(res.status).toBe(200)
    const leads = await leadsOf(body.email)
    expect(leads).toHaveLength(1)
    expect(leads[0]!.companyName).toBe('Atelier Dupont')
    await drainJobs(payload)
    expect(smtp.to(body.email)).toHaveLength(1)
    expect(teamMailsAbout(body.email)).toHaveLength(1)
    // Promoting twice does not make a second lead.
    await promote(intake!.id, 'admin')
    expect(await leadsOf(body.email)).toHaveLength(1)
  })

  it('a quarantined submission is purged after 30 days', async () => {
    const body = { ...validLead('contact'), formToken: 'forged.token.value' }
    expect((await postLead(body)).status).toBe(201)
    expect((await intakesOf(body.email))[0]?.reason).toBe('tokenInvalid')
    await sweep(new Date(Date.now() + 29 * 24 * 3600e3))
    expect(await intakesOf(body.email)).toHaveLength(1)
    await sweep(new Date(Date.now() + 31 * 24 * 3600e3))
    expect(await intakesOf(body.email)).toHaveLength(0)
  })

  it('only identical submissions collapse: a second, different message within 2 minutes is a new lead', async () => {
    const first = validLead('contact')
    expect((await postLead(first)).status).toBe(201)
    expect((await postLead(first)).status).toBe(201) // double click: same token, same content
    expect(await leadsOf(first.email)).toHaveLength(1)
    const second = { ...first, formToken: oldToken(), message: 'Autre question : vos tarifs ?' }
    expect((await postLead(second)).status).toBe(201)
    expect(await leadsOf(first.email)).toHaveLength(2)
  })
})

describe('a proof per visitor', () => {
  it('a token copied from a page is good once: its replays with other content go to quarantine', async () => {
    const token = oldToken()
    const bodies = Array.from({ length: 20 }, () => ({ ...validLead('contact'), formToken: token }))
    for (const body of bodies) expect((await postLead(body)).status).toBe(201)
    await drainJobs(payload)
    const made = await payload.count({
      collection: 'leads',
      where: { email: { in: bodies.map((b) => b.email) } },
    })
    expect(made.totalDocs).toBe(1)
    const held = await payload.find({
      collection: 'lead-intakes',
      where: { email: { in: bodies.map((b) => b.email) } },
      limit: 0,
      pagination: false,
      depth: 0,
    })
    expect(held.docs.filter((d) => d.reason === 'tokenReplayed')).toHaveLength(19)
    expect(bodies.slice(1).every((b) => smtp.to(b.email).length === 0)).toBe(true)
  })

  it('the token written into static pages proves nothing on its own: each post is held until confirmed (docs/adr/0029)', async () => {
    const page = issuePageToken(new Date(Date.now() - 3600e3))
    const bodies = Array.from({ length: 3 }, () => ({ ...validLead('callback'), formToken: page }))
    // Plain form posts get a confirmation page (leads.nojs.int.spec.ts), JSON ones quarantine.
    for (const body of bodies) expect((await postLead(body, { as: 'form' })).status).toBe(200)
    expect((await postLead(bodies[0]!)).status).toBe(201)
    for (const body of bodies) {
      expect(await leadsOf(body.email)).toHaveLength(0)
      expect((await intakesOf(body.email)).map((i) => i.reason).sort()).toEqual(
        body === bodies[0] ? ['pageToken', 'unconfirmed'] : ['unconfirmed'],
      )
    }
    // The islands get a token of their own per visitor, with the minimum fill time to respect.
    const res = await postLead('', { method: 'GET', path: '/api/leads/form-token' })
    const issued = (await res.json()) as { token: string; minFillMs: number }
    expect(checkFormToken(issued.token, Date.now() + issued.minFillMs)).toBe('ok')
  })

  it('`Origin: null` (a sandboxed iframe elsewhere) is refused', async () => {
    const body = validLead('contact')
    expect((await postLead(body, { origin: 'null' })).status).toBe(403)
    expect(await intakesOf(body.email)).toHaveLength(0)
  })
})
