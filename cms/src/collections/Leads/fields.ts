import type { Field } from 'payload'

const readOnly = { readOnly: true }

/**
 * The sidebar of a lead: its consent ledger entry, where it came from, and the dates that decide
 * how long it is kept (computed by hooks/computeRetention.ts). Nobody edits them by hand.
 */
export const ledgerFields: Field[] = [
  {
    name: 'consent',
    type: 'group',
    label: { fr: 'Consentement (RGPD)', en: 'Consent (GDPR)' },
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'noticeVersion',
        type: 'text',
        required: true,
        label: { fr: 'Version de la notice affichée', en: 'Notice version' },
        admin: readOnly,
      },
      {
        name: 'legalBasis',
        type: 'text',
        required: true,
        label: { fr: 'Base légale', en: 'Legal basis' },
        admin: readOnly,
      },
      {
        name: 'marketingOptIn',
        type: 'checkbox',
        defaultValue: false,
        label: { fr: 'Accepte les communications marketing', en: 'Marketing opt-in' },
        admin: readOnly,
      },
      {
        name: 'talentPoolOptIn',
        type: 'checkbox',
        defaultValue: false,
        label: { fr: 'Accepte la conservation 2 ans (candidature)', en: 'Talent pool (2 years)' },
        admin: { ...readOnly, condition: (data) => data?.kind === 'freelancer_application' },
      },
      {
        name: 'at',
        type: 'date',
        required: true,
        label: { fr: 'Recueilli le', en: 'Collected at' },
        admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  },
  {
    name: 'attribution',
    type: 'group',
    label: { fr: 'Provenance', en: 'Attribution' },
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'sourcePage',
        type: 'text',
        label: { fr: 'Page du formulaire', en: 'Form page' },
        admin: readOnly,
      },
      {
        name: 'landingPage',
        type: 'text',
        label: { fr: 'Page d’arrivée', en: 'Landing page' },
        admin: readOnly,
      },
      {
        name: 'referrer',
        type: 'text',
        label: { fr: 'Site référent', en: 'Referrer' },
        admin: readOnly,
      },
      { name: 'utmSource', type: 'text', label: 'utm_source', admin: readOnly },
      { name: 'utmMedium', type: 'text', label: 'utm_medium', admin: readOnly },
      { name: 'utmCampaign', type: 'text', label: 'utm_campaign', admin: readOnly },
      { name: 'utmTerm', type: 'text', label: 'utm_term', admin: readOnly },
      { name: 'utmContent', type: 'text', label: 'utm_content', admin: readOnly },
    ],
  },
  {
    name: 'lastContactAt',
    type: 'date',
    index: true,
    label: { fr: 'Dernier contact à son initiative', en: 'Last own contact' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: {
        fr: 'Point de départ de la durée de conservation.',
        en: 'Retention starts here.',
      },
    },
  },
  {
    name: 'sendsEmails',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    admin: { hidden: true },
    // True for leads from the forms (they get e-mails); false for seeded or imported ones.
  },
  {
    name: 'decidedAt',
    type: 'date',
    label: { fr: 'Décision prise le', en: 'Decided at' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: {
        fr: 'Rempli quand la demande passe à « Gagné » ou « Perdu » (pour une candidature : retenue ou non).',
        en: 'Set when the status becomes won or lost.',
      },
    },
  },
  {
    name: 'retainUntil',
    type: 'date',
    index: true,
    label: { fr: 'Supprimée automatiquement le', en: 'Deleted on' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: {
        fr: 'Fin de la durée de conservation (RGPD). Vide : en attente d’une décision.',
        en: 'End of retention. Empty: waiting for a decision.',
      },
    },
  },
]
