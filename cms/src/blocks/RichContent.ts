import type { Block } from 'payload'

export const RichContent: Block = {
  slug: 'richContent',
  interfaceName: 'RichContentBlock',
  labels: {
    singular: { fr: 'Texte riche', en: 'Rich text' },
    plural: { fr: 'Textes riches', en: 'Rich texts' },
  },
  fields: [
    { name: 'content', type: 'richText', required: true, label: { fr: 'Contenu', en: 'Content' } },
  ],
}
