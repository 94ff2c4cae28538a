import type { Block } from 'payload'

export const valuePropIcons = [
  { value: 'users', label: { fr: 'Ressources / équipe', en: 'People' } },
  { value: 'euro', label: { fr: 'Budget', en: 'Budget' } },
  { value: 'clock', label: { fr: 'Flexibilité / temps', en: 'Time' } },
  { value: 'shield', label: { fr: 'Confiance', en: 'Trust' } },
  { value: 'bolt', label: { fr: 'Rapidité', en: 'Speed' } },
  { value: 'chart', label: { fr: 'Croissance', en: 'Growth' } },
]

export const ValueProps: Block = {
  slug: 'valueProps',
  interfaceName: 'ValuePropsBlock',
  labels: {
    singular: { fr: 'Arguments clés', en: 'Value propositions' },
    plural: { fr: 'Arguments clés', en: 'Value propositions' },
  },
  fields: [
    { name: 'title', type: 'text', label: { fr: 'Titre (facultatif)', en: 'Title (optional)' } },
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      maxRows: 6,
      required: true,
      label: { fr: 'Arguments', en: 'Items' },
      fields: [
        {
          name: 'icon',
          type: 'select',
          required: true,
          defaultValue: 'users',
          label: { fr: 'Icône', en: 'Icon' },
          options: valuePropIcons,
        },
        { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' } },
        { name: 'text', type: 'textarea', required: true, label: { fr: 'Texte', en: 'Text' } },
      ],
    },
  ],
}
