import type { CollectionConfig, ImageSize } from 'payload'
import path from 'node:path'
import { publicMedia } from '../access/publicMedia'
import { isEditor } from '../access/isEditor'
import { rebuildOnChange, rebuildOnDelete } from '../hooks/queueRebuild'
import { mediaDir } from '../lib/directories'
import { shownTo } from '../access/shownTo'

const widths = [480, 960, 1600] as const

/** Variants made once at upload: the site only copies them, it never re-encodes. */
const imageSizes: ImageSize[] = [
  ...widths.map((width) => ({
    name: `webp${width}`,
    width,
    withoutEnlargement: true,
    formatOptions: { format: 'webp' as const, options: { quality: 74, effort: 4 } },
  })),
  ...widths.map((width) => ({
    name: `avif${width}`,
    width,
    withoutEnlargement: true,
    formatOptions: { format: 'avif' as const, options: { quality: 55, effort: 1 } },
  })),
  {
    name: 'jpeg960',
    width: 960,
    withoutEnlargement: true,
    formatOptions: { format: 'jpeg', options: { quality: 78, mozjpeg: true } },
  },
  {
    name: 'og',
    width: 1200,
    height: 630,
    position: 'centre',
    formatOptions: { format: 'jpeg', options: { quality: 80, mozjpeg: true } },
  },
]

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { fr: 'Image', en: 'Image' }, plural: { fr: 'Médiathèque', en: 'Media' } },
  admin: {
    hidden: shownTo('admin', 'editor'),
    group: { fr: 'Contenus', en: 'Content' },
    defaultColumns: ['filename', 'alt', 'updatedAt'],
  },
  access: { create: isEditor, read: publicMedia, update: isEditor, delete: isEditor },
  hooks: { afterChange: [rebuildOnChange], afterDelete: [rebuildOnDelete] },
  upload: {
    staticDir: path.join(mediaDir, 'public'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    focalPoint: true,
    crop: true,
    imageSizes,
    adminThumbnail: 'webp480',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: { fr: 'Texte alternatif', en: 'Alt text' },
      admin: {
        description: {
          fr: 'Décrivez l’image pour les personnes qui ne la voient pas (obligatoire, accessibilité RGAA).',
          en: 'Describe the image for people who cannot see it (required).',
        },
      },
    },
    { name: 'credit', type: 'text', label: { fr: 'Crédit', en: 'Credit' } },
  ],
}
