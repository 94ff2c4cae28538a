import type { DateField, FieldHook } from 'payload'

/** Set the first time the document is published; editors may backdate it. */
const setOnFirstPublish: FieldHook = ({ value, data, originalDoc }) => {
  if (value) return value
  if (originalDoc?.publishedAt) return originalDoc.publishedAt
  if (data?._status === 'published') return new Date().toISOString()
  return value
}

/** A minute of slack for clocks; beyond that a future date must go through the scheduler. */
const SLACK_MS = 60_000

/**
 * Publishing now with a date still to come would put the article online at once, dated in the
 * future and first in the blog: refuse it (validation runs only when publishing, not on drafts).
 */
const refuseEarlyPublish: DateField['validate'] = (value, { data, req }) => {
  const status = (data as { _status?: string } | undefined)?._status
  // The seed writes dates from its own clock (a test may seed « a week later »).
  if (status !== 'published' || !value || req?.context?.seed) return true
  if (new Date(value).getTime() <= Date.now() + SLACK_MS) return true
  return 'Cette date de publication est dans le futur : l’article ne peut pas être publié maintenant. Enregistrez le brouillon puis choisissez « Programmer la publication… » (flèche à côté de « Publier »), ou videz la date pour publier tout de suite.'
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
      fr: 'Remplie automatiquement à la première publication. Pour publier plus tard, utilisez « Programmer la publication… ».',
      en: 'Filled automatically on first publish.',
    },
  },
  validate: refuseEarlyPublish,
  hooks: { beforeChange: [setOnFirstPublish] },
  ...overrides,
})
