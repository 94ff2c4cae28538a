// Strangers cannot rewrite a person (issue 14, audit F12): a submission with someone's address
// never overwrites the contact sales will call, never opts them into marketing and never extends
// the retention of their earlier leads. Marketing consent is recorded only when the address
// confirms it through the signed link of a French e-mail (double opt-in).
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { privacyNotice } from '@vitrine/contracts'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { callApi, drainJobs, postLead, resetLimits, validLead } from './helpers/leads'
import { startTestSmtp, TestSmtp } from './helpers/smtp'

let payload: Payload
let smtp: TestSmtp

beforeAll(async () => {
  smtp = await startTestSmtp({ LEADS_NOTIFY_TO: 'equipe@vitrine.test' })
  payload = await bootPayload()
})
afterAll(async () => {
  await shutdownPayload(payload)
  await smtp.stop()
})
beforeEach(() => resetLimits())

const contactOf = async (email: string) =>
  (
    await payload.find({
      collection: 'contacts',
      where: { email: { equals: email } },
      depth: 0,
      joins: false,
    })
  ).docs[0]!
const leadsOf = async (email: string) =>
  (
    await payload.find({
      collection: 'leads',
      where: { email: { equals: email } },
      sort: 'createdAt',
      depth: 0,
    })
  ).docs
const confirmLinkIn = (email: string) => {
  for (const mail of smtp.to(email)) {
    const found = /https?:\/\/\S+\/api\/leads\/confirm-optin\?token=[\w.%-]+/.exec(mail.text)
    if (found) return found[0]
  }
  return undefined
}

describe('a submission with an existing person’s address', () => {
  it('keeps what was typed on the new lead, but the contact’s identity, consent and the earlier leads’ retention stay as they were', async () => {
    const genuine = validLead('callback')
    expect((await postLead(genuine)).status).toBe(201)
    const [earlier] = await leadsOf(genuine.email)
    const before = await contactOf(genuine.email)

    const impostor = {
      ...validLead('contact'),
      email: genuine.email,
      firstName: 'Usurpateur',
      lastName: 'Inconnu',
      phone: '07 99 99 99 99',
      companyName: 'Société Fantôme',
      marketingOptIn: true,
    }
    expect((await postLead(impostor)).status).toBe(201)

    const after = await contactOf(genuine.email)
    expect({
      firstName: after.firstName,
      lastName: after.lastName,
      phone: after.phone,
      companyName: after.companyName,
      marketingOptIn: after.marketingOptIn,
      lastOwnContactAt: after.lastOwnContactAt,
    }).toEqual({
      firstName: before.firstName,
      lastName: before.lastName,
      phone: before.phone,
      companyName: before.companyName,
      marketingOptIn: false,
      lastOwnContactAt: before.lastOwnContactAt,
    })
    // Sales see the differences beside the stored values.
    const pending = after.pendingChanges as Record<string, { stored?: unknown; typed?: unknown }>
    expect(pending.firstName).toEqual({ stored: 'Jeanne', typed: 'Usurpateur' })
    expect(pending.companyName).toEqual({ stored: 'Atelier Dupont', typed: 'Société Fantôme' })

    const [stillEarlier, typed] = await leadsOf(genuine.email)
    expect(stillEarlier!.retainUntil).toBe(earlier!.retainUntil)
    expect(stillEarlier!.lastContactAt).toBe(earlier!.lastContactAt)
    expect(typed!.firstName).toBe('Usurpateur')
    expect(typed!.companyName).toBe('Société Fantôme')
  })
})

describe('marketing consent needs the address to confirm it', () => {
  it('an opt-in sends a French confirmation e-mail; nothing is recorded until its link is followed', async () => {
    const body = { ...validLead('contact'), marketingOptIn: true }
    expect((await postLead(body)).status).toBe(201)
    await drainJobs(payload)
    expect((await contactOf(body.email)).marketingOptIn).toBe(false)
    const link = confirmLinkIn(body.email)
    expect(link, 'a confirmation link was e-mailed').toBeTruthy()
    const confirmation = smtp.to(body.email).find((m) => m.text.includes(link!))!
    expect(confirmation.subject).toMatch(/Confirmez/)

    // The first lead dated back: only the confirmed action restarts its retention clock.
    const [lead] = await leadsOf(body.email)
    const yearAgo = new Date(Date.now() - 365 * 24 * 3600e3).toISOString()
    await payload.update({ collection: 'leads', id: lead!.id, data: { lastContactAt: yearAgo } })
    const page = await callApi(new Request(link!))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/text\/html/)
    expect(await page.text()).toMatch(/inscription est confirmée/)

    const contact = await contactOf(body.email)
    expect(contact.marketingOptIn).toBe(true)
    expect(Date.now() - Date.parse(contact.marketingOptInAt!)).toBeLessThan(60_000)
    expect(contact.marketingNoticeVersion).toBe(privacyNotice.version)
    const renewed = (await leadsOf(body.email))[0]!
    expect(Date.parse(renewed.lastContactAt!)).toBeGreaterThan(Date.parse(yearAgo))
  })

  it('a newsletter sign-up is confirmed by the link, not by the form', async () => {
    const body = validLead('newsletter')
    expect((await postLead(body)).status).toBe(201)
    await drainJobs(payload)
    expect((await contactOf(body.email)).marketingOptIn).toBe(false)
    expect(smtp.to(body.email)).toHaveLength(1)
    expect((await callApi(new Request(confirmLinkIn(body.email)!))).status).toBe(200)
    expect((await contactOf(body.email)).marketingOptIn).toBe(true)
  })

  it('a forged or altered link records nothing and says so in French', async () => {
    const body = { ...validLead('contact'), marketingOptIn: true }
    expect((await postLead(body)).status).toBe(201)
    await drainJobs(payload)
    const link = confirmLinkIn(body.email)!
    const page = await callApi(new Request(`${link.slice(0, -3)}xyz`))
    expect(page.status).toBe(400)
    expect(await page.text()).toMatch(/lien/)
    expect((await contactOf(body.email)).marketingOptIn).toBe(false)
  })
})
