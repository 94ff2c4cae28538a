import { describe, expect, it } from 'vitest'
import { legalBasisByKind, legalBasisLabels, noticeFor, privacyNotice } from './consent'
import { leadKinds } from './kinds'
import { retentionByKind } from './retention'

describe('privacy notice', () => {
  it.each(leadKinds)(
    '%s: says who, why, on which basis, how long, which rights, where to read more',
    (kind) => {
      const notice = noticeFor(kind)
      expect(notice.version).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(notice.controller).toContain('Vitrine Office Services')
      expect(notice.controller).toContain('SAS')
      expect(notice.controller).toContain('Lyon')
      for (const part of [notice.purpose, notice.legalBasis, notice.retention])
        expect(part).toMatch(/^[A-ZÀ-Ý3]/)
      for (const right of [
        'accéder',
        'rectifier',
        'effacer',
        'opposer',
        'limiter',
        'portabilité',
        'CNIL',
      ]) {
        expect(notice.rights).toContain(right)
      }
      expect(notice.policyPath).toBe('/politique-de-confidentialite/')
    },
  )

  it('states the retention the purge job applies', () => {
    for (const kind of leadKinds) {
      const rule = retentionByKind[kind]
      const text = privacyNotice.byKind[kind].retention
      const years = (months: number) =>
        months % 12 === 0 ? `${months / 12} ans` : `${months} mois`
      expect(text, kind).toContain(years(rule.months))
      if (rule.withConsent) expect(text, kind).toContain(years(rule.withConsent.months))
    }
    expect(retentionByKind.contact).toEqual({ months: 36, from: 'lastContact' })
    expect(retentionByKind.freelancer_application).toMatchObject({ months: 3, from: 'decision' })
    expect(retentionByKind.freelancer_application.withConsent).toMatchObject({ months: 24 })
  })

  it('uses the legal basis that fits each kind', () => {
    expect(legalBasisByKind.newsletter).toBe('consent')
    expect(legalBasisByKind.freelancer_application).toBe('contract')
    for (const kind of ['contact', 'callback', 'diagnostic', 'quote'] as const) {
      expect(legalBasisByKind[kind]).toBe('legitimate_interest')
    }
    expect(legalBasisLabels.contract).toContain('précontractuelles')
    expect(privacyNotice.byKind.newsletter.legalBasis).toMatch(/consentement/)
  })
})
