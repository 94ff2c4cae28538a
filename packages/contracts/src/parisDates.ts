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
