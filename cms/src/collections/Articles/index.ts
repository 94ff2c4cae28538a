import type { CollectionConfig } from 'payload'
import { rebuildOnChange, rebuildOnDelete } from '../../hooks/queueRebuild'
import { isEditor } from '../../access/isEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { draftReader } from '../../access/draftReader'
import { publishedAtField } from '../../fields/publishedAtField'
import { articleEditor } from '../../fields/richText'
import { slugField } from '../../fields/slugField'
import { publishableVersions } from '../../fields/versions'
import { deriveReadingTime } from '../../hooks/deriveReadingTime'
import { previewUrl } from '../../lib/previewUrl'
import { scheduledField } from '../../fields/scheduledField'
import { shownTo } from '../../access/shownTo'
import { publishableAdmin } from '../../fields/publishableAdmin'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: {
    singular: { fr: 'Article', en: 'Article' },
    plural: { fr: 'Articles', en: 'Articles' },
  },
  admin: {
    ...publishableAdmin('title'),
    hidden: shownTo('admin', 'editor'),
    preview: previewUrl('articles'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', '_status', 'scheduled', 'publishedAt', 'updatedAt'],
    group: { fr: 'Contenus', en: 'Content' },
    description: {
      fr: 'Les articles du blog. Enregistrez un brouillon, prévisualisez, puis publiez ou programmez la publication.',
      en: 'Blog articles. Save a draft, preview, then publish or schedule.',
    },
  },
  access: {
    create: isEditor,
    read: publishedOrEditor,
    update: isEditor,
    delete: isEditor,
    readVersions: draftReader,
  },
  versions: publishableVersions,
  defaultSort: '-publishedAt',
  hooks: {
    beforeChange: [deriveReadingTime],
    afterChange: [rebuildOnChange],
    afterDelete: [rebuildOnDelete],
  },
  fields: [
    scheduledField(),
    { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' } },
    {
      name: 'excerpt',
      type: 'textarea',
      required: true,
      maxLength: 320,
      label: { fr: 'Chapô', en: 'Excerpt' },
      admin: {
        description: {
          fr: 'Deux ou trois phrases qui donnent envie de lire : affichées sur les cartes et en tête d’article.',
          en: 'Two or three sentences shown on cards and at the top of the article.',
        },
      },
    },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: { fr: 'Image principale', en: 'Hero image' },
    },
    {
      name: 'body',
      type: 'richText',
      required: true,
      editor: articleEditor,
      label: { fr: 'Contenu', en: 'Body' },
    },
    {
      name: 'relatedArticles',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      maxRows: 3,
      label: { fr: 'Articles liés (facultatif)', en: 'Related articles (optional)' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: {
        description: {
          fr: 'Jusqu’à 3. Sinon le site complète avec les derniers articles de la même catégorie.',
          en: 'Up to 3. Otherwise the site fills in with the latest articles of the same category.',
        },
      },
    },
    slugField(),
    publishedAtField(),
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'categories',
      required: true,
      index: true,
      label: { fr: 'Catégorie', en: 'Category' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'tags',
      type: 'text',
      hasMany: true,
      label: { fr: 'Mots-clés', en: 'Tags' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'author',
      type: 'group',
      label: { fr: 'Auteur', en: 'Author' },
      admin: { position: 'sidebar' },
      fields: [
        {
          name: 'name',
          type: 'text',
          label: { fr: 'Nom', en: 'Name' },
          defaultValue: 'La rédaction',
        },
        { name: 'jobTitle', type: 'text', label: { fr: 'Fonction', en: 'Job title' } },
      ],
    },
    {
      name: 'readingTime',
      type: 'number',
      label: { fr: 'Temps de lecture (min)', en: 'Reading time (min)' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: { fr: 'Calculé automatiquement.', en: 'Computed.' },
      },
    },
  ],
}
