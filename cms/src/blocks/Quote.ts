import type { Block } from 'payload'

export const Quote: Block = {
  slug: 'quote',
  interfaceName: 'QuoteBlock',
  labels: {
    singular: { fr: 'Citation / encadré', en: 'Quote / callout' },
    plural: { fr: 'Citations / encadrés', en: 'Quotes / callouts' },
  },
  fields: [
    {
      name: 'style',
      type: 'select',
      defaultValue: 'quote',
      label: { fr: 'Type', en: 'Kind' },
      options: [
        { value: 'quote', label: { fr: 'Citation', en: 'Quote' } },
        { value: 'tip', label: { fr: 'Bon à savoir', en: 'Tip' } },
        { value: 'warning', label: { fr: 'Attention', en: 'Warning' } },
      ],
    },
    { name: 'text', type: 'textarea', required: true, label: { fr: 'Texte', en: 'Text' } },
    { name: 'author', type: 'text', label: { fr: 'Auteur (citation)', en: 'Author' } },
    { name: 'role', type: 'text', label: { fr: 'Fonction de l’auteur', en: 'Author role' } },
  ],
}
