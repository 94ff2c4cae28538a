import type { Block } from 'payload'
import { linkFields } from '../fields/linkFields'

export const CardGrid: Block = {
  slug: 'cardGrid',
  interfaceName: 'CardGridBlock',
  labels: {
    singular: { fr: 'Grille de cartes', en: 'Card grid' },
    plural: { fr: 'Grilles de cartes', en: 'Card grids' },
  },
  fields: [
    { name: 'title', type: 'text', label: { fr: 'Titre', en: 'Title' } },
    { name: 'intro', type: 'textarea', label: { fr: 'Introduction', en: 'Intro' } },
    {
      name: 'source',
      type: 'select',
      required: true,
      defaultValue: 'manual',
      label: { fr: 'Contenu des cartes', en: 'Cards from' },
      options: [
        { value: 'manual', label: { fr: 'Cartes saisies ci-dessous', en: 'Cards below' } },
        { value: 'articles', label: { fr: 'Derniers articles', en: 'Latest articles' } },
        { value: 'white-papers', label: { fr: 'Livres blancs', en: 'White papers' } },
        { value: 'webinars', label: { fr: 'Prochains webinaires', en: 'Upcoming webinars' } },
        { value: 'freelancers', label: { fr: 'Freelances du réseau', en: 'Network freelancers' } },
      ],
    },
    {
      name: 'limit',
      type: 'number',
      defaultValue: 3,
      min: 1,
      max: 12,
      label: { fr: 'Nombre de cartes', en: 'Number of cards' },
      admin: { condition: (_, sibling) => sibling?.source !== 'manual' },
    },
    {
      name: 'cards',
      type: 'array',
      label: { fr: 'Cartes', en: 'Cards' },
      admin: { condition: (_, sibling) => sibling?.source === 'manual' },
      fields: [
        { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' } },
        { name: 'text', type: 'textarea', label: { fr: 'Texte', en: 'Text' } },
        { name: 'icon', type: 'text', label: { fr: 'Icône (facultatif)', en: 'Icon (optional)' } },
        ...linkFields({ required: false }),
      ],
    },
  ],
}
