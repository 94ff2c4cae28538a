import type { Field } from 'payload'
import { validateLink } from './validateLink'

/** A label + site path (or full URL) pair, for buttons and menu entries. */
export const linkFields = ({ required = true }: { required?: boolean } = {}): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'label', type: 'text', required, label: { fr: 'Libellé', en: 'Label' } },
      {
        name: 'url',
        type: 'text',
        required,
        validate: validateLink,
        label: { fr: 'Lien', en: 'Link' },
        admin: {
          description: {
            fr: 'Ex. /livres-blancs/ ou https://…',
            en: 'E.g. /livres-blancs/ or https://…',
          },
        },
      },
      {
        name: 'style',
        type: 'select',
        defaultValue: 'primary',
        label: { fr: 'Style', en: 'Style' },
        options: [
          { value: 'primary', label: { fr: 'Bouton principal', en: 'Primary' } },
          { value: 'secondary', label: { fr: 'Bouton secondaire', en: 'Secondary' } },
          { value: 'link', label: { fr: 'Lien simple', en: 'Plain link' } },
        ],
      },
    ],
  },
]
