import { z } from 'zod'
import {
  callbackSlots,
  companySizes,
  expertiseAreas,
  hoursPeriods,
  regions,
  serviceRoles,
} from './options'
import { normalizeFrenchPhone, PHONE_MAX_LENGTH } from './phone'

/**
 * The rule of every form field, written once. Schemas (schemas.ts) assemble them per kind;
 * forms (forms.ts) read the same limits. Messages are French and tell the person what to do.
 */

export const maxLengths = {
  name: 100,
  email: 254,
  phone: PHONE_MAX_LENGTH,
  companyName: 200,
  jobRole: 100,
  message: 5000,
  resourceId: 100,
  url: 300,
  hidden: 500,
} as const

/** C0/C1 control characters; tab and line breaks are allowed only in multi-line text. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u

interface TextMessages {
  /** Missing, empty or not a text: what to write. */
  missing: string
  tooLong: string
  /** Control characters or characters outside the allowed set. */
  invalid?: string
}

/** A required single-line text: trimmed, NFC, inner spaces collapsed, no control characters. */
function line(max: number, messages: TextMessages, pattern?: RegExp) {
  const invalid = messages.invalid ?? 'Retirez les caractères spéciaux de ce champ.'
  return z
    .string({ error: messages.missing })
    .normalize('NFC')
    .trim()
    .min(1, messages.missing)
    .refine((value) => !CONTROL.test(value), invalid)
    .refine((value) => value === '' || !pattern || pattern.test(value), invalid)
    .overwrite((value) => value.replace(/\s{2,}/g, ' '))
    .max(max, messages.tooLong)
}

/** Empty strings (or only spaces) count as "not given": for optional fields. */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  )
}

export const firstName = line(
  maxLengths.name,
  {
    missing: 'Indiquez votre prénom.',
    tooLong: `Raccourcissez votre prénom (${maxLengths.name} caractères au plus).`,
    invalid: 'Écrivez votre prénom en lettres (espaces, tirets, apostrophes et points acceptés).',
  },
  NAME,
)

export const lastName = line(
  maxLengths.name,
  {
    missing: 'Indiquez votre nom.',
    tooLong: `Raccourcissez votre nom (${maxLengths.name} caractères au plus).`,
    invalid: 'Écrivez votre nom en lettres (espaces, tirets, apostrophes et points acceptés).',
  },
  NAME,
)

const EMAIL_INVALID = 'Indiquez une adresse e-mail valide, par exemple nom@entreprise.fr.'

/** Lowercased; the pattern is zod's (ASCII, no quoted local parts, a real top-level domain). */
export const email = z
  .string({ error: 'Indiquez votre adresse e-mail, par exemple nom@entreprise.fr.' })
  .trim()
  .toLowerCase()
  .min(1, 'Indiquez votre adresse e-mail, par exemple nom@entreprise.fr.')
  .max(maxLengths.email, `Raccourcissez l’adresse e-mail (${maxLengths.email} caractères au plus).`)
  .refine((value) => value === '' || z.regexes.email.test(value), EMAIL_INVALID)
  .refine((value) => value.indexOf('@') <= 64, EMAIL_INVALID)

const PHONE_INVALID =
  'Indiquez un numéro de téléphone français, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.'

/** Normalised to E.164: +33612345678. */
export const phone = z
  .string({ error: 'Indiquez votre numéro de téléphone, par exemple 06 12 34 56 78.' })
  .trim()
  .min(1, 'Indiquez votre numéro de téléphone, par exemple 06 12 34 56 78.')
  .transform((value, ctx) => {
    const normalized = normalizeFrenchPhone(value)
    if (normalized === null) {
      ctx.issues.push({ code: 'custom', message: PHONE_INVALID, input: value })
      return z.NEVER
    }
    return normalized
  })

export const companyName = line(maxLengths.companyName, {
  missing: 'Indiquez le nom de votre entreprise.',
  tooLong: `Raccourcissez le nom de l’entreprise (${maxLengths.companyName} caractères au plus).`,
})

export const companySize = z.enum(companySizes, {
  error: 'Choisissez l’effectif de votre entreprise dans la liste.',
})

export const jobRole = line(maxLengths.jobRole, {
  missing: 'Indiquez votre fonction, par exemple « Gérant » ou « Directrice administrative ».',
  tooLong: `Raccourcissez votre fonction (${maxLengths.jobRole} caractères au plus).`,
})

/** Multi-line text: line breaks and tabs kept, other control characters refused. */
export const message = z
  .string({ error: 'Écrivez votre message.' })
  .trim()
  .min(1, 'Écrivez votre message.')
  .max(
    maxLengths.message,
    `Raccourcissez votre message (${maxLengths.message} caractères au plus).`,
  )
  .refine(
    (value) => !CONTROL_EXCEPT_LINES.test(value),
    'Retirez les caractères spéciaux de votre message.',
  )

/** A non-empty list of distinct values from a closed list (a group of checkboxes). */
function choices<V extends string>(allowed: readonly [V, ...V[]], messages: TextMessages) {
  return z
    .array(z.enum(allowed, { error: messages.invalid ?? messages.missing }), {
      error: messages.missing,
    })
    .min(1, messages.missing)
    .max(allowed.length, messages.tooLong)
    .refine((list) => new Set(list).size === list.length, messages.tooLong)
}

export const needs = choices(expertiseAreas, {
  missing: 'Cochez au moins un besoin.',
  tooLong: 'Cochez chaque besoin une seule fois.',
  invalid: 'Choisissez vos besoins dans la liste proposée.',
})

