import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { isSales } from '../access/isSales'
import { nobody } from '../access/nobody'
import {
  emailStatuses,
  emailStatusLabels,
  emailTemplates,
  emailTemplateLabels,
} from '../email/catalog'

const readOnly = { readOnly: true }

/**
 * The outbox ledger: one record per e-mail the site decided to send, keyed by an idempotency key
 * (`<lead id>:<template>`…). The `sendEmail` job sends a record at most once and writes back what
 * happened, so failures are visible here. Records are written by the system only.
 */
export const Emails: CollectionConfig = {
  slug: 'emails',
  labels: {
    singular: { fr: 'E-mail envoyé', en: 'Email' },
    plural: { fr: 'Journal des e-mails', en: 'Email log' },
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['createdAt', 'template', 'to', 'status', 'attempts', 'sentAt'],
    group: { fr: 'Commercial', en: 'Sales' },
    listSearchableFields: ['to', 'key'],
    description: {
      fr: 'Chaque e-mail automatique (notifications, réponses, liens, rappels). « Échec » après plusieurs tentatives : vérifiez le serveur d’envoi.',
      en: 'Every automatic email. “Failed” after several attempts: check the SMTP server.',
    },
  },
  access: { create: nobody, read: isSales, update: nobody, delete: isAdmin },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { fr: 'Clé d’unicité', en: 'Idempotency key' },
      admin: readOnly,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'template',
          type: 'select',
          required: true,
          index: true,
          label: { fr: 'Modèle', en: 'Template' },
          options: emailTemplates.map((value) => ({ value, label: emailTemplateLabels[value] })),
          admin: readOnly,
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'queued',
          index: true,
          label: { fr: 'État', en: 'Status' },
          options: emailStatuses.map((value) => ({ value, label: emailStatusLabels[value] })),
          admin: readOnly,
        },
        {
          name: 'attempts',
          type: 'number',
          defaultValue: 0,
          label: { fr: 'Tentatives', en: 'Attempts' },
          admin: readOnly,
        },
      ],
    },
    {
      // The recipient's mailbox, normalised (email/mailbox.ts): what the per-person cap counts.
      name: 'mailbox',
      type: 'text',
      index: true,
      admin: { hidden: true },
    },
    {
      name: 'to',
      type: 'text',
      required: true,
      label: { fr: 'Destinataire(s)', en: 'To' },
      admin: {
        ...readOnly,
        description: {
          fr: 'Plusieurs adresses séparées par des virgules pour l’équipe.',
          en: 'Comma-separated.',
        },
      },
    },
    {
      name: 'person',
      type: 'email',
      index: true,
      label: { fr: 'Personne concernée', en: 'Data subject' },
      admin: {
        ...readOnly,
        description: {
          fr: 'L’adresse de la personne dont parle l’e-mail (droit d’accès, effacement).',
          en: 'Whose data this email carries.',
        },
      },
    },
    { name: 'subject', type: 'text', label: { fr: 'Objet', en: 'Subject' }, admin: readOnly },
    {
      type: 'row',
      fields: [
        {
          name: 'lead',
          type: 'relationship',
          relationTo: 'leads',
          index: true,
          label: { fr: 'Demande', en: 'Lead' },
          admin: readOnly,
        },
        {
          name: 'webinar',
          type: 'relationship',
          relationTo: 'webinars',
          label: { fr: 'Webinaire', en: 'Webinar' },
          admin: readOnly,
        },
      ],
    },
    {
      name: 'params',
      type: 'json',
      label: { fr: 'Paramètres', en: 'Parameters' },
      admin: {
        ...readOnly,
        description: {
          fr: 'Données techniques du modèle (dates, identifiants).',
          en: 'Template parameters.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'sendAfter',
          type: 'date',
          label: { fr: 'Envoi prévu à partir du', en: 'Send after' },
          admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'sentAt',
          type: 'date',
          index: true,
          label: { fr: 'Envoyé le', en: 'Sent at' },
          admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'messageId',
      type: 'text',
      label: { fr: 'Identifiant du message (Message-ID)', en: 'Message-ID' },
      admin: readOnly,
    },
    {
      name: 'lastError',
      type: 'textarea',
      label: { fr: 'Dernière erreur', en: 'Last error' },
      admin: readOnly,
    },
  ],
}
