import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addMonths, retentionEndsAt, retentionPeriodFor } from './retention'

describe('retention', () => {
  it('prospects: 3 years after the last contact they initiated', () => {
    const period = retentionPeriodFor('quote')
    expect(retentionEndsAt(period, { lastContactAt: '2026-03-15T10:00:00Z' })).toEqual(
      new Date('2029-03-15T10:00:00Z'),
    )
  })

  it('freelancers: 3 months after the decision, or 2 years after the last contact with consent', () => {
    const without = retentionPeriodFor('freelancer_application', { talentPoolOptIn: false })
    expect(without).toMatchObject({ months: 3, from: 'decision' })
    // Never decided (F19): 6 months after it was received, never kept for ever.
    expect(
      retentionEndsAt(without, { lastContactAt: '2026-01-01T00:00:00Z', decidedAt: null }),
    ).toEqual(new Date('2026-07-01T00:00:00Z'))
    expect(retentionEndsAt(without, { decidedAt: new Date('2026-11-30T00:00:00Z') })).toEqual(
      new Date('2027-02-28T00:00:00Z'),
    )
    const withConsent = retentionPeriodFor('freelancer_application', { talentPoolOptIn: true })
    expect(withConsent).toEqual({ months: 24, from: 'lastContact' })
  })

  it('adds calendar months, clamping to the end of shorter months', () => {
    expect(addMonths(new Date('2026-01-31T00:00:00Z'), 1)).toEqual(new Date('2026-02-28T00:00:00Z'))
    expect(addMonths(new Date('2027-12-31T08:00:00Z'), 2)).toEqual(new Date('2028-02-29T08:00:00Z'))
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 120 }),
        (date, months) => {
          const result = addMonths(date, months)
          const monthIndex = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth()
          expect(monthIndex(result) - monthIndex(date)).toBe(months)
          expect(result.getUTCDate()).toBeLessThanOrEqual(date.getUTCDate())
          expect(result.getTime() % 86_400_000).toBe(date.getTime() % 86_400_000)
        },
      ),
    )
  })
})
