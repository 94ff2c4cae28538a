// The white-paper e-mail: a signed link, valid 7 days from sending, that streams the private PDF;
// forged, expired or orphaned links get a French page that says how to ask again.
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { bootPayload, shutdownPayload } from './helpers/payload'
import {
  callApi,
  drainJobs,
  postLead,
  resetLimits,
  seedLeadTargets,
  validLead,
} from './helpers/leads'
import { startTestSmtp, TestSmtp, type Mail } from './helpers/smtp'
import { createDownloadToken, DOWNLOAD_LINK_TTL_MS } from '../../src/email/downloadLink'
import { cmsUrl, siteUrl } from '../../src/lib/urls'

let payload: Payload
let smtp: TestSmtp
let targets: Awaited<ReturnType<typeof seedLeadTargets>>

beforeAll(async () => {
  smtp = await startTestSmtp()
  payload = await bootPayload()
  targets = await seedLeadTargets(payload)
})
afterAll(async () => {
  await shutdownPayload(payload)
  await smtp.stop()
})
beforeEach(() => resetLimits())

const download = (token: string) =>
  callApi(new Request(`${cmsUrl}/api/white-papers/download?token=${encodeURIComponent(token)}`))
const linkIn = (mail: Mail) =>
  mail.text.match(/https?:\/\/\S+\/api\/white-papers\/download\?token=[^\s\])]+/)?.[0]

describe('white paper', () => {
  it('the e-mail carries a link that streams the private PDF while valid', async () => {
    const body = validLead('whitepaper', { whitePaperId: String(targets.whitePaper.id) })
    expect((await postLead(body)).status).toBe(201)
    await drainJobs(payload)
    const [mail] = smtp.to(body.email as string)
    expect(mail?.subject).toBe('Votre livre blanc : Guide de l’externalisation')
    const link = linkIn(mail!)
    expect(link).toBeTruthy()
    expect(mail!.text).toMatch(/valable jusqu’au/)
    const res = await callApi(new Request(link!))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('cache-control')).toContain('no-store')
    const pdf = Buffer.from(await res.arrayBuffer())
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('the PDF itself is never publicly readable', async () => {
    const doc = await payload.findByID({ collection: 'documents', id: targets.document.id })
    const res = await callApi(new Request(`${cmsUrl}/api/documents/file/${doc.filename}`))
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })

  it('an expired link gets a French page that links to the landing page to ask again', async () => {
    const [lead] = (
      await payload.find({
        collection: 'leads',
        where: { kind: { equals: 'whitepaper' } },
        limit: 1,
      })
    ).docs
    const eightDaysAgo = new Date(Date.now() - DOWNLOAD_LINK_TTL_MS - 86400e3)
    const { token } = createDownloadToken(lead!.id, targets.whitePaper.id, eightDaysAgo)
    const res = await download(token)
    expect(res.status).toBe(410)
    const html = await res.text()
    expect(html).toContain('Ce lien de téléchargement a expiré')
    expect(html).toContain(`href="${siteUrl}/livres-blancs/${targets.whitePaper.slug}/"`)
    expect(html).not.toContain('%PDF')
  })

  it('still valid at 6 days 23 hours, refused just after 7 days (controlled clock)', async () => {
    const [lead] = (
      await payload.find({
        collection: 'leads',
        where: { kind: { equals: 'whitepaper' } },
        limit: 1,
      })
    ).docs
    const issued = new Date(Date.now() - DOWNLOAD_LINK_TTL_MS + 3600e3)
    expect(
      (await download(createDownloadToken(lead!.id, targets.whitePaper.id, issued).token)).status,
    ).toBe(200)
    const older = new Date(Date.now() - DOWNLOAD_LINK_TTL_MS - 1000)
    expect(
      (await download(createDownloadToken(lead!.id, targets.whitePaper.id, older).token)).status,
    ).toBe(410)
  })

  it('a forged or tampered link gets a French explanation, never the file', async () => {
    const [lead] = (
      await payload.find({
        collection: 'leads',
        where: { kind: { equals: 'whitepaper' } },
        limit: 1,
      })
    ).docs
    const { token } = createDownloadToken(lead!.id, targets.whitePaper.id)
    const parts = token.split('.')
    // Another id (ids are opaque: numbers on SQLite, ObjectIds on MongoDB).
    const otherLead = Buffer.from(`${String(lead!.id)}0`).toString('base64url')
    for (const forged of [
      `${parts[0]}.${otherLead}.${parts.slice(2).join('.')}`,
      `${token.slice(0, -2)}xx`,
      'abc',
      '',
    ]) {
      const res = await download(forged)
      expect(res.status).toBe(403)
      const html = await res.text()
      expect(html).toContain('n’est pas valide')
      expect(html).toContain(`${siteUrl}/livres-blancs/`)
    }
  })

  it('a link stops working once the lead is erased', async () => {
    const body = validLead('whitepaper', { whitePaperId: String(targets.whitePaper.id) })
    await postLead(body)
    const [lead] = (
      await payload.find({ collection: 'leads', where: { email: { equals: body.email } } })
    ).docs
    const { token } = createDownloadToken(lead!.id, targets.whitePaper.id)
    await payload.delete({ collection: 'leads', id: lead!.id })
    expect((await download(token)).status).toBe(404)
  })
})
