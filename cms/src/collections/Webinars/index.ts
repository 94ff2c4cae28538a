import type { CollectionConfig } from 'payload'
import { rebuildOnChange, rebuildOnDelete } from '../../hooks/queueRebuild'
import { cancelWebinarEmails, scheduleWebinarEmails } from '../../hooks/scheduleWebinarEmails'
import { isEditor, isEditorField } from '../../access/isEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { draftReader } from '../../access/draftReader'
import { articleEditor } from '../../fields/richText'
import { validateLink } from '../../fields/validateLink'
import { slugField } from '../../fields/slugField'
import { publishableVersions } from '../../fields/versions'
import { previewUrl } from '../../lib/previewUrl'
import { scheduledField } from '../../fields/scheduledField'
import { shownTo } from '../../access/shownTo'
import { publishableAdmin } from '../../fields/publishableAdmin'

export const Webinars: CollectionConfig = {
  slug: 'webinars',
  labels: {
    singular: { fr: 'Webinaire', en: 'Webinar' },
    plural: { fr: 'Webinaires', en: 'Webinars' },
  },
  admin: {
    ...publishableAdmin('title'),
    hidden: shownTo('admin', 'editor'),
    preview: previewUrl('webinars'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'status', '_status', 'scheduled'],
    group: { fr: 'Contenus', en: 'Content' },
    description: {
      fr: 'Le live du jeudi et les autres sessions. Heures en heure de Paris. Le lien de connexion n’est envoyé qu’aux inscrits.',
      en: 'Weekly live and other sessions. Times in Europe/Paris. The join link goes to registrants only.',
    },
  },
  access: {
    create: isEditor,
    read: publishedOrEditor,
    update: isEditor,
    delete: isEditor,
    readVersions: draftReader,
  },
  // Registrants follow the webinar: reminders move with it, stop if it is cancelled, replay mail.
  hooks: {
    afterChange: [rebuildOnChange, scheduleWebinarEmails],
    afterDelete: [rebuildOnDelete, cancelWebinarEmails],
  },
  versions: publishableVersions,
  defaultSort: '-startsAt',
  fields: [
    scheduledField(),
    { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' } },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 320,
      label: { fr: 'Accroche', en: 'Summary' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          label: { fr: 'Début', en: 'Starts at' },
          admin: {
            date: {
              pickerAppearance: 'dayAndTime',
              displayFormat: 'EEEE d MMMM yyyy HH:mm',
              timeIntervals: 15,
            },
            description: { fr: 'Heure de Paris.', en: 'Paris time.' },
          },
        },
        {
          name: 'durationMinutes',
          type: 'number',
          required: true,
          defaultValue: 30,
          min: 10,
          max: 480,
          label: { fr: 'Durée (minutes)', en: 'Duration (minutes)' },
        },
        {
          name: 'capacity',
          type: 'number',
          min: 1,
          label: { fr: 'Places', en: 'Capacity' },
          admin: { description: { fr: 'Vide = illimité.', en: 'Empty = unlimited.' } },
        },
      ],
    },
    {
      name: 'speakers',
      type: 'array',
      label: { fr: 'Intervenants', en: 'Speakers' },
      fields: [
        { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
        { name: 'role', type: 'text', label: { fr: 'Fonction', en: 'Role' } },
      ],
    },
    {
      name: 'description',
      type: 'richText',
      editor: articleEditor,
      label: { fr: 'Programme', en: 'Description' },
    },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { fr: 'Visuel', en: 'Cover' } },
    {
      name: 'joinUrl',
      type: 'text',
      validate: validateLink,
      label: { fr: 'Lien de connexion', en: 'Join link' },
      access: { read: isEditorField },
      admin: {
        description: {
          fr: 'Envoyé uniquement aux inscrits (confirmation et rappels). Jamais affiché sur le site.',
          en: 'Sent to registrants only. Never shown on the site.',
        },
      },
    },
    {
      name: 'replayUrl',
      type: 'text',
      validate: validateLink,
      label: { fr: 'Lien du replay', en: 'Replay link' },
      admin: {
        description: {
          fr: 'À remplir après le live : affiché sur le site et envoyé aux inscrits.',
          en: 'Fill after the live.',
        },
      },
    },
    slugField(),
    {
      name: 'status',
      type: 'select',
      defaultValue: 'scheduled',
      required: true,
      label: { fr: 'État', en: 'Status' },
      admin: { position: 'sidebar' },
      options: [
        { value: 'scheduled', label: { fr: 'Programmé', en: 'Scheduled' } },
        { value: 'cancelled', label: { fr: 'Annulé', en: 'Cancelled' } },
      ],
    },
  ],
}
