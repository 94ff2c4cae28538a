const PARIS = 'Europe/Paris'

const dayMonthYear = new Intl.DateTimeFormat('fr-FR', {
  timeZone: PARIS,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})
const hourMinute = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** '9 h 30', '18 h' in Paris time (French typographic style, as the site writes it). */
export const parisTime = (value: string | Date): string => {
  const [hour = '0', minute = '00'] = hourMinute.format(new Date(value)).split(':')
  return minute === '00' ? `${Number(hour)} h` : `${Number(hour)} h ${minute}`
}

/** '17 janvier 2030 à 9 h 30' in Paris time, whatever the server's zone. */
export const parisDateTime = (value: string | Date): string =>
  `${dayMonthYear.format(new Date(value))} à ${parisTime(value)}`
