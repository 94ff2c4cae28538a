import { describe, expect, it } from 'vitest'
import { announcementFor, isCurrent } from './chrome'
import { nextWebinar, splitWebinars } from './webinars'

const now = new Date('2026-11-26T12:00:00Z')
const webinar = (
  id: number,
  startsAt: string,
  status: 'scheduled' | 'cancelled' = 'scheduled',
) => ({
  id,
  slug: `live-${id}`,
  title: `Live ${id}`,
  startsAt,
  status,
  durationMinutes: 30,
})
const webinars = [
  webinar(1, '2026-11-19T11:30:00.000Z'),
  webinar(2, '2026-12-10T11:30:00.000Z'),
  webinar(3, '2026-12-03T11:30:00.000Z', 'cancelled'),
  webinar(4, '2026-12-17T11:30:00.000Z'),
]
const bar = {
  enabled: true,
  messages: [{ text: 'Prochain live le {date}' }],
  linkLabel: 'Je m’inscris',
  fallback: { label: 'Diagnostic gratuit', url: '/diagnostic-gratuit/' },
}

describe('webinars', () => {
  it('the next webinar is the soonest upcoming one that is not cancelled', () => {
    expect(nextWebinar(webinars, now)?.id).toBe(2)
  })

  it('lists upcoming soonest first (cancelled included, shown as such), then past newest first', () => {
    const { upcoming, past } = splitWebinars(webinars, now)
    expect(upcoming.map((w) => w.id)).toEqual([3, 2, 4])
    expect(past.map((w) => w.id)).toEqual([1])
  })
})

describe('announcement bar', () => {
  it('points at the next webinar with a configured message and its Paris date', () => {
    expect(announcementFor({ announcement: bar }, nextWebinar(webinars, now))).toEqual({
      text: 'Prochain live le jeudi 10 décembre à 12 h 30',
      href: '/webinaires/live-2/',
      label: 'Je m’inscris',
    })
  })

  it('falls back to the configured link without an upcoming webinar', () => {
    expect(announcementFor({ announcement: bar }, undefined)).toEqual({
      href: '/diagnostic-gratuit/',
      label: 'Diagnostic gratuit',
    })
  })

  it('is hidden when disabled', () => {
    expect(announcementFor({ announcement: { ...bar, enabled: false } }, webinars[1])).toBeNull()
  })

  it('always picks the same message for the same webinar', () => {
    const many = {
      ...bar,
      messages: [{ text: 'A {date}' }, { text: 'B {date}' }, { text: 'C {date}' }],
    }
    const first = announcementFor({ announcement: many }, webinars[1])
    expect(announcementFor({ announcement: many }, webinars[1])).toEqual(first)
  })
})

describe('menu state', () => {
  it('marks the current page and its section', () => {
    expect(isCurrent('/blog/', '/blog/')).toBe('page')
    expect(isCurrent('/blog/', '/blog/un-article/')).toBe('true')
    expect(isCurrent('/', '/blog/')).toBeUndefined()
  })
})

describe('announcement bar links from bad stored data', () => {
  it('never writes a javascript: fallback link', () => {
    const bar = { enabled: true, fallback: { label: 'Piège', url: ' JaVaScRiPt:alert(1)' } }
    expect(announcementFor({ announcement: bar }, undefined)?.href ?? '#').toBe('#')
  })
})
