import type { CollectionConfig } from 'payload'
import { rebuildOnChange, rebuildOnDelete } from '../hooks/queueRebuild'
import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { slugField } from '../fields/slugField'
import { shownTo } from '../access/shownTo'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: {
    singular: { fr: 'Catégorie', en: 'Category' },
    plural: { fr: 'Catégories', en: 'Categories' },
  },
  admin: {
    hidden: shownTo('admin', 'editor'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug'],
    group: { fr: 'Contenus', en: 'Content' },
  },
  access: { create: isEditor, read: anyone, update: isEditor, delete: isEditor },
  hooks: { afterChange: [rebuildOnChange], afterDelete: [rebuildOnDelete] },
  fields: [
    { name: 'title', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
    slugField(),
    {
      name: 'description',
      type: 'textarea',
      label: { fr: 'Description', en: 'Description' },
      admin: {
        description: {
          fr: 'Affichée en tête de la page de la catégorie.',
          en: 'Shown on the category page.',
        },
      },
    },
  ],
}
