import { HONEYPOT_FIELD } from './antispam'
import { noticeFor, type Notice } from './consent'
import { CV_FIELD } from './cv'
import { fieldUi, type FieldUi, type FormField } from './fieldUi'
import type { LeadKind } from './kinds'
import { leadKinds } from './kinds'
import { attributionFields, leadSchemas } from './schemas'

/**
 * What the islands and the static HTML forms render, per kind: fields in order, with French
 * labels. `required` is read from the schema; options and limits come from the same constants the
 * schemas use, so the form and the validation cannot disagree.
 */

/** Where forms post (on the CMS origin). */
export const LEAD_SUBMIT_PATH = '/api/leads/submit'

export interface LeadForm {
  kind: LeadKind
  submitLabel: string
  enctype: 'application/x-www-form-urlencoded' | 'multipart/form-data'
  notice: Notice
  fields: readonly FormField[]
}

interface KindLayout {
  submitLabel: string
  /** Visible fields, in order; consent boxes and hidden fields are appended for every kind. */
  fields: readonly string[]
  overrides?: Record<string, Partial<FieldUi>>
}

const layouts: Record<LeadKind, KindLayout> = {
  contact: {
    submitLabel: 'Envoyer mon message',
    fields: ['firstName', 'lastName', 'email', 'phone', 'companyName', 'message'],
  },
  callback: {
    submitLabel: 'Être rappelé',
    fields: [
      'firstName',
      'lastName',
      'phone',
      'email',
      'companyName',
      'companySize',
      'preferredSlot',
      'message',
    ],
    overrides: { message: { label: 'Ce dont vous souhaitez parler' } },
  },
  diagnostic: {
    submitLabel: 'Demander mon diagnostic gratuit',
    fields: [
      'firstName',
      'lastName',
      'email',
      'phone',
      'companyName',
      'companySize',
      'jobRole',
      'needs',
      'message',
    ],
    overrides: { message: { label: 'Précisez votre besoin' } },
  },
  quote: {
    submitLabel: 'Recevoir mon devis',
    fields: [
      'firstName',
      'lastName',
      'email',
      'phone',
      'companyName',
      'companySize',
      'jobRole',
      'serviceType',
      'hours',
      'hoursPeriod',
      'startDate',
      'message',
    ],
    overrides: { message: { label: 'Missions à confier' } },
  },
  whitepaper: {
    submitLabel: 'Recevoir le livre blanc',
    fields: [
      'firstName',
      'lastName',
      'email',
      'companyName',
      'companySize',
      'jobRole',
      'phone',
      'whitePaperId',
    ],
  },
  webinar: {
    submitLabel: 'Je m’inscris au webinaire',
    fields: ['firstName', 'lastName', 'email', 'companyName', 'jobRole', 'webinarId'],
  },
  freelancer_application: {
    submitLabel: 'Envoyer ma candidature',
    fields: [
      'firstName',
      'lastName',
      'email',
      'phone',
      'role',
      'specialties',
      'region',
      'yearsOfExperience',
      'linkedinUrl',
      CV_FIELD,
      'message',
      'talentPoolOptIn',
    ],
    overrides: {
      email: { label: 'Adresse e-mail' },
      message: { label: 'Présentez-vous en quelques lignes' },
    },
  },
  newsletter: {
    submitLabel: 'Je m’abonne',
    fields: ['email'],
    overrides: {
      email: { label: 'Adresse e-mail' },
      marketingOptIn: {
        label:
          'J’accepte de recevoir la newsletter de Vitrine Office Services (désinscription en un clic).',
      },
    },
  },
}

const trailing = [
  'privacyAck',
  'marketingOptIn',
  'kind',
  'noticeVersion',
  ...attributionFields,
  'formToken',
  HONEYPOT_FIELD,
]

function buildForm(kind: LeadKind): LeadForm {
  const layout = layouts[kind]
  const shape: Record<string, { safeParse(value: unknown): { success: boolean } }> =
    leadSchemas[kind].shape
  const notice = noticeFor(kind)
  const fields = [...layout.fields, ...trailing].map((name): FormField => {
    const base = fieldUi[name]
    if (!base) throw new Error(`contracts/forms: no UI for field "${name}" of kind "${kind}"`)
    const schema = shape[name]
    const field: FormField = {
      name,
      ...base,
      ...layout.overrides?.[name],
      required: schema ? !schema.safeParse(undefined).success : false,
    }
    if (name === 'kind') field.defaultValue = kind
    if (name === 'noticeVersion') field.defaultValue = notice.version
    return field
  })
  const hasFile = fields.some((field) => field.type === 'file')
  return {
    kind,
    submitLabel: layout.submitLabel,
    enctype: hasFile ? 'multipart/form-data' : 'application/x-www-form-urlencoded',
    notice,
    fields,
  }
}

/** The form of each kind. */
export const leadForms = Object.fromEntries(
  leadKinds.map((kind) => [kind, buildForm(kind)]),
) as Record<LeadKind, LeadForm>

/** How each field travels in a form post, read from the forms (one type per name across kinds). */
export type FieldShape = 'text' | 'number' | 'boolean' | 'list'

export const fieldShapes: Readonly<Record<string, FieldShape>> = Object.fromEntries(
  Object.values(leadForms).flatMap((form) =>
    form.fields.map((field) => [
      field.name,
      field.type === 'checkbox'
        ? 'boolean'
        : field.type === 'multiselect'
          ? 'list'
          : field.type === 'number'
            ? 'number'
            : 'text',
    ]),
  ),
)

/** Fields the person cannot see: their errors mean the page must be reloaded. */
export const hiddenFieldNames: ReadonlySet<string> = new Set(
  Object.values(leadForms).flatMap((form) =>
    form.fields
      .filter((field) => field.type === 'hidden' || field.honeypot)
      .map((field) => field.name),
  ),
)
