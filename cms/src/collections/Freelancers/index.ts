import type { CollectionConfig } from 'payload'
import { rebuildOnChange, rebuildOnDelete } from '../../hooks/queueRebuild'
import { consentingFreelancer } from '../../access/consentingFreelancer'
import { consentingFreelancerVersions } from '../../access/consentingFreelancerVersions'
import { isEditor } from '../../access/isEditor'
import { slugField } from '../../fields/slugField'
import { publishableVersions } from '../../fields/versions'
import { expertiseAreaOptions, regionOptions, serviceRoleOptions } from '@vitrine/contracts'
import { previewUrl } from '../../lib/previewUrl'
import { scheduledField } from '../../fields/scheduledField'
import { shownTo } from '../../access/shownTo'
import { publishableAdmin } from '../../fields/publishableAdmin'

export const Freelancers: CollectionConfig = {
  slug: 'freelancers',
  labels: {
    singular: { fr: 'Freelance', en: 'Freelancer' },
    plural: { fr: 'Freelances', en: 'Freelancers' },
  },
  admin: {
    ...publishableAdmin('displayName'),
    hidden: shownTo('admin', 'editor'),
    preview: previewUrl('freelancers'),
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'role', 'region', 'publicationConsent', '_status', 'scheduled'],
    group: { fr: 'Contenus', en: 'Content' },
    description: {
      fr: 'Profils publics du réseau. Un profil n’est visible que tant que la personne y consent.',
      en: 'Public network profiles, visible only while the person consents.',
    },
  },
  access: {
    create: isEditor,
    read: consentingFreelancer,
    update: isEditor,
    delete: isEditor,
    readVersions: consentingFreelancerVersions,
  },
  versions: publishableVersions,
  defaultSort: '-joinedAt',
  hooks: {
    afterChange: [rebuildOnChange],
    afterDelete: [rebuildOnDelete],
    beforeChange: [
      ({ data }) => {
        if (data?.firstName)
          data.displayName = `${data.firstName} ${data.lastInitial ?? ''}.`.replace(' .', '').trim()
        return data
      },
    ],
  },
  fields: [
    scheduledField(),
    {
      type: 'row',
      fields: [
        {
          name: 'firstName',
          type: 'text',
          required: true,
          label: { fr: 'Prénom', en: 'First name' },
        },
        {
          name: 'lastInitial',
          type: 'text',
          required: true,
          maxLength: 1,
          label: { fr: 'Initiale du nom', en: 'Last name initial' },
        },
      ],
    },
    { name: 'displayName', type: 'text', admin: { hidden: true } },
    { name: 'photo', type: 'upload', relationTo: 'media', label: { fr: 'Photo', en: 'Photo' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      label: { fr: 'Métier', en: 'Role' },
      options: [...serviceRoleOptions],
    },
    {
      name: 'specialties',
      type: 'select',
      hasMany: true,
      required: true,
      label: { fr: 'Spécialités', en: 'Specialties' },
      options: [...expertiseAreaOptions],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'region',
          type: 'select',
          required: true,
          label: { fr: 'Région', en: 'Region' },
          options: [...regionOptions],
        },
        {
          name: 'cities',
          type: 'text',
          label: { fr: 'Villes', en: 'Cities' },
          admin: { description: { fr: 'Ex. Lyon, Villeurbanne', en: 'E.g. Lyon' } },
        },
      ],
    },
    {
      name: 'joinedAt',
      type: 'date',
      required: true,
      label: { fr: 'Membre du réseau depuis', en: 'Joined the network' },
      admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'MMMM yyyy' } },
    },
    {
      name: 'story',
      type: 'textarea',
      required: true,
      maxLength: 1200,
      label: { fr: 'Parcours', en: 'Story' },
    },
    { name: 'quote', type: 'textarea', maxLength: 280, label: { fr: 'Citation', en: 'Quote' } },
    slugField((data) =>
      data.firstName
        ? `${String(data.firstName)} ${String(data.lastInitial ?? '')} ${String(data.role ?? '')}`
        : undefined,
    ),
    {
      name: 'publicationConsent',
      type: 'checkbox',
      defaultValue: false,
      label: {
        fr: 'La personne consent à la publication de son profil',
        en: 'Consents to publication',
      },
      admin: {
        position: 'sidebar',
        description: {
          fr: 'Décochez dès que la personne retire son accord : le profil disparaît du site à la prochaine publication.',
          en: 'Untick when consent is withdrawn: the profile leaves the site on the next build.',
        },
      },
    },
    {
      name: 'consentDate',
      type: 'date',
      label: { fr: 'Date du consentement', en: 'Consent date' },
      admin: { position: 'sidebar' },
    },
  ],
}
