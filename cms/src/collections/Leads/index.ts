import type { CollectionConfig } from 'payload'
import { leadKinds, leadKindLabels, leadStatuses, leadStatusLabels } from '@vitrine/contracts'
import { isAdmin } from '../../access/isAdmin'
import { isSales } from '../../access/isSales'
import { nobody } from '../../access/nobody'
import { preflight } from '../../endpoints/leads/cors'
import { confirmIntakeEndpoint } from '../../endpoints/leads/confirmIntake'
import { formTokenEndpoint } from '../../endpoints/leads/formToken'
import { confirmOptInEndpoint } from '../../endpoints/leads/optIn'
import { submitEndpoint } from '../../endpoints/leads/submit'
import { exportLeadsEndpoint } from '../../endpoints/leadsExport'
import { cleanUpLead, deleteLeadEmails } from './hooks/cleanUpLead'
import { computeRetention } from './hooks/computeRetention'
import { ledgerFields } from './fields'
import { displayFields } from './adminFields'
import { askedBy } from './askedBy'
import { nameLead } from './hooks/nameLead'
import { stampLeadNotes } from './hooks/stampLeadNotes'
import { systemWrittenExcept } from '../../fields/systemWrittenExcept'
import { markFollowUp, queueFollowUp } from './hooks/queueFollowUp'

const readOnly = { readOnly: true }

/**
 * Every form submission. Created only by the submit endpoint (server side); sales work them
 * (status, owner, notes); nobody edits what the person wrote. Each lead belongs to a contact
 * (one per e-mail address), queues its e-mails when created and carries its own retention date.
 */
export const Leads: CollectionConfig = {
  slug: 'leads',
  labels: { singular: { fr: 'Demande', en: 'Lead' }, plural: { fr: 'Demandes', en: 'Leads' } },
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'companyName', 'kind', 'status', 'ownerName', 'createdAt'],
    group: { fr: 'Commercial', en: 'Sales' },
    listSearchableFields: ['firstName', 'lastName', 'email', 'companyName'],
    components: { beforeListTable: ['/components/Leads/ExportLeadsButton#ExportLeadsButton'] },
    description: {
      fr: 'Toutes les demandes reçues par le site. Changez l’état au fil du suivi, attribuez-vous la demande, notez vos échanges ; exportez en CSV. Les demandes d’une même personne sont regroupées dans Contacts.',
      en: 'Every request from the site. Move the status along; export as CSV.',
    },
  },
  access: { create: nobody, read: isSales, update: isSales, delete: isAdmin },
  defaultSort: '-createdAt',
  endpoints: [
    submitEndpoint,
    formTokenEndpoint,
    confirmOptInEndpoint,
    confirmIntakeEndpoint,
    preflight('/submit'),
    preflight('/form-token'),
    exportLeadsEndpoint,
  ],
  hooks: {
    beforeChange: [markFollowUp, computeRetention, nameLead, stampLeadNotes],
    afterChange: [queueFollowUp],
    beforeDelete: [deleteLeadEmails],
    afterDelete: [cleanUpLead],
  },
  // Sales and admins work status, owner and notes; the rest is the system's (README, role table).
  fields: systemWrittenExcept(
    ['status', 'owner', 'notes'],
    [
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
            admin: {
              description: {
                fr: 'Nouveau → Contacté → Qualifié → Gagné ou Perdu.',
                en: 'Pipeline.',
              },
            },
          },
          {
            name: 'owner',
            type: 'relationship',
            relationTo: 'users',
            label: { fr: 'Suivi par', en: 'Owner' },
            admin: {
              description: { fr: 'Le commercial qui s’en occupe.', en: 'Who works this lead.' },
            },
          },
        ],
      },
      {
        name: 'contact',
        type: 'relationship',
        relationTo: 'contacts',
        index: true,
        label: { fr: 'Contact (toutes ses demandes)', en: 'Contact' },
        admin: readOnly,
      },
      {
        type: 'row',
        fields: [
          {
            name: 'firstName',
            type: 'text',
            label: { fr: 'Prénom', en: 'First name' },
            admin: readOnly,
          },
          {
            name: 'lastName',
            type: 'text',
            label: { fr: 'Nom', en: 'Last name' },
            admin: readOnly,
          },
          {
            name: 'email',
            type: 'email',
            required: true,
            index: true,
            label: { fr: 'E-mail', en: 'Email' },
            admin: readOnly,
          },
          {
            name: 'phone',
            type: 'text',
            label: { fr: 'Téléphone', en: 'Phone' },
            admin: { ...readOnly, condition: askedBy('phone') },
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'companyName',
            type: 'text',
            label: { fr: 'Entreprise', en: 'Company' },
            admin: { ...readOnly, condition: askedBy('companyName') },
          },
          {
            name: 'companySize',
            type: 'text',
            label: { fr: 'Effectif', en: 'Company size' },
            admin: { ...readOnly, condition: askedBy('companySize') },
          },
          {
            name: 'jobRole',
            type: 'text',
            label: { fr: 'Fonction', en: 'Job role' },
            admin: { ...readOnly, condition: askedBy('jobRole') },
          },
        ],
      },
      {
        name: 'message',
        type: 'textarea',
        label: { fr: 'Message / besoins', en: 'Message / needs' },
        admin: { ...readOnly, condition: askedBy('message') },
      },
      {
        name: 'details',
        type: 'json',
        label: { fr: 'Autres réponses du formulaire', en: 'Other form answers' },
        admin: {
          ...readOnly,
          components: { Field: '/components/Leads/FormAnswers#FormAnswers' },
        },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'whitePaper',
            type: 'relationship',
            relationTo: 'white-papers',
            label: { fr: 'Livre blanc', en: 'White paper' },
            admin: { ...readOnly, condition: askedBy('whitePaper', 'whitePaperId') },
          },
          {
            name: 'webinar',
            type: 'relationship',
            relationTo: 'webinars',
            label: { fr: 'Webinaire', en: 'Webinar' },
            admin: { ...readOnly, condition: askedBy('webinar', 'webinarId') },
          },
          {
            name: 'cv',
            type: 'upload',
            relationTo: 'resumes',
            label: { fr: 'CV', en: 'CV' },
            admin: { ...readOnly, condition: askedBy('cv') },
          },
        ],
      },
      {
        name: 'notes',
        type: 'array',
        label: { fr: 'Notes de suivi', en: 'Notes' },
        fields: [
          { name: 'text', type: 'textarea', required: true, label: { fr: 'Note', en: 'Note' } },
          {
            type: 'row',
            fields: [
              {
                name: 'at',
                type: 'date',
                label: { fr: 'Écrite le', en: 'Written on' },
                admin: {
                  readOnly: true,
                  date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd MMMM yyyy HH:mm' },
                  description: { fr: 'Remplie à l’enregistrement.', en: 'Set on save.' },
                },
              },
              {
                name: 'by',
                type: 'text',
                label: { fr: 'Par', en: 'By' },
                admin: { readOnly: true },
              },
            ],
          },
        ],
      },
      ...ledgerFields,
      ...displayFields,
      // The received submission it was made from (lead-intakes.key): one lead per intake, whatever
      // crash or retry happens; and the hash of its answers (identical submissions collapse).
      { name: 'intakeKey', type: 'text', unique: true, index: true, admin: { hidden: true } },
      { name: 'contentHash', type: 'text', index: true, admin: { hidden: true } },
    ],
  ),
}
