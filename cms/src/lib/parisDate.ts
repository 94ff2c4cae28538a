import { formatParisTime, PARIS_TIME_ZONE } from '@vitrine/contracts/paris-dates'

const dayMonthYear = new Intl.DateTimeFormat('fr-FR', {
  timeZone: PARIS_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})
/** '17 janvier 2030 à 9 h 30' in Paris time, whatever the server's zone. */
export const parisDateTime = (value: string | Date): string =>
  `${dayMonthYear.format(new Date(value))} à ${formatParisTime(value)}`
