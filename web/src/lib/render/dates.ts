import { formatParisLongDate, frenchClock, PARIS_TIME_ZONE } from '@vitrine/contracts/paris-dates'

/** Dates as the French audience reads them, always in Europe/Paris whatever the build machine. */
export const TIME_ZONE = PARIS_TIME_ZONE

type Parts = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>

const numeric = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

const toDate = (value: string | Date) => (value instanceof Date ? value : new Date(value))

/**
 * Wall-clock parts in Paris. `formatToParts` is slow and a build asks for the same instants on many
 * pages (an article's dates on its page, its cards, the feeds): remembered per instant.
 */
const partsCache = new Map<number, Parts>()
const parisParts = (value: string | Date): Parts => {
  const date = toDate(value)
  const key = date.getTime()
  let parts = partsCache.get(key)
  if (!parts) {
    if (partsCache.size >= 50_000) partsCache.clear()
    parts = Object.fromEntries(
      numeric.formatToParts(date).map((part) => [part.type, part.value]),
    ) as Parts
    partsCache.set(key, parts)
  }
  return parts
}

/** Paris offset at that instant, '+01:00' (winter) or '+02:00' (summer). */
export const parisOffset = (value: string | Date): string => {
  const date = toDate(value)
  const p = parisParts(date)
  const wallAsUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second)
  const minutes = Math.round((wallAsUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000)
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/** ISO 8601 in Paris local time with its offset: '2026-12-03T12:30:00+01:00' (schema.org Event). */
export const parisIso = (value: string | Date): string => {
  const p = parisParts(value)
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${parisOffset(value)}`
}

const shortDate = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})
const monthYearFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  month: 'long',
  year: 'numeric',
})

/** '12 h 30', '9 h' (French typographic time, the same words as the e-mails). */
export const formatTime = (value: string | Date): string => {
  const p = parisParts(value)
  return frenchClock(p.hour, p.minute)
}

/** 'jeudi 3 décembre 2026 à 12 h 30' */
export const formatDateTime = (value: string | Date): string =>
  `${formatParisLongDate(value)} à ${formatTime(value)}`

/** 'jeudi 3 décembre 2026' */
export const formatLongDate = (value: string | Date): string => formatParisLongDate(value)

/** '3 décembre 2026' */
export const formatDate = (value: string | Date): string => shortDate.format(toDate(value))

/** 'septembre 2022' */
export const formatMonthYear = (value: string | Date): string =>
  monthYearFormat.format(toDate(value))

/** 'YYYY-MM-DD' of the Paris calendar day (for <time datetime>). */
export const parisDay = (value: string | Date): string => {
  const p = parisParts(value)
  return `${p.year}-${p.month}-${p.day}`
}

const dayMonth = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
})

/** 'jeudi 3 décembre à 12 h 30' (no year: for the announcement bar). */
export const formatDayTime = (value: string | Date): string =>
  `${dayMonth.format(toDate(value))} à ${formatTime(value)}`
