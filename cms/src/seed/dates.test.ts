import { describe, expect, it } from 'vitest'
import { parisDaysAgo, parisTime, thursdaySessions } from './dates'

const paris = (d: Date) =>
  new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(d)

describe('parisTime', () => {
  it('uses UTC+1 in winter and UTC+2 in summer', () => {
    expect(parisTime({ y: 2026, m: 1, d: 15 }, 12, 30).toISOString()).toBe(
      '2026-01-15T11:30:00.000Z',
    )
    expect(parisTime({ y: 2026, m: 7, d: 16 }, 12, 30).toISOString()).toBe(
      '2026-07-16T10:30:00.000Z',
    )
  })
})

describe('thursdaySessions', () => {
  it('crosses the spring change of time without drifting', () => {
    // Friday 20 March 2026; clocks go forward on Sunday 29 March.
    const { upcoming, past } = thursdaySessions(
      { upcoming: 3, past: 2 },
      new Date('2026-03-20T09:00:00Z'),
    )
    expect(upcoming.map((d) => d.toISOString())).toEqual([
      '2026-03-26T11:30:00.000Z',
      '2026-04-02T10:30:00.000Z',
      '2026-04-09T10:30:00.000Z',
    ])
    expect(past.map((d) => d.toISOString())).toEqual([
      '2026-03-19T11:30:00.000Z',
      '2026-03-12T11:30:00.000Z',
    ])
    for (const d of [...upcoming, ...past]) expect(paris(d)).toMatch(/^jeudi .* 12:30$/)
  })

  it('crosses the autumn change of time', () => {
    const { upcoming } = thursdaySessions(
      { upcoming: 2, past: 0 },
      new Date('2026-10-20T09:00:00Z'),
    )
    expect(upcoming.map((d) => d.toISOString())).toEqual([
      '2026-10-22T10:30:00.000Z',
      '2026-10-29T11:30:00.000Z',
    ])
  })

  it('on a Thursday morning, today’s live is still to come; during the live it is neither', () => {
    const morning = thursdaySessions({ upcoming: 1, past: 1 }, new Date('2026-11-26T08:00:00Z'))
    expect(morning.upcoming[0]?.toISOString()).toBe('2026-11-26T11:30:00.000Z')
    expect(morning.past[0]?.toISOString()).toBe('2026-11-19T11:30:00.000Z')
    const during = thursdaySessions({ upcoming: 1, past: 1 }, new Date('2026-11-26T11:45:00Z'))
    expect(during.upcoming[0]?.toISOString()).toBe('2026-12-03T11:30:00.000Z')
    expect(during.past[0]?.toISOString()).toBe('2026-11-19T11:30:00.000Z')
  })
})

describe('parisDaysAgo', () => {
  it('is the same instant for every run on the same Paris day', () => {
    const a = parisDaysAgo(10, 8, new Date('2026-11-26T00:30:00Z'))
    const b = parisDaysAgo(10, 8, new Date('2026-11-26T22:30:00Z'))
    expect(a.toISOString()).toBe(b.toISOString())
    expect(a.toISOString()).toBe('2026-11-16T07:00:00.000Z')
  })
})
