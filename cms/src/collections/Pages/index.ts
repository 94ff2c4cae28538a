import type { CollectionConfig } from 'payload'
import { reservedPageSlugs } from '@vitrine/contracts/public-paths'
import { rebuildOnChange, rebuildOnDelete } from '../../hooks/queueRebuild'
import { pageBlocks } from '../../blocks'
import { isEditor } from '../../access/isEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { draftReader } from '../../access/draftReader'
import { slugField } from '../../fields/slugField'
import { publishableVersions } from '../../fields/versions'
import { previewUrl } from '../../lib/previewUrl'
import { scheduledField } from '../../fields/scheduledField'
import { shownTo } from '../../access/shownTo'
import { publishableAdmin } from '../../fields/publishableAdmin'

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { fr: 'Page', en: 'Page' }, plural: { fr: 'Pages', en: 'Pages' } },
  admin: {
    ...publishableAdmin('title'),
    hidden: shownTo('admin', 'editor'),
    preview: previewUrl('pages'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'scheduled', 'updatedAt'],
    group: { fr: 'Contenus', en: 'Content' },
    description: {
      fr: 'Pages construites à partir de sections : accueil (slug « accueil »), services, à propos, mentions légales, confidentialité.',
      en: 'Pages built from sections: home (slug "accueil"), services, about, legal.',
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
  versions: publishableVersions,
  fields: [
    scheduledField(),
    { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' } },
    {
      name: 'layout',
      type: 'blocks',
      required: true,
      minRows: 1,
      label: { fr: 'Sections', en: 'Sections' },
      blocks: pageBlocks,
    },
    slugField('title', {}, { reserved: reservedPageSlugs }),
  ],
}
