import { describe, expect, it } from 'vitest'
import { fieldError, leadForms, parseLead } from '@vitrine/contracts'
import {
  captureAttribution,
  islandMessages,
  orderedErrors,
  outcomeFromResponse,
  readAttribution,
} from './leadForm'

describe('captureAttribution', () => {
  it('keeps the landing page, a foreign referrer without its query and the utm_* params', () => {
    const result = captureAttribution(
      'https://site.test/blog/x/?utm_source=linkedin&utm_medium=social&utm_campaign=rentree&other=1',
      'https://www.google.com/search?q=secret',
    )
    expect(result).toEqual({
      landingPage: '/blog/x/?utm_source=linkedin&utm_medium=social&utm_campaign=rentree&other=1',
      referrer: 'https://www.google.com/search',
      utmSource: 'linkedin',
      utmMedium: 'social',
      utmCampaign: 'rentree',
    })
  })

  it('leaves out our own pages and unreadable referrers', () => {
    expect(captureAttribution('https://site.test/contact/', 'https://site.test/')).toEqual({
      landingPage: '/contact/',
    })
    expect(captureAttribution('https://site.test/', 'not a url').referrer).toBeUndefined()
  })
})

describe('readAttribution', () => {
  it('reads back what was stored and ignores garbage', () => {
    const stored = JSON.stringify({ landingPage: '/a/', utmSource: 'x', sourcePage: '/z/', n: 1 })
    expect(readAttribution(stored)).toEqual({ landingPage: '/a/', utmSource: 'x' })
    expect(readAttribution(null)).toBeUndefined()
    expect(readAttribution('{oops')).toBeUndefined()
    expect(readAttribution('[1]')).toBeUndefined()
  })
})

describe('outcomeFromResponse', () => {
  it('treats 2xx as success', () => {
    expect(outcomeFromResponse(201, { ok: true })).toEqual({ type: 'success' })
  })

  it('maps server field errors onto field names (first message wins)', () => {
    const outcome = outcomeFromResponse(400, {
      ok: false,
      fieldErrors: { 'needs.0': 'Choix inconnu.', needs: 'Autre.', email: 'E-mail invalide.' },
    })
    expect(outcome).toEqual({
      type: 'invalid',
      fieldErrors: { needs: 'Choix inconnu.', email: 'E-mail invalide.' },
    })
  })

  it('keeps the form error, and explains a 5xx without a body in French', () => {
    expect(outcomeFromResponse(429, { fieldErrors: {}, formError: 'Trop de demandes.' })).toEqual({
      type: 'invalid',
      fieldErrors: {},
      formError: 'Trop de demandes.',
    })
    expect(outcomeFromResponse(502, null)).toEqual({
      type: 'invalid',
      fieldErrors: {},
      formError: islandMessages.server,
    })
  })
})

describe('client-side checks use the contract', () => {
  it('gives the same French message on blur as on submit, ordered like the form', () => {
    const order = leadForms.callback.fields.map((f) => f.name)
    const result = parseLead({ kind: 'callback', phone: '12', email: 'x' }, 'callback')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.fieldErrors.phone).toBe(fieldError('callback', 'phone', '12'))
    expect(result.fieldErrors.phone).toMatch(/[éèàù]|numéro|téléphone/i)
    const names = orderedErrors(order, result.fieldErrors).map(([name]) => name)
    expect(names.indexOf('phone')).toBeLessThan(names.indexOf('email'))
    expect(names[0]).toBe('firstName')
  })
})
