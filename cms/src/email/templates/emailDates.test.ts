import { createElement } from 'react'
import { render, toPlainText } from '@react-email/render'
import { describe, expect, it } from 'vitest'
import { WebinarConfirmation, WebinarReminder } from './WebinarEmails'
import { WhitePaperLink } from './WhitePaperLink'

const site = {
  siteUrl: 'https://www.exemple.fr',
  policyUrl: 'https://www.exemple.fr/politique-de-confidentialite/',
  privacyEmail: 'donnees@exemple.fr',
}
// Thursday 3 December 2026, 12:30 in Paris (UTC+1), as the site's webinar page shows it.
const webinar = {
  title: 'Déléguer sa facturation',
  startsAt: '2026-12-03T11:30:00.000Z',
  durationMinutes: 45,
  joinUrl: 'https://visio.exemple.fr/w/1',
  pageUrl: 'https://www.exemple.fr/webinaires/deleguer/',
}
const text = async (element: ReturnType<typeof createElement>) => toPlainText(await render(element))

describe('times in the e-mails read as on the site (« 12 h 30 », never « 12:30 »)', () => {
  it('webinar confirmation and reminder: the site’s « jeudi 3 décembre 2026 à 12 h 30 »', async () => {
    for (const element of [
      createElement(WebinarConfirmation, { webinar, site }),
      createElement(WebinarReminder, { webinar, site, which: 'day' }),
    ]) {
      const body = await text(element)
      expect(body).toContain('jeudi 3 décembre 2026 à 12 h 30')
      expect(body).not.toMatch(/\b\d{1,2}:\d{2}\b/)
      // Inclusive wording, as the site's thank-you page (« Vous êtes inscrit·e »).
      expect(body).not.toMatch(/\binscrit\b(?!·)/)
    }
  })

  it('white paper link: its expiry in the same words', async () => {
    const body = await text(
      createElement(WhitePaperLink, {
        title: 'Le guide',
        downloadUrl: 'https://cms.exemple.fr/dl/1',
        expiresAt: new Date('2026-12-10T08:00:00.000Z'),
        landingUrl: 'https://www.exemple.fr/livres-blancs/guide/',
        site,
      }),
    )
    expect(body).toContain('jeudi 10 décembre 2026 à 9 h')
    expect(body).not.toMatch(/\b\d{1,2}:\d{2}\b/)
  })
})
