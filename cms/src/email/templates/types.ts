import { formatParisDateTime } from '@vitrine/contracts/paris-dates'

/** Public addresses every e-mail to a visitor links to. */
export type SiteLinks = { siteUrl: string; policyUrl: string; privacyEmail: string }

/** « jeudi 3 décembre 2026 à 12 h 30 » in Paris time, the site's own wording for a date and time. */
export const parisDateTime = (date: Date | string) => formatParisDateTime(date)
