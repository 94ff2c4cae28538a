import type { CollectionConfig } from 'payload'
import { isEditor } from '../access/isEditor'
import { nobody } from '../access/nobody'
import { republish } from '../endpoints/republish'
import { shownTo } from '../access/shownTo'

/**
 * A journal of changes that alter the public site, written by the rebuild hooks. The publishing
 * widget counts those made since the last successful build ("changes waiting").
 */
export const SiteChanges: CollectionConfig = {
  slug: 'site-changes',
  labels: {
    singular: { fr: 'Modification du site', en: 'Site change' },
    plural: { fr: 'Journal des publications', en: 'Publishing log' },
  },
  admin: {
    hidden: shownTo('admin', 'editor'),
    group: { fr: 'Administration', en: 'Admin' },
    useAsTitle: 'title',
    defaultColumns: ['createdAt', 'action', 'title', 'collection'],
  },
  access: { create: nobody, read: isEditor, update: nobody, delete: isEditor },
  defaultSort: '-createdAt',
  endpoints: [republish],
  fields: [
    { name: 'collection', type: 'text', required: true, label: { fr: 'Type', en: 'Collection' } },
    { name: 'docId', type: 'text', label: { fr: 'Document', en: 'Document' } },
    { name: 'title', type: 'text', label: { fr: 'Titre', en: 'Title' } },
    {
      name: 'action',
      type: 'select',
      required: true,
      label: { fr: 'Action', en: 'Action' },
      options: [
        { value: 'publish', label: { fr: 'Publication / mise à jour', en: 'Publish / update' } },
        { value: 'unpublish', label: { fr: 'Dépublication', en: 'Unpublish' } },
        { value: 'delete', label: { fr: 'Suppression', en: 'Delete' } },
        { value: 'settings', label: { fr: 'Réglages', en: 'Settings' } },
        { value: 'manual', label: { fr: 'Republication manuelle', en: 'Manual republish' } },
        {
          value: 'clock',
          label: {
            fr: 'Échéance (webinaire commencé ou terminé)',
            en: 'Clock (webinar started or ended)',
          },
        },
      ],
    },
    { name: 'by', type: 'relationship', relationTo: 'users', label: { fr: 'Par', en: 'By' } },
  ],
}
