// Visitors without JavaScript (issue 14, docs/adr/0029): a plain form post carrying the page's
// shared token (or none) is held server-side as an unconfirmed intake and answered with a French
// confirmation page whose single-use token confirms it. The confirmed submission is a normal lead
// with its e-mails; a replayed or forged confirmation makes nothing; an unconfirmed one stays in
// quarantine (« non confirmée ») for sales, and is purged after 30 days like the rest.
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { thankYouPathByKind } from '@vitrine/contracts'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { pdfFile } from './helpers/fixtures'
import {
  callApi,
  drainJobs,
  playIntakeWorker,
  postLead,
  resetLimits,
  storedIntakes,
  storedLeads,
  validLead,
} from './helpers/leads'
import { startTestSmtp, TestSmtp } from './helpers/smtp'
import { issueConfirmToken } from '../../src/endpoints/leads/confirmIntake'
import { issuePageToken } from '../../src/endpoints/leads/formToken'
import { intakeSettled } from '../../src/jobs/intakeRunner'
import { cmsUrl, siteUrl } from '../../src/lib/urls'

let payload: Payload
let smtp: TestSmtp

beforeAll(async () => {
  smtp = await startTestSmtp({ LEADS_NOTIFY_TO: 'equipe@vitrine.test' })
  payload = await bootPayload()
})
afterAll(() => shutdownPayload(payload).finally(() => smtp.stop()))
beforeEach(() => resetLimits())

const pageToken = () => issuePageToken(new Date(Date.now() - 3600e3))
const leadsOf = (email: string) => storedLeads(payload, email)
const intakesOf = (email: string) => storedIntakes(payload, email)
const teamMailsAbout = (email: string) =>
  smtp.mails.filter((m) => m.subject.startsWith('Nouvelle demande') && m.text.includes(email))

/** The confirmation form of a page: where it posts and its hidden token. */
const confirmFormOf = (html: string) => {
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1]
  const token = /<input type="hidden" name="token" value="([^"]+)"/.exec(html)?.[1]
  return { action: action?.replace(/&amp;/g, '&'), token }
}

/** What the browser sends when the visitor presses « Envoyer ma demande ». */
/** Posts a confirmation; then plays the production worker's poll (set `playWorker: false` to look first). */
const confirm = async (token: string, origin: string | null = cmsUrl, playWorker = true) => {
  const res = await callApi(
    new Request(`${cmsUrl}/api/leads/confirm`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
        ...(origin ? { origin } : {}),
      },
      body: new URLSearchParams({ token }).toString(),
    }),
  )
  await intakeSettled()
  if (playWorker) await playIntakeWorker()
  return res
}

