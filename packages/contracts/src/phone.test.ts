import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatFrenchPhone, normalizeFrenchPhone } from './phone'
import { frenchPhone } from './testing/arbitraries'

describe('normalizeFrenchPhone', () => {
  it('reads the usual ways of writing a French number into E.164', () => {
    fc.assert(
      fc.property(frenchPhone, ([raw, e164]) => {
        expect(normalizeFrenchPhone(String(raw).trim())).toBe(e164)
      }),
    )
  })

  it('gives overseas numbers their own country code', () => {
    expect(normalizeFrenchPhone('0262 12 34 56')).toBe('+262262123456')
    expect(normalizeFrenchPhone('0692 12 34 56')).toBe('+262692123456')
    expect(normalizeFrenchPhone('+262 692 12 34 56')).toBe('+262692123456')
    expect(normalizeFrenchPhone('0590 12 34 56')).toBe('+590590123456')
    expect(normalizeFrenchPhone('0696 12 34 56')).toBe('+596696123456')
    expect(normalizeFrenchPhone('+594 594 12 34 56')).toBe('+594594123456')
  })

  it('refuses what is not a French number', () => {
    for (const raw of [
      '',
      '12',
      '06 12 34 56',
      '06 12 34 56 78 9',
      '00 12 34 56 78',
      '+44 20 7946 0958',
      '+1 212 555 0199',
      '06 ab 34 56 78',
      '(06) 12 34 56 78',
      '+33 06 12 34 56 78 9',
      '０６１２３４５６７８',
    ]) {
      expect(normalizeFrenchPhone(raw), raw).toBeNull()
    }
  })

  it('formatting back gives a number that reads to the same E.164', () => {
    fc.assert(
      fc.property(frenchPhone, ([, e164]) => {
        const written = formatFrenchPhone(String(e164))
        expect(written).toMatch(/^0\d( \d{2}){4}$/)
        expect(normalizeFrenchPhone(written)).toBe(e164)
      }),
    )
  })
})
