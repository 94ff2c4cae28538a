/** The audience is French: every date a person reads is in Paris time, whatever the server's zone. */
export const PARIS_TIME_ZONE = 'Europe/Paris'

type Style = 'full' | 'long' | 'medium' | 'short'
const formats = new Map<string, Intl.DateTimeFormat>()

/** « jeudi 3 décembre 2026 à 11:00 » (full, short) or « 3 déc. 2026, 11:00 » (medium, short). */
export const formatParis = (
  date: Date | string,
  dateStyle: Style = 'full',
  timeStyle: Style = 'short',
): string => {
  const key = `${dateStyle}/${timeStyle}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat('fr-FR', { dateStyle, timeStyle, timeZone: PARIS_TIME_ZONE })
    formats.set(key, format)
  }
  return format.format(new Date(date))
}

/** « 12 h 30 », « 9 h »: French typographic time from a 24-hour hour and minute. */
export const frenchClock = (hour: string | number, minute: string | number): string => {
  const h = String(Number(hour))
  const m = String(minute).padStart(2, '0')
  return m === '00' ? `${h} h` : `${h} h ${m}`
}

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})
const longDay = new Intl.DateTimeFormat('fr-FR', {
  timeZone: PARIS_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

/** « 12 h 30 » in Paris time, whatever the server's zone (as the site and the e-mails write it). */
export const formatParisTime = (date: Date | string): string => {
  const [hour = '0', minute = '00'] = clock.format(new Date(date)).split(':')
  return frenchClock(hour, minute)
}

/** « jeudi 3 décembre 2026 » in Paris time. */
export const formatParisLongDate = (date: Date | string): string => longDay.format(new Date(date))

/** « jeudi 3 décembre 2026 à 12 h 30 » in Paris time: the site's webinar pages and the e-mails. */
export const formatParisDateTime = (date: Date | string): string =>
  `${formatParisLongDate(date)} à ${formatParisTime(date)}`
