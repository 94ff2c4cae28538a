import { describe, expect, it } from 'vitest'
import { formatParisDateTime, formatParisTime, frenchClock } from './parisDates'

describe('French typographic times, Paris time', () => {
  it('writes « 12 h 30 » and « 9 h », never « 12:30 »', () => {
    expect(frenchClock('09', '00')).toBe('9 h')
    expect(frenchClock(12, 5)).toBe('12 h 05')
    expect(formatParisTime('2026-12-03T11:30:00.000Z')).toBe('12 h 30') // winter, UTC+1
    expect(formatParisTime('2026-07-02T07:00:00.000Z')).toBe('9 h') // summer, UTC+2
    expect(formatParisTime('2026-12-03T23:15:00.000Z')).toBe('0 h 15')
  })

  it('dates the way the site and the e-mails both print them', () => {
    expect(formatParisDateTime('2026-12-03T11:30:00.000Z')).toBe('jeudi 3 décembre 2026 à 12 h 30')
  })
})
