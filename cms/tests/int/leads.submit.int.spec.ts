// A visitor submits a form → the lead is stored with its consent record → the team and the
// visitor get the right e-mails (real SMTP, in process), for JSON (islands) and plain HTML posts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import {
  leadKinds,
  legalBasisByKind,
  legalBasisLabels,
  privacyNotice,
  thankYouPathByKind,
} from '@vitrine/contracts'
import { bootPayload, shutdownPayload } from './helpers/payload'
import {
  drainJobs,
  oldToken,
  postLead,
  resetLimits,
  seedLeadTargets,
  validLead,
} from './helpers/leads'
import { startTestSmtp, TestSmtp } from './helpers/smtp'
import { siteUrl } from '../../src/lib/urls'
import { checkFormToken, issueFormToken, issuePageToken } from '../../src/endpoints/leads/formToken'

let payload: Payload
let smtp: TestSmtp
let refs: { whitePaperId: string; webinarId: string }

beforeAll(async () => {
  smtp = await startTestSmtp({ LEADS_NOTIFY_TO: 'equipe@vitrine.test' })
  payload = await bootPayload()
  const targets = await seedLeadTargets(payload)
  refs = { whitePaperId: String(targets.whitePaper.id), webinarId: String(targets.webinar.id) }
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      contact: { email: 'contact@vitrine.test' },
      leadRecipients: [{ kind: 'quote', emails: 'devis@vitrine.test, direction@vitrine.test' }],
    } as never,
    context: { seed: true },
  })
})
afterAll(async () => {
  await shutdownPayload(payload)
  await smtp.stop()
})
beforeEach(() => resetLimits())

const leadsOf = (email: string) =>
  payload.find({ collection: 'leads', where: { email: { equals: email } }, depth: 0 })

