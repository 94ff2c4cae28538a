import type { Block } from 'payload'

export const WhitePaperPromo: Block = {
  slug: 'whitePaperPromo',
  interfaceName: 'WhitePaperPromoBlock',
  labels: {
    singular: { fr: 'Promotion d’un livre blanc', en: 'White paper promo' },
    plural: { fr: 'Promotions de livres blancs', en: 'White paper promos' },
  },
  fields: [
    {
      name: 'whitePaper',
      type: 'relationship',
      relationTo: 'white-papers',
      label: { fr: 'Livre blanc', en: 'White paper' },
      admin: {
        description: {
          fr: 'Laissez vide pour mettre en avant automatiquement le dernier livre blanc publié.',
          en: 'Leave empty to feature the latest published white paper.',
        },
      },
    },
    {
      name: 'title',
      type: 'text',
      label: { fr: 'Accroche (facultatif)', en: 'Heading (optional)' },
    },
  ],
}
