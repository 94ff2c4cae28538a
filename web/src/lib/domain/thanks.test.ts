import { describe, expect, it } from 'vitest'
import { thanks } from './thanks'

describe('thank-you pages', () => {
  it('speak to every reader: inclusive « inscrit·e », as the webinar confirmation e-mail does', () => {
    expect(thanks.webinar.title).toBe('Vous êtes inscrit·e au webinaire')
    for (const page of Object.values(thanks))
      expect(`${page.title} ${page.text}`).not.toMatch(/\binscrit\b(?!·)/)
  })
})
