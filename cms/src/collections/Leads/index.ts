import type { CollectionConfig } from 'payload'
import { leadKinds, leadKindLabels, leadStatuses, leadStatusLabels } from '@vitrine/contracts'
import { isAdmin } from '../../access/isAdmin'
import { isSales } from '../../access/isSales'
import { nobody } from '../../access/nobody'

const readOnly = { readOnly: true }

/**
 * Every form submission. Created only by the submit endpoint (server side); sales work them
 * (status, owner, notes); nobody edits what the person wrote.
 */
export const Leads: CollectionConfig = {
  slug: 'leads',
  labels: { singular: { fr: 'Demande', en: 'Lead' }, plural: { fr: 'Demandes', en: 'Leads' } },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['createdAt', 'kind', 'email', 'companyName', 'status', 'owner'],
    group: { fr: 'Commercial', en: 'Sales' },
    listSearchableFields: ['email', 'lastName', 'companyName'],
    description: {
      fr: 'Toutes les demandes reçues par le site. Changez l’état au fil du suivi ; exportez en CSV.',
      en: 'Every request from the site. Move the status along; export as CSV.',
    },
  },
  access: { create: nobody, read: isSales, update: isSales, delete: isAdmin },
  defaultSort: '-createdAt',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          label: { fr: 'Type', en: 'Kind' },
          options: leadKinds.map((value) => ({ value, label: leadKindLabels[value] })),
          admin: readOnly,
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'nouveau',
          index: true,
          label: { fr: 'État', en: 'Status' },
          options: leadStatuses.map((value) => ({ value, label: leadStatusLabels[value] })),
        },
        { name: 'owner', type: 'relationship', relationTo: 'users', label: { fr: 'Suivi par', en: 'Owner' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'firstName', type: 'text', label: { fr: 'Prénom', en: 'First name' }, admin: readOnly },
        { name: 'lastName', type: 'text', label: { fr: 'Nom', en: 'Last name' }, admin: readOnly },
        { name: 'email', type: 'email', required: true, index: true, label: { fr: 'E-mail', en: 'Email' }, admin: readOnly },
        { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' }, admin: readOnly },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'companyName', type: 'text', label: { fr: 'Entreprise', en: 'Company' }, admin: readOnly },
        { name: 'companySize', type: 'text', label: { fr: 'Effectif', en: 'Company size' }, admin: readOnly },
        { name: 'jobRole', type: 'text', label: { fr: 'Fonction', en: 'Job role' }, admin: readOnly },
      ],
    },
    { name: 'message', type: 'textarea', label: { fr: 'Message / besoins', en: 'Message / needs' }, admin: readOnly },
    {
      name: 'details',
      type: 'json',
      label: { fr: 'Autres réponses du formulaire', en: 'Other form answers' },
      admin: readOnly,
    },
    {
      type: 'row',
      fields: [
        { name: 'whitePaper', type: 'relationship', relationTo: 'white-papers', label: { fr: 'Livre blanc', en: 'White paper' }, admin: readOnly },
        { name: 'webinar', type: 'relationship', relationTo: 'webinars', label: { fr: 'Webinaire', en: 'Webinar' }, admin: readOnly },
      ],
    },
    {
      name: 'notes',
      type: 'array',
      label: { fr: 'Notes de suivi', en: 'Notes' },
      fields: [
        { name: 'text', type: 'textarea', required: true, label: { fr: 'Note', en: 'Note' } },
        { name: 'at', type: 'date', label: { fr: 'Date', en: 'Date' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      name: 'consent',
      type: 'group',
      label: { fr: 'Consentement (RGPD)', en: 'Consent (GDPR)' },
      admin: { position: 'sidebar' },
      fields: [
        { name: 'noticeVersion', type: 'text', required: true, label: { fr: 'Version de la notice affichée', en: 'Notice version' }, admin: readOnly },
        { name: 'legalBasis', type: 'text', required: true, label: { fr: 'Base légale', en: 'Legal basis' }, admin: readOnly },
        { name: 'marketingOptIn', type: 'checkbox', defaultValue: false, label: { fr: 'Accepte les communications marketing', en: 'Marketing opt-in' }, admin: readOnly },
        { name: 'at', type: 'date', required: true, label: { fr: 'Recueilli le', en: 'Collected at' }, admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      name: 'attribution',
      type: 'group',
      label: { fr: 'Provenance', en: 'Attribution' },
      admin: { position: 'sidebar' },
      fields: [
        { name: 'sourcePage', type: 'text', label: { fr: 'Page du formulaire', en: 'Form page' }, admin: readOnly },
        { name: 'landingPage', type: 'text', label: { fr: 'Page d’arrivée', en: 'Landing page' }, admin: readOnly },
        { name: 'referrer', type: 'text', label: { fr: 'Site référent', en: 'Referrer' }, admin: readOnly },
        { name: 'utmSource', type: 'text', label: 'utm_source', admin: readOnly },
        { name: 'utmMedium', type: 'text', label: 'utm_medium', admin: readOnly },
        { name: 'utmCampaign', type: 'text', label: 'utm_campaign', admin: readOnly },
        { name: 'utmTerm', type: 'text', label: 'utm_term', admin: readOnly },
        { name: 'utmContent', type: 'text', label: 'utm_content', admin: readOnly },
      ],
    },
    {
      name: 'lastContactAt',
      type: 'date',
      index: true,
      label: { fr: 'Dernier contact à son initiative', en: 'Last own contact' },
      admin: { position: 'sidebar', readOnly: true, description: { fr: 'Point de départ de la durée de conservation.', en: 'Retention starts here.' } },
    },
  ],
}