export const preferredSlot = z.enum(callbackSlots, {
  error: 'Choisissez le moment où vous préférez être rappelé : matin, midi ou après-midi.',
})

export const serviceType = z.enum(serviceRoles, {
  error: 'Choisissez le profil recherché dans la liste.',
})

/** Whole hours; the per-period ceiling is checked on the quote object (maxHoursByPeriod). */
export const hours = z
  .number({ error: 'Indiquez un nombre d’heures, par exemple 8.' })
  .int('Indiquez un nombre entier d’heures, par exemple 8.')
  .min(1, 'Indiquez au moins 1 heure.')

export const hoursPeriod = z.enum(hoursPeriods, {
  error: 'Précisez si ces heures sont par semaine ou par mois.',
})

const DAY_MS = 24 * 60 * 60 * 1000
const START_DATE_INVALID = 'Indiquez une date réelle au format jj/mm/aaaa, par exemple 15/01/2027.'

/** YYYY-MM-DD from <input type="date">, or jj/mm/aaaa typed by hand → YYYY-MM-DD. */
function isoDay(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value)
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : french
      ? [french[3], french[2]?.padStart(2, '0'), french[1]?.padStart(2, '0')]
      : []
  if (!year || !month || !day) return null
  const text = `${year}-${month}-${day}`
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? text : null
}

/** A calendar day not earlier than yesterday (slack for time zones), output YYYY-MM-DD. */
export const startDate = z
  .string({ error: START_DATE_INVALID })
  .trim()
  .transform((value, ctx) => {
    const day = isoDay(value)
    if (day === null) {
      ctx.issues.push({ code: 'custom', message: START_DATE_INVALID, input: value })
      return z.NEVER
    }
    if (Date.parse(`${day}T00:00:00Z`) < Date.now() - 2 * DAY_MS) {
      ctx.issues.push({
        code: 'custom',
        message: 'Choisissez une date de démarrage à partir d’aujourd’hui.',
        input: value,
      })
      return z.NEVER
    }
    return day
  })

/** Opaque id of a document of the CMS (white paper, webinar), written into the form. */
function resourceId(missing: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(maxLengths.resourceId, missing)
    .regex(/^[\w-]*$/, missing)
}

export const whitePaperId = resourceId(
  'Le livre blanc demandé est introuvable : rechargez la page puis réessayez.',
)
export const webinarId = resourceId(
  'Le webinaire choisi est introuvable : rechargez la page puis réessayez.',
)

export const freelancerRole = z.enum(serviceRoles, {
  error: 'Choisissez votre métier dans la liste.',
})

export const specialties = choices(expertiseAreas, {
  missing: 'Cochez au moins une spécialité.',
  tooLong: 'Cochez chaque spécialité une seule fois.',
  invalid: 'Choisissez vos spécialités dans la liste proposée.',
})

export const region = z.enum(regions, { error: 'Choisissez votre région dans la liste.' })

export const yearsOfExperience = z
  .number({ error: 'Indiquez votre nombre d’années d’expérience, par exemple 5.' })
  .int('Indiquez un nombre entier d’années, par exemple 5.')
  .min(0, 'Indiquez un nombre d’années positif ou nul.')
  .max(50, 'Indiquez au plus 50 années d’expérience.')

const LINKEDIN = /^(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/(?:in|pub)\/[^\s/?#]+\/?$/i

/** A LinkedIn profile address; https:// is added when the person left it out. */
export const linkedinUrl = z
  .string({ error: 'Indiquez l’adresse de votre profil LinkedIn.' })
  .trim()
  .max(maxLengths.url, `Raccourcissez l’adresse (${maxLengths.url} caractères au plus).`)
  .regex(
    LINKEDIN,
    'Indiquez l’adresse de votre profil LinkedIn, par exemple https://www.linkedin.com/in/votre-nom.',
  )
  .transform((value) => (/^https?:\/\//i.test(value) ? value : `https://${value}`))

/** Must be ticked: the person read the privacy notice. A form posts 'on' (see coerce.ts). */
export const privacyAck = z.literal(true, {
  error: 'Cochez la case pour confirmer que vous avez lu la notice d’information.',
})

/** Separate, optional, never pre-ticked: e-mails about offers and news. */
export const marketingOptIn = z
  .boolean({ error: 'Cochez ou décochez la case d’inscription aux actualités.' })
  .default(false)

/** The newsletter is a consent-based processing: its opt-in is the point of the form. */
export const newsletterOptIn = z.literal(true, {
  error: 'Cochez la case pour confirmer votre inscription à la newsletter.',
})

/** Freelancers: keep the application 2 years for future missions (consent; else 3 months). */
export const talentPoolOptIn = z
  .boolean({ error: 'Cochez ou décochez la case de conservation de votre candidature.' })
  .default(false)

/** Version of the privacy notice the form displayed (YYYY-MM-DD), written by the page. */
export const noticeVersion = z
  .string({ error: 'Le formulaire est périmé : rechargez la page puis réessayez.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Le formulaire est périmé : rechargez la page puis réessayez.')

/**
 * Machine-filled tracking text (page, referrer, UTM): the person cannot see or fix it, so it is
 * cleaned, never refused: control characters dropped, trimmed, cut at 500 characters.
 */
export const trackingText = z
  .string({ error: 'Le formulaire est mal formé : rechargez la page puis réessayez.' })
  .transform((value) =>
    value.replace(new RegExp(CONTROL.source, 'g'), '').trim().slice(0, maxLengths.hidden).trim(),
  )
  .transform((value) => (value === '' ? undefined : value))
