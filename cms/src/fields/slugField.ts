import type { Field, FieldHook, TextField } from 'payload'
import { slugify } from '../lib/slugify'

type SlugSource = string | ((data: Record<string, unknown>) => string | undefined)

const deriveSlug =
  (source: SlugSource): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return slugify(value)
    // Stable: once a document has a slug it keeps it unless an editor changes it on purpose.
    if (typeof originalDoc?.slug === 'string' && originalDoc.slug) return originalDoc.slug
    const from =
      typeof source === 'function' ? source(data ?? {}) : (data?.[source] as string | undefined)
    return from ? slugify(from) : value
  }

/**
 * URL segment of a public document: derived from the title on creation, unique, editable,
 * and never silently changed afterwards (a changed slug would break links and SEO). `reserved`:
 * slugs the site keeps for itself, refused with a field error.
 */
export const slugField = (
  source: SlugSource = 'title',
  overrides: Partial<TextField> = {},
  { reserved = [] }: { reserved?: readonly string[] } = {},
): Field =>
  ({
    name: 'slug',
    type: 'text',
    label: { fr: 'Adresse (slug)', en: 'Slug' },
    unique: true,
    index: true,
    required: false,
    admin: {
      position: 'sidebar',
      description: {
        fr: 'Fin de l’adresse de la page. Remplie depuis le titre ; la modifier change le lien public.',
        en: 'End of the public URL. Filled from the title; changing it changes the public link.',
      },
    },
    hooks: { beforeValidate: [deriveSlug(source)] },
    validate: (value: unknown) => {
      if (value == null || value === '') return true
      if (reserved.includes(String(value)))
        return `L’adresse « ${String(value)} » est réservée à une rubrique du site : choisissez-en une autre pour cette page.`
      return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(String(value))
        ? true
        : 'Utilisez seulement des minuscules, des chiffres et des tirets (ex. : office-manager-temps-partage).'
    },
    ...overrides,
  }) as TextField
