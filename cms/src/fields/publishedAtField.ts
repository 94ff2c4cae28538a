import type { DateField, FieldHook } from 'payload'

/** Set the first time the document is published; editors may backdate it. */
const setOnFirstPublish: FieldHook = ({ value, data, originalDoc }) => {
  if (value) return value
  if (originalDoc?.publishedAt) return originalDoc.publishedAt
  if (data?._status === 'published') return new Date().toISOString()
  return value
}

export const publishedAtField = (overrides: Partial<DateField> = {}): DateField => ({
  name: 'publishedAt',
  type: 'date',
  label: { fr: 'Date de publication', en: 'Published on' },
  index: true,
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' },
    description: {
      fr: 'Remplie automatiquement à la première publication.',
      en: 'Filled automatically on first publish.',
    },
  },
  hooks: { beforeChange: [setOnFirstPublish] },
  ...overrides,
})
