/**
 * Calendar arithmetic in Europe/Paris without a date library: a calendar day is `{ y, m, d }`
 * (m = 1–12), stepped with Date.UTC; the UTC instant of a Paris wall-clock time comes from Intl,
 * so daylight saving time is handled by the platform's time-zone data, not a fixed offset.
 */
import { PARIS_TIME_ZONE } from '@vitrine/contracts/paris-dates'

export const PARIS = PARIS_TIME_ZONE

export type Day = { y: number; m: number; d: number }

const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: PARIS,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  weekday: 'short',
})

/** Paris wall-clock parts of an instant. */
export const parisParts = (at: Date) => {
  const get = (type: string) =>
    partsFormatter.formatToParts(at).find((p) => p.type === type)?.value ?? ''
  return {
    y: Number(get('year')),
    m: Number(get('month')),
    d: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: get('weekday'), // Mon, Tue, … Thu
  }
}

/** Offset of Paris from UTC at that instant, in milliseconds (+1 h in winter, +2 h in summer). */
const parisOffsetMs = (at: Date): number => {
  const p = parisParts(at)
  const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.hour, p.minute, p.second)
  return asUtc - (at.getTime() - at.getUTCMilliseconds())
}

/** The instant at which Paris clocks show `hour:minute` on `day`. */
export const parisTime = (day: Day, hour: number, minute = 0): Date => {
  const wall = Date.UTC(day.y, day.m - 1, day.d, hour, minute)
  let at = new Date(wall - parisOffsetMs(new Date(wall)))
  // A second pass settles days when the offset changes between the guess and the answer.
  at = new Date(wall - parisOffsetMs(at))
  return at
}

export const parisToday = (now = new Date()): Day => {
  const { y, m, d } = parisParts(now)
  return { y, m, d }
}

export const addDays = (day: Day, days: number): Day => {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + days))
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }
}

/** 0 = Sunday … 4 = Thursday (the weekday of a calendar date does not depend on the zone). */
export const weekday = (day: Day): number => new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay()

const THURSDAY = 4

/**
 * Thursday sessions at `hour:minute` Paris time around `now`: the next `upcoming` ones still to
 * start, and the `past` ones already over (a live running right now is neither).
 */
export const thursdaySessions = (
  {
    upcoming,
    past,
    hour = 12,
    minute = 30,
    lengthMinutes = 60,
  }: {
    upcoming: number
    past: number
    hour?: number
    minute?: number
    lengthMinutes?: number
  },
  now = new Date(),
): { upcoming: Date[]; past: Date[] } => {
  const today = parisToday(now)
  const next: Date[] = []
  const before: Date[] = []
  for (let i = 0; next.length < upcoming; i++) {
    const day = addDays(today, i)
    if (weekday(day) !== THURSDAY) continue
    const at = parisTime(day, hour, minute)
    if (at.getTime() > now.getTime()) next.push(at)
  }
  for (let i = 0; before.length < past; i--) {
    const day = addDays(today, i)
    if (weekday(day) !== THURSDAY) continue
    const at = parisTime(day, hour, minute)
    if (at.getTime() + lengthMinutes * 60_000 < now.getTime()) before.push(at)
  }
  return { upcoming: next, past: before }
}

/** `days` before today, at `hour`:00 Paris: stable for every run on the same day. */
export const parisDaysAgo = (days: number, hour = 8, now = new Date()): Date =>
  parisTime(addDays(parisToday(now), -days), hour, 0)
