import { formatParis } from '@vitrine/contracts/paris-dates'

/** Public addresses every e-mail to a visitor links to. */
export type SiteLinks = { siteUrl: string; policyUrl: string; privacyEmail: string }

/** « jeudi 3 décembre 2026 à 11:00 » in Paris time, whatever the server's zone. */
export const parisDateTime = (date: Date | string) => formatParis(date)
