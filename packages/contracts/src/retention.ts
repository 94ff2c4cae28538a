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
  /**
   * For a period counted from a decision: how long after the last contact a lead that never gets
   * one is kept (an application nobody decided on is not kept for ever).
   */
  undecidedMonths?: number
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
    undecidedMonths: 6,
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
  return {
    months: rule.months,
    from: rule.from,
    ...(rule.undecidedMonths ? { undecidedMonths: rule.undecidedMonths } : {}),
  }
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
 * When a lead must be deleted. A period counted from a decision that has not happened yet runs
 * `undecidedMonths` from the last contact instead; null only when no starting date is known.
 */
export function retentionEndsAt(
  period: RetentionPeriod,
  dates: { lastContactAt?: DateInput; decidedAt?: DateInput },
): Date | null {
  const start = toDate(period.from === 'lastContact' ? dates.lastContactAt : dates.decidedAt)
  if (start) return addMonths(start, period.months)
  const contact = toDate(dates.lastContactAt)
  return period.undecidedMonths && contact ? addMonths(contact, period.undecidedMonths) : null
}
