import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { leadForms, type FormField, type LeadKind } from '@vitrine/contracts'
import { CMS_URL, cmsAll, demoLogin, type Article, type Webinar } from './helpers'

/** The mail catcher's web side (maildev: its REST API lists every e-mail at /api/email). */
export const MAIL_WEB_URL = (process.env.MAIL_WEB_URL || 'http://localhost:1080').replace(/\/$/, '')

export type Placement = { path: string; selector: string }

/**
 * Where a visitor finds each kind of form on the seeded site: pages of the CMS with a lead form
 * block, the article sidebar, the landing pages of a white paper and of an open webinar, the
 * newsletter of the footer (on every page; the blog index here).
 */
export const placements = async (): Promise<Record<LeadKind, Placement>> => {
  const [articles, whitePapers, webinars] = await Promise.all([
    cmsAll<Article>('articles', '&sort=-publishedAt'),
    cmsAll('white-papers'),
    cmsAll<Webinar>('webinars', '&sort=startsAt'),
  ])
  const now = Date.now()
  const open = webinars.find((w) => Date.parse(w.startsAt) > now && w.status !== 'cancelled')
  if (!articles[0] || !whitePapers[0] || !open)
    throw new Error('the seed has no article, white paper or upcoming webinar: seed the CMS first')
  const block = (kind: LeadKind) => `[data-lead-form="${kind}"]`
  return {
    contact: { path: '/contact/', selector: block('contact') },
    callback: { path: `/blog/${articles[0].slug}/`, selector: '#lead-callback-sidebar' },
    diagnostic: { path: '/diagnostic-gratuit/', selector: block('diagnostic') },
    quote: { path: '/services/', selector: block('quote') },
    whitepaper: { path: `/livres-blancs/${whitePapers[0].slug}/`, selector: '#lead-whitepaper' },
    webinar: { path: `/webinaires/${open.slug}/`, selector: '#lead-webinar' },
    freelancer_application: {
      path: '/rejoindre-le-reseau/',
      selector: block('freelancer_application'),
    },
    newsletter: { path: '/blog/', selector: '#lead-newsletter-footer' },
  }
}

let counter = 0
/** An address no earlier run used (the CMS allows 5 leads an hour per address). */
export const uniqueEmail = (tag: string) =>
  `e2e-${tag.replace(/_/g, '-')}-${Date.now()}-${counter++}@example.fr`

/** The label a visitor reads (LeadForm.astro adds « (facultatif) » to optional fields). */
export const labelOf = (field: FormField) =>
  `${field.label}${field.required ? '' : ' (facultatif)'}`

/** A small well-formed PDF (the CMS checks the bytes, Payload the header, xref table and %%EOF). */
const pdf = () => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets = objects.map((object, i) => {
    const offset = body.length
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

export const cvPdf = { name: 'cv-camille-martin.pdf', mimeType: 'application/pdf', buffer: pdf() }

/** Right first bytes, broken file: only the CMS can tell. */
export const brokenPdf = {
  name: 'cv-casse.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n1 0 obj\n'),
}

const texts: Record<string, string> = {
  firstName: 'Camille',
  lastName: 'Martin',
  companyName: 'Atelier Martin',
  jobRole: 'Gérante',
  message: 'Nous cherchons une assistante administrative deux jours par semaine.',
  linkedinUrl: 'https://www.linkedin.com/in/camille-martin',
}

/**
 * Fills every required field of a `kind` form as a visitor would, by its visible label (so the
 * labels are tied to their fields), from the contract's own list of fields. With `cv`, attaches
 * the CV too.
 */
export async function fillValid(
  scope: Locator,
  kind: LeadKind,
  email: string,
  { cv = false } = {},
) {
  for (const field of leadForms[kind].fields) {
    if (field.type === 'hidden' || field.honeypot) continue
    if (field.type === 'file') {
      if (cv) await scope.getByLabel(labelOf(field), { exact: true }).setInputFiles(cvPdf)
      continue
    }
    if (!field.required) continue
    const control = () => scope.getByLabel(labelOf(field), { exact: true })
    switch (field.type) {
      case 'select':
        await control().selectOption({ index: 1 })
        break
      case 'multiselect':
        await scope
          .getByRole('group', { name: labelOf(field) })
          .getByRole('checkbox')
          .first()
          .check()
        break
      case 'checkbox':
        await control().check()
        break
      case 'email':
        await control().fill(email)
        break
      case 'tel':
        await control().fill('06 12 34 56 78')
        break
      case 'number':
        await control().fill(field.name === 'hours' ? '10' : String(Math.max(field.min ?? 0, 5)))
        break
      default:
        await control().fill(texts[field.name] ?? 'Texte de test')
    }
  }
}

type Mail = { subject: string; to: { address: string }[] }

/** The e-mails the mail catcher received for `email`, polled for at most 10 s until one is there. */
export async function expectMailTo(request: APIRequestContext, email: string) {
  let mails: Mail[] = []
  await expect
    .poll(
      async () => {
        const response = await request.get(`${MAIL_WEB_URL}/api/email`)
        expect(response.ok(), `GET ${MAIL_WEB_URL}/api/email`).toBe(true)
        const all = (await response.json()) as Mail[]
        mails = all.filter((mail) => mail.to.some((to) => to.address === email))
        return mails.length
      },
      { timeout: 10_000, message: `an e-mail to ${email} in the mail catcher` },
    )
    .toBeGreaterThan(0)
  return mails
}

let salesToken: Promise<string> | undefined
/** The demo salesperson's session, opened once per worker. */
const salesLogin = () => (salesToken ??= demoLogin('sales'))

export type StoredLead = {
  kind: string
  cv?: number | string | null
  attribution?: Record<string, string | null | undefined>
}

/** The lead stored for `email`, as the sales team sees it in the CMS. */
export async function storedLead(email: string): Promise<StoredLead | undefined> {
  const response = await fetch(
    `${CMS_URL}/api/leads?depth=0&where[email][equals]=${encodeURIComponent(email)}`,
    { headers: { Authorization: `JWT ${await salesLogin()}` } },
  )
  expect(response.ok, `GET ${CMS_URL}/api/leads as sales`).toBe(true)
  return ((await response.json()) as { docs: StoredLead[] }).docs[0]
}

/**
 * A post without JavaScript carries the page's shared token: the CMS answers « Confirmez votre
 * demande » with the answers (docs/adr/0029). Checks that page (`before` runs while it is shown),
 * then presses « Envoyer ma demande » as the visitor does.
 */
export async function confirmWithoutScript(
  page: Page,
  email: string,
  before: () => Promise<void> = async () => undefined,
): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirmez votre demande')
  expect(page.url()).toBe(`${CMS_URL}/api/leads/submit`)
  await expect(page.locator('dl')).toContainText(email)
  await before()
  await page.getByRole('button', { name: 'Envoyer ma demande' }).click()
}

type TeamMail = Mail & { text?: string }

/** The team's notification of the lead of `email` in the mail catcher (polled for at most 10 s). */
export async function expectTeamMailAbout(request: APIRequestContext, email: string) {
  await expect
    .poll(
      async () => {
        const response = await request.get(`${MAIL_WEB_URL}/api/email`)
        const all = (await response.json()) as TeamMail[]
        return all.filter(
          (m) => m.subject.startsWith('Nouvelle demande') && m.text?.includes(email),
        ).length
      },
      { timeout: 10_000, message: `the team's e-mail about ${email} in the mail catcher` },
    )
    .toBe(1)
}