describe('a form posted without JavaScript', () => {
  it('is answered with a French confirmation page; once confirmed it is a lead with its e-mails', async () => {
    const message = 'Plutôt après 14 h <b>urgent</b> & merci'
    const body = { ...validLead('callback'), message, formToken: pageToken() }
    const res = await postLead(body, { as: 'form' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const html = await res.text()
    expect(html).toContain('Confirmez votre demande')
    expect(html).toContain('Envoyer ma demande')
    // The answers summarised, escaped.
    expect(html).toContain('Plutôt après 14 h &lt;b&gt;urgent&lt;/b&gt; &amp; merci')
    expect(html).not.toContain('<b>urgent')
    expect(html).toContain('06 12 34 56 78')
    const form = confirmFormOf(html)
    expect(form.action).toBe(`${cmsUrl}/api/leads/confirm`)
    expect(form.token).toBeTruthy()

    // Held server-side until confirmed: no lead, no e-mail.
    expect(await leadsOf(body.email)).toHaveLength(0)
    expect(await intakesOf(body.email)).toMatchObject([
      { status: 'quarantined', reason: 'unconfirmed' },
    ])

    const confirmed = await confirm(form.token!, cmsUrl, false)
    expect(confirmed.status).toBe(200)
    // As after any post: with a separate worker (JOBS_AUTORUN=false) the web process only answers.
    expect(await leadsOf(body.email)).toHaveLength(0)
    await playIntakeWorker()
    const done = await confirmed.text()
    // Straight on to the site's thank-you page (a meta refresh: the CMS's CSP allows form posts
    // to itself only, and a browser applies form-action to a redirect after a post).
    const thanks = `${siteUrl}${thankYouPathByKind.callback}`
    expect(done).toContain(`<meta http-equiv="refresh" content="0; url=${thanks}">`)
    expect(done).toContain(`href="${thanks}"`)
    const [lead] = await leadsOf(body.email)
    expect(lead).toMatchObject({ kind: 'callback', message })
    await drainJobs(payload)
    expect(teamMailsAbout(body.email)).toHaveLength(1)
  })

  it('a replayed confirmation makes nothing more; a forged one is refused; neither sends anything', async () => {
    const body = { ...validLead('contact'), formToken: pageToken() }
    const { token } = confirmFormOf(await (await postLead(body, { as: 'form' })).text())
    expect((await confirm(token!)).status).toBe(200)
    const replay = await confirm(token!)
    expect(replay.status).toBe(409)
    expect(await replay.text()).toContain('déjà été envoyée')
    expect(await leadsOf(body.email)).toHaveLength(1)
    await drainJobs(payload)
    expect(teamMailsAbout(body.email)).toHaveLength(1)

    const other = { ...validLead('contact'), formToken: pageToken() }
    const held = confirmFormOf(await (await postLead(other, { as: 'form' })).text())
    const forged = await confirm(`${held.token!.slice(0, -4)}AAAA`)
    expect(forged.status).toBe(400)
    expect(await forged.text()).toContain('n’est pas valide')
    // A confirmation posted from another site is refused too.
    expect((await confirm(held.token!, 'https://evil.example')).status).toBe(403)
    expect(await leadsOf(other.email)).toHaveLength(0)
    expect(await intakesOf(other.email)).toMatchObject([{ reason: 'unconfirmed' }])
  })

  it('unconfirmed, it stays in quarantine for sales (« non confirmée »), then is purged after 30 days', async () => {
    const body = { ...validLead('diagnostic'), formToken: pageToken() }
    const res = await postLead(body, { as: 'form' })
    expect(res.status).toBe(200)
    // A confirmation that comes too late (over a day) confirms nothing: the intake stays held.
    const [intake] = await intakesOf(body.email)
    const late = await confirm(issueConfirmToken(intake!.key, new Date(Date.now() - 25 * 3600e3)))
    expect(late.status).toBe(410)
    expect(await late.text()).toContain('notre équipe')
    const { processLeadIntakes } = await import('../../src/jobs/processLeadIntakes')
    const req = await createLocalReq({}, payload)
    await processLeadIntakes(req)
    expect(await leadsOf(body.email)).toHaveLength(0)
    expect(await intakesOf(body.email)).toMatchObject([
      { status: 'quarantined', reason: 'unconfirmed' },
    ])
    await drainJobs(payload)
    expect(smtp.to(body.email)).toHaveLength(0)
    await processLeadIntakes(req, new Date(Date.now() + 31 * 24 * 3600e3))
    expect(await intakesOf(body.email)).toHaveLength(0)
  })

  it('a form without any token is confirmed the same way; an application keeps its CV', async () => {
    const body = { ...validLead('freelancer_application'), formToken: '' }
    const pdf = pdfFile('cv.pdf')
    const res = await postLead(body, {
      as: 'multipart',
      file: { name: 'cv.pdf', type: 'application/pdf', data: pdf.data },
    })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('Confirmez votre demande')
    expect(html).toContain('CV joint')
    expect((await confirm(confirmFormOf(html).token!)).status).toBe(200)
    const [lead] = await leadsOf(body.email)
    expect(lead?.cv).toBeTruthy()
  })

  it('a JSON post with the page token (a script, or an island without its own token) still goes to quarantine at once', async () => {
    const body = { ...validLead('contact'), formToken: pageToken() }
    expect((await postLead(body)).status).toBe(201)
    expect(await intakesOf(body.email)).toMatchObject([
      { status: 'quarantined', reason: 'pageToken' },
    ])
  })
})
