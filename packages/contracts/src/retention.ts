import type { LeadKind } from './kinds'

/**
 * How long a lead is kept, in machine form, for the CMS purge job. The French wording of the same
 * rules is in consent.ts (privacyNotice.byKind[kind].retention).
 *
 * - lastContact: the last contact the person initiated (Leads.lastContactAt).
 * - decision: the date the lead reached a decision status (see decisionStatuses in kinds.ts).
 */
export type RetentionStart = 'lastContact' | 'decision'

export interface RetentionPeriod {
  months: number
  from: RetentionStart
}

export interface RetentionRule extends RetentionPeriod {
  /** A longer period that applies when the person ticked this consent box. */
  withConsent?: RetentionPeriod & { consentField: 'talentPoolOptIn' }
}

const PROSPECT: RetentionRule = { months: 36, from: 'lastContact' }

export const retentionByKind: Record<LeadKind, RetentionRule> = {
  contact: PROSPECT,
  callback: PROSPECT,
  diagnostic: PROSPECT,
  quote: PROSPECT,
  whitepaper: PROSPECT,
  webinar: PROSPECT,
  newsletter: PROSPECT,
  freelancer_application: {
    months: 3,
    from: 'decision',
    withConsent: { months: 24, from: 'lastContact', consentField: 'talentPoolOptIn' },
  },
}

/** The period that applies to one lead, given the consents it recorded. */
export function retentionPeriodFor(
  kind: LeadKind,
  consents: { talentPoolOptIn?: boolean | null } = {},
): RetentionPeriod {
  const rule = retentionByKind[kind]
  if (rule.withConsent && consents[rule.withConsent.consentField] === true) {
    return { months: rule.withConsent.months, from: rule.withConsent.from }
  }
  return { months: rule.months, from: rule.from }
}

type DateInput = Date | string | null | undefined

function toDate(value: DateInput): Date | null {
  if (value === null || value === undefined) return null
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** Calendar months in UTC; the 31st plus one month is the last day of the next month. */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime())
  const day = result.getUTCDate()
  result.setUTCDate(1)
  result.setUTCMonth(result.getUTCMonth() + months)
  const lastDay = new Date(
    Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0),
  ).getUTCDate()
  result.setUTCDate(Math.min(day, lastDay))
  return result
}

/**
 * When a lead must be deleted, or null while its starting event has not happened (no decision
 * yet on an application): such a lead is not due.
 */
export function retentionEndsAt(
  period: RetentionPeriod,
  dates: { lastContactAt?: DateInput; decidedAt?: DateInput },
): Date | null {
  const start = toDate(period.from === 'lastContact' ? dates.lastContactAt : dates.decidedAt)
  return start ? addMonths(start, period.months) : null
}
