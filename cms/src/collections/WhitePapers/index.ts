import type { CollectionConfig } from 'payload'
import { rebuildOnChange, rebuildOnDelete } from '../../hooks/queueRebuild'
import { whitePaperDownloadEndpoint } from '../../endpoints/whitePaperDownload'
import { isEditor } from '../../access/isEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { draftReader } from '../../access/draftReader'
import { publishedAtField } from '../../fields/publishedAtField'
import { articleEditor } from '../../fields/richText'
import { slugField } from '../../fields/slugField'
import { publishableVersions } from '../../fields/versions'
import { previewUrl } from '../../lib/previewUrl'
import { scheduledField } from '../../fields/scheduledField'
import { shownTo } from '../../access/shownTo'
import { publishableAdmin } from '../../fields/publishableAdmin'

export const WhitePapers: CollectionConfig = {
  slug: 'white-papers',
  labels: {
    singular: { fr: 'Livre blanc', en: 'White paper' },
    plural: { fr: 'Livres blancs', en: 'White papers' },
  },
  admin: {
    ...publishableAdmin('title'),
    hidden: shownTo('admin', 'editor'),
    preview: previewUrl('white-papers'),
    useAsTitle: 'title',
    defaultColumns: ['title', '_status', 'scheduled', 'publishedAt'],
    group: { fr: 'Contenus', en: 'Content' },
    description: {
      fr: 'Chaque livre blanc a une page d’atterrissage ; le PDF n’est envoyé par e-mail qu’après le formulaire.',
      en: 'Each white paper has a landing page; the PDF is emailed only after the form.',
    },
  },
  access: {
    create: isEditor,
    read: publishedOrEditor,
    update: isEditor,
    delete: isEditor,
    readVersions: draftReader,
  },
  hooks: { afterChange: [rebuildOnChange], afterDelete: [rebuildOnDelete] },
  // GET /api/white-papers/download?token=… : the signed link of the white-paper e-mail.
  endpoints: [whitePaperDownloadEndpoint],
  versions: publishableVersions,
  defaultSort: '-publishedAt',
  fields: [
    scheduledField(),
    { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' } },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 400,
      label: { fr: 'Résumé', en: 'Summary' },
    },
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      label: { fr: 'Couverture', en: 'Cover' },
    },
    {
      name: 'file',
      type: 'upload',
      relationTo: 'documents',
      required: true,
      label: { fr: 'Fichier PDF', en: 'PDF file' },
      admin: {
        description: {
          fr: 'Reste privé : jamais accessible sans le lien envoyé par e-mail.',
          en: 'Stays private.',
        },
      },
    },
    {
      name: 'learnings',
      type: 'array',
      label: { fr: 'Ce que vous allez apprendre', en: 'What you will learn' },
      minRows: 1,
      maxRows: 8,
      fields: [
        { name: 'point', type: 'text', required: true, label: { fr: 'Point', en: 'Point' } },
      ],
    },
    {
      name: 'body',
      type: 'richText',
      editor: articleEditor,
      label: { fr: 'Contenu de la page', en: 'Landing page content' },
    },
    slugField(),
    publishedAtField(),
    {
      name: 'pageCount',
      type: 'number',
      label: { fr: 'Nombre de pages', en: 'Page count' },
      admin: { position: 'sidebar' },
    },
  ],
}
