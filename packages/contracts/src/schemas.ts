import { z } from 'zod'
import { formToken, HONEYPOT_FIELD, honeypot } from './antispam'
import * as field from './fields'
import { optional } from './fields'
import type { LeadKind } from './kinds'
import { maxHoursByPeriod, type HoursPeriod } from './options'

/**
 * One schema per lead form, assembled from the field rules of fields.ts. The island validates
 * with it, the CMS endpoint safeParses the same one. Unknown keys are dropped.
 */

/** Where the lead came from: filled by the page, cleaned (never refused), all optional. */
const attributionShape = {
  sourcePage: optional(field.trackingText),
  referrer: optional(field.trackingText),
  landingPage: optional(field.trackingText),
  utmSource: optional(field.trackingText),
  utmMedium: optional(field.trackingText),
  utmCampaign: optional(field.trackingText),
  utmTerm: optional(field.trackingText),
  utmContent: optional(field.trackingText),
}

export type AttributionField = keyof typeof attributionShape
export const attributionFields = Object.keys(attributionShape) as AttributionField[]

/** Present on every form: consent, notice version, attribution, anti-spam. */
const commonShape = {
  privacyAck: field.privacyAck,
  marketingOptIn: field.marketingOptIn,
  noticeVersion: optional(field.noticeVersion),
  ...attributionShape,
  [HONEYPOT_FIELD]: optional(honeypot),
  formToken: optional(formToken),
}

const person = {
  firstName: field.firstName,
  lastName: field.lastName,
  email: field.email,
}

export const contactSchema = z.object({
  kind: z.literal('contact'),
  ...person,
  phone: optional(field.phone),
  companyName: optional(field.companyName),
  message: field.message,
  ...commonShape,
})

export const callbackSchema = z.object({
  kind: z.literal('callback'),
  ...person,
  phone: field.phone,
  companyName: field.companyName,
  companySize: optional(field.companySize),
  preferredSlot: field.preferredSlot,
  message: optional(field.message),
  ...commonShape,
})

export const diagnosticSchema = z.object({
  kind: z.literal('diagnostic'),
  ...person,
  phone: field.phone,
  companyName: field.companyName,
  companySize: field.companySize,
  jobRole: optional(field.jobRole),
  needs: field.needs,
  message: optional(field.message),
  ...commonShape,
})

function hoursAreChecked(value: unknown): value is { hours: number; hoursPeriod: HoursPeriod } {
  if (typeof value !== 'object' || value === null) return false
  const { hours, hoursPeriod } = value as Record<string, unknown>
  return (
    Number.isInteger(hours) && typeof hoursPeriod === 'string' && hoursPeriod in maxHoursByPeriod
  )
}

export const quoteSchema = z
  .object({
    kind: z.literal('quote'),
    ...person,
    phone: field.phone,
    companyName: field.companyName,
    companySize: optional(field.companySize),
    jobRole: optional(field.jobRole),
    serviceType: field.serviceType,
    hours: field.hours,
    hoursPeriod: field.hoursPeriod,
    startDate: optional(field.startDate),
    message: optional(field.message),
    ...commonShape,
  })
  .superRefine(
    (quote, ctx) => {
      const max = maxHoursByPeriod[quote.hoursPeriod]
      if (quote.hours > max) {
        const per = quote.hoursPeriod === 'semaine' ? 'par semaine' : 'par mois'
        ctx.addIssue({
          code: 'custom',
          path: ['hours'],
          message: `Indiquez au plus ${max} heures ${per}.`,
        })
      }
    },
    { when: (payload) => hoursAreChecked(payload.value) },
  )

export const whitepaperSchema = z.object({
  kind: z.literal('whitepaper'),
  ...person,
  companyName: field.companyName,
  companySize: optional(field.companySize),
  jobRole: optional(field.jobRole),
  phone: optional(field.phone),
  whitePaperId: field.whitePaperId,
  ...commonShape,
})

export const webinarSchema = z.object({
  kind: z.literal('webinar'),
  ...person,
  companyName: optional(field.companyName),
  jobRole: optional(field.jobRole),
  webinarId: field.webinarId,
  ...commonShape,
})

export const freelancerApplicationSchema = z.object({
  kind: z.literal('freelancer_application'),
  ...person,
  phone: field.phone,
  role: field.freelancerRole,
  specialties: field.specialties,
  region: field.region,
  yearsOfExperience: field.yearsOfExperience,
  linkedinUrl: optional(field.linkedinUrl),
  message: optional(field.message),
  talentPoolOptIn: field.talentPoolOptIn,
  ...commonShape,
})

export const newsletterSchema = z.object({
  kind: z.literal('newsletter'),
  email: field.email,
  ...commonShape,
  marketingOptIn: field.newsletterOptIn,
})

/** The schema of each kind. */
export const leadSchemas = {
  contact: contactSchema,
  callback: callbackSchema,
  diagnostic: diagnosticSchema,
  quote: quoteSchema,
  whitepaper: whitepaperSchema,
  webinar: webinarSchema,
  freelancer_application: freelancerApplicationSchema,
  newsletter: newsletterSchema,
} as const satisfies Record<LeadKind, z.ZodObject>

/** Any lead, told apart by `kind`. parseLead (errors.ts) gives French messages for it. */
export const leadSubmissionSchema = z.discriminatedUnion(
  'kind',
  [
    contactSchema,
    callbackSchema,
    diagnosticSchema,
    quoteSchema,
    whitepaperSchema,
    webinarSchema,
    freelancerApplicationSchema,
    newsletterSchema,
  ],
  { error: 'Type de demande inconnu : rechargez la page puis réessayez.' },
)

/** What a form sends (before parsing) for kind K. */
export type LeadInput<K extends LeadKind = LeadKind> = z.input<(typeof leadSchemas)[K]>
/** What a valid lead of kind K looks like after parsing (trimmed, normalised). */
export type LeadData<K extends LeadKind = LeadKind> = z.output<(typeof leadSchemas)[K]>
export type LeadSubmission = z.output<typeof leadSubmissionSchema>

/** Every field name some lead schema knows. */
export const leadFieldNames: readonly string[] = [
  ...new Set(Object.values(leadSchemas).flatMap((schema) => Object.keys(schema.shape))),
]
