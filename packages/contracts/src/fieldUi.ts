import { HONEYPOT_FIELD } from './antispam'
import { CV_ACCEPT, CV_FIELD } from './cv'
import { maxLengths } from './fields'
import {
  callbackSlotOptions,
  companySizeOptions,
  expertiseAreaOptions,
  hoursPeriodOptions,
  maxHoursByPeriod,
  regionOptions,
  serviceRoleOptions,
  type Option,
} from './options'
import { attributionFields } from './schemas'

/**
 * How each form field looks (French label, input type, autocomplete token, options, limits),
 * whatever the form it appears in. forms.ts orders them per kind and adds `required`.
 */

export type FormFieldType =
  | 'text'
  | 'email'
  | 'tel'
  | 'url'
  | 'number'
  | 'date'
  | 'textarea'
  | 'select'
  | 'multiselect'
  | 'checkbox'
  | 'hidden'
  | 'file'

export interface FormField {
  name: string
  label: string
  type: FormFieldType
  required: boolean
  /** HTML autocomplete token. */
  autocomplete?: string
  options?: readonly Option[]
  maxLength?: number
  min?: number
  max?: number
  help?: string
  /** Value written into the HTML (hidden fields). Checkboxes are never pre-ticked. */
  defaultValue?: string
  /** For type 'file'. */
  accept?: string
  /** Anti-spam trap: render off-screen, aria-hidden, tabindex -1, autocomplete off. */
  honeypot?: true
}

export type FieldUi = Omit<FormField, 'name' | 'required'>

/** How each field looks; per-kind overrides below. */
export const fieldUi: Record<string, FieldUi> = {
  firstName: {
    label: 'Prénom',
    type: 'text',
    autocomplete: 'given-name',
    maxLength: maxLengths.name,
  },
  lastName: { label: 'Nom', type: 'text', autocomplete: 'family-name', maxLength: maxLengths.name },
  email: {
    label: 'Adresse e-mail professionnelle',
    type: 'email',
    autocomplete: 'email',
    maxLength: maxLengths.email,
    help: 'Par exemple nom@entreprise.fr',
  },
  phone: {
    label: 'Téléphone',
    type: 'tel',
    autocomplete: 'tel',
    maxLength: maxLengths.phone,
    help: 'Par exemple 06 12 34 56 78',
  },
  companyName: {
    label: 'Entreprise',
    type: 'text',
    autocomplete: 'organization',
    maxLength: maxLengths.companyName,
  },
  companySize: { label: 'Effectif', type: 'select', options: companySizeOptions },
  jobRole: {
    label: 'Fonction',
    type: 'text',
    autocomplete: 'organization-title',
    maxLength: maxLengths.jobRole,
  },
  message: { label: 'Votre message', type: 'textarea', maxLength: maxLengths.message },
  needs: { label: 'Vos besoins', type: 'multiselect', options: expertiseAreaOptions },
  preferredSlot: {
    label: 'Quand préférez-vous être rappelé ?',
    type: 'select',
    options: callbackSlotOptions,
  },
  serviceType: { label: 'Profil recherché', type: 'select', options: serviceRoleOptions },
  hours: {
    label: 'Nombre d’heures',
    type: 'number',
    min: 1,
    max: Math.max(...Object.values(maxHoursByPeriod)),
    help: `Au plus ${maxHoursByPeriod.semaine} heures par semaine ou ${maxHoursByPeriod.mois} par mois.`,
  },
  hoursPeriod: { label: 'Période', type: 'select', options: hoursPeriodOptions },
  startDate: {
    label: 'Date de démarrage souhaitée',
    type: 'date',
    help: 'Laissez vide si vous êtes flexible.',
  },
  whitePaperId: { label: 'Livre blanc', type: 'hidden' },
  webinarId: { label: 'Webinaire', type: 'hidden' },
  role: { label: 'Votre métier', type: 'select', options: serviceRoleOptions },
  specialties: { label: 'Vos spécialités', type: 'multiselect', options: expertiseAreaOptions },
  region: { label: 'Votre région', type: 'select', options: regionOptions },
  yearsOfExperience: { label: 'Années d’expérience', type: 'number', min: 0, max: 50 },
  linkedinUrl: {
    label: 'Profil LinkedIn',
    type: 'url',
    autocomplete: 'url',
    maxLength: maxLengths.url,
    help: 'Par exemple https://www.linkedin.com/in/votre-nom',
  },
  [CV_FIELD]: {
    label: 'Votre CV',
    type: 'file',
    accept: CV_ACCEPT,
    help: 'PDF, DOC ou DOCX, 5 Mo au plus.',
  },
  talentPoolOptIn: {
    label: 'J’accepte que ma candidature soit conservée 2 ans pour de futures missions.',
    type: 'checkbox',
    help: 'Sinon, elle est supprimée 3 mois après notre décision.',
  },
  privacyAck: {
    label: 'J’ai lu la notice d’information sur l’utilisation de mes données.',
    type: 'checkbox',
  },
  marketingOptIn: {
    label:
      'J’accepte de recevoir par e-mail les conseils et offres de Vitrine Office Services (désinscription en un clic).',
    type: 'checkbox',
  },
  kind: { label: 'Type de demande', type: 'hidden' },
  noticeVersion: { label: 'Version de la notice', type: 'hidden' },
  formToken: { label: 'Jeton du formulaire', type: 'hidden', maxLength: maxLengths.hidden },
  [HONEYPOT_FIELD]: {
    label: 'Laissez ce champ vide',
    type: 'text',
    autocomplete: 'off',
    honeypot: true,
  },
  ...Object.fromEntries(
    attributionFields.map((name) => [name, { label: name, type: 'hidden' } satisfies FieldUi]),
  ),
}
