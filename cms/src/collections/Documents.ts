import type { CollectionConfig } from 'payload'
import path from 'node:path'
import { isEditor } from '../access/isEditor'
import { mediaDir } from '../lib/directories'
import { shownTo } from '../access/shownTo'

/**
 * Private files: white-paper PDFs. Never publicly readable — visitors get them through a signed,
 * expiring link sent by email after the lead form.
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: {
    singular: { fr: 'Document privé', en: 'Private document' },
    plural: { fr: 'Documents privés', en: 'Private documents' },
  },
  admin: {
    hidden: shownTo('admin', 'editor'),
    group: { fr: 'Contenus', en: 'Content' },
    useAsTitle: 'title',
  },
  access: { create: isEditor, read: isEditor, update: isEditor, delete: isEditor },
  upload: {
    staticDir: path.join(mediaDir, 'private', 'documents'),
    mimeTypes: ['application/pdf'],
  },
  fields: [{ name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' } }],
}
