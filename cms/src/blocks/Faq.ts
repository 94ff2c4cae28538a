import type { Block } from 'payload'

export const Faq: Block = {
  slug: 'faq',
  interfaceName: 'FaqBlock',
  labels: {
    singular: { fr: 'Questions fréquentes', en: 'FAQ' },
    plural: { fr: 'Questions fréquentes', en: 'FAQs' },
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      defaultValue: 'Questions fréquentes',
      label: { fr: 'Titre', en: 'Title' },
    },
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      required: true,
      label: { fr: 'Questions', en: 'Questions' },
      fields: [
        {
          name: 'question',
          type: 'text',
          required: true,
          label: { fr: 'Question', en: 'Question' },
        },
        {
          name: 'answer',
          type: 'textarea',
          required: true,
          label: { fr: 'Réponse', en: 'Answer' },
        },
      ],
    },
  ],
}
