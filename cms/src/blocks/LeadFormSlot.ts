import type { Block } from 'payload'
import { leadKinds, leadKindLabels } from '@vitrine/contracts'

/** Places one of the site's lead forms in a page (the form itself is defined by the site). */
export const LeadFormSlot: Block = {
  slug: 'leadForm',
  interfaceName: 'LeadFormBlock',
  labels: {
    singular: { fr: 'Formulaire de contact', en: 'Lead form' },
    plural: { fr: 'Formulaires', en: 'Lead forms' },
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'diagnostic',
      label: { fr: 'Formulaire', en: 'Form' },
      options: leadKinds.map((kind) => ({ value: kind, label: leadKindLabels[kind] })),
    },
    { name: 'title', type: 'text', label: { fr: 'Titre', en: 'Title' } },
    { name: 'text', type: 'textarea', label: { fr: 'Texte d’introduction', en: 'Intro text' } },
  ],
}
