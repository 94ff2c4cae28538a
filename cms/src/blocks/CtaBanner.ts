import type { Block } from 'payload'
import { validateLink } from '../fields/validateLink'

export const CtaBanner: Block = {
  slug: 'ctaBanner',
  interfaceName: 'CtaBannerBlock',
  labels: {
    singular: { fr: 'Bandeau d’appel à l’action', en: 'CTA banner' },
    plural: { fr: 'Bandeaux d’appel à l’action', en: 'CTA banners' },
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' } },
    { name: 'text', type: 'textarea', label: { fr: 'Texte', en: 'Text' } },
    {
      type: 'row',
      fields: [
        {
          name: 'buttonLabel',
          type: 'text',
          required: true,
          label: { fr: 'Texte du bouton', en: 'Button label' },
          defaultValue: 'Demander mon diagnostic gratuit',
        },
        {
          name: 'buttonUrl',
          type: 'text',
          required: true,
          validate: validateLink,
          label: { fr: 'Lien du bouton', en: 'Button link' },
          defaultValue: '/diagnostic-gratuit/',
          admin: {
            description: { fr: 'Adresse du site, ex. /contact/', en: 'Site path, e.g. /contact/' },
          },
        },
      ],
    },
    {
      name: 'style',
      type: 'select',
      defaultValue: 'brand',
      label: { fr: 'Style', en: 'Style' },
      options: [
        { value: 'brand', label: { fr: 'Couleur de la marque', en: 'Brand colour' } },
        { value: 'light', label: { fr: 'Clair', en: 'Light' } },
      ],
    },
  ],
}
