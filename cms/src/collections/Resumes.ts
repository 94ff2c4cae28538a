import type { CollectionConfig } from 'payload'
import path from 'node:path'
import { isAdmin } from '../access/isAdmin'
import { isSales } from '../access/isSales'
import { nobody } from '../access/nobody'
import { mediaDir } from '../lib/directories'

/**
 * CVs attached to freelancer applications. Private: stored outside any public folder, readable
 * (and downloadable through /api/resumes/file/…) only by sales and admins; created only by the
 * submit endpoint after checking the file's first bytes; deleted with their application.
 */
export const Resumes: CollectionConfig = {
  slug: 'resumes',
  labels: {
    singular: { fr: 'CV', en: 'CV' },
    plural: { fr: 'CV des candidats', en: 'Applicant CVs' },
  },
  admin: {
    group: { fr: 'Commercial', en: 'Sales' },
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'createdAt', 'filesize'],
    description: {
      fr: 'Les CV joints aux candidatures freelance. Supprimés automatiquement avec la candidature (durées de conservation RGPD).',
      en: 'CVs attached to freelancer applications; deleted with the application.',
    },
  },
  access: { create: nobody, read: isSales, update: nobody, delete: isAdmin },
  upload: {
    staticDir: path.join(mediaDir, 'private', 'resumes'),
    // Payload sniffs the bytes too; a real .doc is detected as a generic OLE2 file (x-cfb).
    mimeTypes: [
      'application/pdf',
      'application/msword',
      'application/x-cfb',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    // No thumbnails, no public URL: the file is served by Payload's access-checked route only.
    disableLocalStorage: false,
    hideFileInputOnCreate: true,
  },
  fields: [
    {
      name: 'person',
      type: 'email',
      index: true,
      label: { fr: 'Candidat·e', en: 'Applicant' },
      admin: { readOnly: true },
    },
  ],
}
