import type { Block } from 'payload'
import { linkFields } from '../fields/linkFields'

export const Hero: Block = {
  slug: 'hero',
  interfaceName: 'HeroBlock',
  labels: {
    singular: { fr: 'Bandeau d’en-tête', en: 'Hero' },
    plural: { fr: 'Bandeaux d’en-tête', en: 'Heroes' },
  },
  fields: [
    { name: 'eyebrow', type: 'text', label: { fr: 'Sur-titre', en: 'Eyebrow' } },
    { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' } },
    { name: 'text', type: 'textarea', label: { fr: 'Texte', en: 'Text' } },
    { name: 'image', type: 'upload', relationTo: 'media', label: { fr: 'Image', en: 'Image' } },
    {
      name: 'actions',
      type: 'array',
      maxRows: 2,
      label: { fr: 'Boutons', en: 'Buttons' },
      fields: linkFields(),
    },
  ],
}
