import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { shownTo } from '../access/shownTo'

/**
 * The trace of each RGPD erasure (endpoints/privacy): who erased, when, how many records of each
 * kind. Never the erased data itself — not even the address. Written by the system only.
 */
export const ErasureLog: CollectionConfig = {
  slug: 'erasure-log',
  labels: {
    singular: { fr: 'Effacement RGPD', en: 'GDPR erasure' },
    plural: { fr: 'Journal des effacements', en: 'Erasure log' },
  },
  admin: {
    hidden: shownTo('admin'),
    group: { fr: 'Administration', en: 'Admin' },
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'erasedBy', 'summary', 'complete'],
    description: {
      fr: 'Chaque effacement demandé au titre du RGPD : par qui, quand, combien d’éléments. Les données effacées n’y figurent pas.',
      en: 'Each GDPR erasure: who, when, how many records. Never the erased data.',
    },
  },
  access: { create: nobody, read: isAdmin, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'erasedBy',
      type: 'text',
      required: true,
      label: { fr: 'Effacé par', en: 'Erased by' },
    },
    {
      name: 'erasedByUser',
      type: 'relationship',
      relationTo: 'users',
      label: { fr: 'Compte', en: 'Account' },
    },
    { name: 'summary', type: 'text', label: { fr: 'Éléments effacés', en: 'Erased' } },
    {
      type: 'row',
      fields: [
        { name: 'leads', type: 'number', required: true, label: { fr: 'Demandes', en: 'Leads' } },
        {
          name: 'contacts',
          type: 'number',
          required: true,
          label: { fr: 'Contacts', en: 'Contacts' },
        },
        { name: 'emails', type: 'number', required: true, label: { fr: 'E-mails', en: 'E-mails' } },
        {
          name: 'files',
          type: 'number',
          required: true,
          label: { fr: 'Fichiers (CV)', en: 'Files' },
        },
      ],
    },
    {
      name: 'complete',
      type: 'checkbox',
      defaultValue: true,
      label: { fr: 'Effacement complet', en: 'Complete' },
    },
  ],
}