describe('submitting a lead', () => {
  it.each(leadKinds)(
    '%s (JSON) → 201 { ok: true }, stored with its consent record, nothing echoed',
    async (kind) => {
      const body = validLead(kind, refs)
      const res = await postLead(body)
      expect(res.status).toBe(201)
      expect(await res.json()).toEqual({ ok: true })
      expect(res.headers.get('access-control-allow-origin')).toBe(siteUrl)
      const { docs } = await leadsOf(body.email as string)
      expect(docs).toHaveLength(1)
      const lead = docs[0]!
      expect(lead.kind).toBe(kind)
      expect(lead.status).toBe('nouveau')
      expect(lead.consent.legalBasis).toBe(legalBasisLabels[legalBasisByKind[kind]])
      expect(lead.consent.noticeVersion).toBe(privacyNotice.version)
      expect(lead.consent.marketingOptIn).toBe(kind === 'newsletter')
      expect(Date.now() - Date.parse(lead.consent.at)).toBeLessThan(60_000)
      expect(lead.contact).toBeTruthy()
      expect(lead.retainUntil).toBeTruthy()
    },
  )

  it('a plain HTML form post → 303 to the thank-you page of its kind, never JSON', async () => {
    const body = validLead('callback')
    const res = await postLead(body, { as: 'form' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`${siteUrl}${thankYouPathByKind.callback}`)
    expect((await leadsOf(body.email as string)).totalDocs).toBe(1)
  })

  it('a form post with mistakes → an accessible French page listing them, with a link back to the form', async () => {
    // A browser sends only the site's origin as Referer to the CMS: the form's sourcePage says where it was.
    const body = {
      ...validLead('callback'),
      phone: '12',
      companyName: '',
      sourcePage: '/etre-rappele/',
    }
    const res = await postLead(body, {
      as: 'form',
      headers: { referer: `${siteUrl}/` },
    })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await res.text()
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('role="alert"')
    expect(html).toMatch(/Téléphone : Indiquez un numéro de téléphone français/)
    expect(html).toMatch(/Entreprise : Indiquez le nom de votre entreprise/)
    expect(html).toContain(`href="${siteUrl}/etre-rappele/"`)
    expect((await leadsOf(body.email as string)).totalDocs).toBe(0)
  })

  it('a back link never leaves the site (a foreign Referer is ignored)', async () => {
    const res = await postLead(
      { ...validLead('contact'), message: '' },
      { as: 'form', headers: { referer: 'https://evil.example/phish' } },
    )
    const html = await res.text()
    expect(html).not.toContain('evil.example')
    expect(html).toContain(`href="${siteUrl}/contact/"`)
  })

  it('JSON with mistakes → 400 with French field errors', async () => {
    const res = await postLead({ ...validLead('diagnostic'), email: 'pas-une-adresse', needs: [] })
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.ok).toBe(false)
    expect(body.fieldErrors.email).toMatch(/adresse e-mail valide/)
    expect(body.fieldErrors.needs).toMatch(/Cochez au moins un besoin/)
  })

  it('a white paper or webinar that does not exist is refused in French', async () => {
    const res = await postLead(validLead('whitepaper', { whitePaperId: '999999' }))
    expect(res.status).toBe(400)
    expect((await res.json()).formError).toMatch(/livre blanc demandé est introuvable/)
  })

  it('another site cannot post leads (Origin check), and the preflight only answers the site', async () => {
    const res = await postLead(validLead('contact'), { origin: 'https://evil.example' })
    expect(res.status).toBe(403)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    const ok = await postLead('', {
      method: 'OPTIONS',
      headers: { 'access-control-request-method': 'POST' },
    })
    expect(ok.status).toBe(204)
    expect(ok.headers.get('access-control-allow-origin')).toBe(siteUrl)
    const ko = await postLead('', { method: 'OPTIONS', origin: 'https://evil.example' })
    expect(ko.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('anonymous visitors still cannot list leads through the REST API', async () => {
    const res = await postLead('', { method: 'GET', path: '/api/leads' })
    expect(res.status).toBe(403)
  })

  it('GET /api/leads/form-token gives a fresh signed token, never cached', async () => {
    const res = await postLead('', { method: 'GET', path: '/api/leads/form-token' })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect((await res.json()).token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+$/)
  })

  it('a site build gets its own recent token back, and a fresh one for a forged or day-old token', async () => {
    const tokenFor = async (reuse: string) =>
      (
        await (
          await postLead('', {
            method: 'GET',
            path: `/api/leads/form-token?reuse=${encodeURIComponent(reuse)}`,
          })
        ).json()
      ).token as string
    const recent = issuePageToken(new Date(Date.now() - 3600e3))
    expect(await tokenFor(recent)).toBe(recent)
    // A visitor's single-use token is never handed out again as a page token.
    const visitor = issueFormToken(new Date(Date.now() - 3600e3))
    expect(await tokenFor(visitor)).not.toBe(visitor)
    const [kid, issued, nonce] = recent.split('.')
    const forged = `${kid}.${issued}.${nonce}.${'A'.repeat(43)}`
    const replaced = await tokenFor(forged)
    expect(replaced).not.toBe(forged)
    expect(checkFormToken(replaced, Date.now() + 5000)).toBe('page')
    const dayOld = issuePageToken(new Date(Date.now() - 25 * 3600e3))
    expect(checkFormToken(dayOld)).toBe('page')
    expect(await tokenFor(dayOld)).not.toBe(dayOld)
  })
})

describe('e-mails of a lead', () => {
  it('the team and the person each get one e-mail with the right content', async () => {
    const body = validLead('quote')
    expect((await postLead(body)).status).toBe(201)
    await drainJobs(payload)
    const email = body.email as string
    const team = smtp.mails.filter(
      (m) => m.subject.includes('Nouvelle demande') && m.text.includes(email),
    )
    expect(team).toHaveLength(1)
    expect(team[0]!.to).toContain('devis@vitrine.test')
    expect(team[0]!.to).toContain('direction@vitrine.test')
    expect(team[0]!.subject).toBe(
      'Nouvelle demande : Demande de devis — Jeanne Martin — Atelier Dupont',
    )
    expect(team[0]!.headers['reply-to']).toContain(email)
    expect(team[0]!.text).toMatch(/Profil recherché : Office manager/)
    expect(team[0]!.text).toMatch(/par semaine/)
    expect(team[0]!.html).toContain('/admin/collections/leads/')
    const mine = smtp.to(email)
    expect(mine).toHaveLength(1)
    expect(mine[0]!.subject).toBe('Votre demande de devis est enregistrée')
    expect(mine[0]!.text).toMatch(/^Bonjour,/m)
    expect(mine[0]!.html).toContain('lang="fr"')
    // Nothing the person typed, not even the first name, is echoed to the address they gave.
    expect(mine[0]!.text).not.toContain('Jeanne')
    expect(mine[0]!.text).not.toContain('Atelier Dupont')
  })

  it('without a rule for the kind, the team address is the site contact address', async () => {
    const body = validLead('contact')
    await postLead(body)
    await drainJobs(payload)
    const team = smtp.mails.find(
      (m) =>
        m.subject.startsWith('Nouvelle demande : Demande de contact') &&
        m.text.includes(body.email as string),
    )
    expect(team?.to).toContain('contact@vitrine.test')
  })

  it('the outbox records each e-mail as sent, with its idempotency key as the SMTP Message-ID source', async () => {
    const body = validLead('callback')
    await postLead(body)
    await drainJobs(payload)
    const { docs } = await payload.find({
      collection: 'emails',
      where: { person: { equals: body.email } },
      depth: 0,
    })
    expect(docs.map((d) => d.template).sort()).toEqual(['acknowledgement', 'team-notification'])
    for (const record of docs) {
      expect(record.status).toBe('sent')
      expect(record.attempts).toBe(1)
      const mail = smtp.mails.find((m) => m.key === record.key)
      expect(mail?.messageId).toBe(record.messageId)
    }
  })

  it('the person gets at most 3 automatic e-mails a day; the team hears about every request', async () => {
    const body = validLead('contact')
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 5))
      resetLimits()
      // Each request its own form token: a token is good for one submission.
      const again = { ...body, message: `Demande numéro ${i}`, formToken: oldToken() }
      expect((await postLead(again)).status).toBe(201)
      // Same address, new request (not a double click: those are within 2 minutes and the same kind).
      await payload.update({
        collection: 'leads',
        where: { email: { equals: body.email } },
        data: { createdAt: new Date(Date.now() - 5 * 60_000).toISOString() } as never,
      })
    }
    await drainJobs(payload)
    expect(smtp.to(body.email as string)).toHaveLength(3)
    expect(
      smtp.mails.filter(
        (m) => m.subject.startsWith('Nouvelle demande') && m.text.includes(body.email as string),
      ),
    ).toHaveLength(5)
    const skipped = await payload.count({
      collection: 'emails',
      where: { and: [{ person: { equals: body.email } }, { status: { equals: 'skipped' } }] },
    })
    expect(skipped.totalDocs).toBe(2)
  })

  it('a double click stores one lead and sends one e-mail', async () => {
    const body = validLead('callback')
    const [a, b] = await Promise.all([postLead(body), postLead(body)])
    expect([a.status, b.status]).toEqual([201, 201])
    await drainJobs(payload)
    expect((await leadsOf(body.email as string)).totalDocs).toBe(1)
    expect(smtp.to(body.email as string)).toHaveLength(1)
  })

  it('a second request from the same person joins the same contact; the earlier lead keeps its retention (only a confirmed action restarts it: leads.identity)', async () => {
    const first = validLead('contact')
    await postLead(first)
    const [old] = (await leadsOf(first.email as string)).docs
    await payload.update({
      collection: 'leads',
      id: old!.id,
      data: {
        createdAt: new Date(Date.now() - 86400e3).toISOString(),
        lastContactAt: new Date(Date.now() - 86400e3).toISOString(),
      } as never,
    })
    const before = (await payload.findByID({ collection: 'leads', id: old!.id })).retainUntil
    await postLead({ ...validLead('callback'), email: first.email })
    const { docs } = await leadsOf(first.email as string)
    expect(docs).toHaveLength(2)
    expect(
      new Set(docs.map((d) => (typeof d.contact === 'object' ? d.contact?.id : d.contact))).size,
    ).toBe(1)
    const after = (await payload.findByID({ collection: 'leads', id: old!.id })).retainUntil
    expect(after).toBe(before)
    const contact = await payload.find({
      collection: 'contacts',
      where: { email: { equals: first.email } },
      depth: 1,
    })
    expect(contact.docs[0]!.leads?.docs).toHaveLength(2)
  })
})
