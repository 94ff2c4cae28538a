import type { CollectionConfig } from 'payload'
import { leadKinds, leadKindLabels } from '@vitrine/contracts'
import { isAdmin } from '../../access/isAdmin'
import { isSales } from '../../access/isSales'
import { nobody } from '../../access/nobody'
import { promoteIntakeEndpoint } from '../../endpoints/leads/promoteIntake'
import {
  intakeStatusLabels,
  intakeStatuses,
  quarantineReasonLabels,
  quarantineReasons,
} from './labels'

const readOnly = { readOnly: true }

/**
 * Every submission as received, written once (durably) by the submit endpoint before it answers.
 * The `processLeadIntakes` task turns a pending record into its contact, lead and e-mails (keyed
 * by `key`), then keeps only the token nonce (single use) for 30 days. Soft failures (honeypot,
 * too fast, missing or replayed token) stay here in quarantine: sales review them and promote a
 * real one into a lead; after 30 days they are purged. See docs/adr/0019-durable-lead-intake.md.
 */
export const LeadIntakes: CollectionConfig = {
  slug: 'lead-intakes',
  labels: {
    singular: { fr: 'Envoi reçu', en: 'Received submission' },
    plural: { fr: 'Quarantaine des envois', en: 'Submission quarantine' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['createdAt', 'status', 'reason', 'kind', 'email'],
    group: { fr: 'Commercial', en: 'Sales' },
    listSearchableFields: ['email'],
    description: {
      fr: 'Envois que les filtres anti-spam ont retenus (champ piège rempli, envoi trop rapide, jeton absent ou déjà utilisé, envoi sans JavaScript non confirmé). Aucun e-mail n’est parti. Ouvrez un envoi : s’il vient d’une vraie personne, « Transformer en demande » crée la demande et envoie ses e-mails. Supprimés au bout de 30 jours.',
      en: 'Submissions held by the spam filters. Promote a real one into a lead; purged after 30 days.',
    },
  },
  access: { create: nobody, read: isSales, update: nobody, delete: isAdmin },
  defaultSort: '-createdAt',
  endpoints: [promoteIntakeEndpoint],
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { hidden: true },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          label: { fr: 'État', en: 'Status' },
          options: intakeStatuses.map((value) => ({ value, label: intakeStatusLabels[value] })),
          admin: readOnly,
        },
        {
          name: 'reason',
          type: 'select',
          label: { fr: 'Retenu parce que', en: 'Held because' },
          options: quarantineReasons.map((value) => ({
            value,
            label: quarantineReasonLabels[value],
          })),
          admin: readOnly,
        },
        {
          name: 'kind',
          type: 'select',
          label: { fr: 'Type', en: 'Kind' },
          options: leadKinds.map((value) => ({ value, label: leadKindLabels[value] })),
          admin: readOnly,
        },
      ],
    },
    {
      name: 'email',
      type: 'text',
      index: true,
      label: { fr: 'E-mail', en: 'Email' },
      admin: readOnly,
    },
    {
      name: 'promote',
      type: 'ui',
      label: { fr: 'Transformer en demande', en: 'Promote' },
      admin: { components: { Field: '/components/Leads/PromoteIntake#PromoteIntake' } },
    },
    {
      name: 'data',
      type: 'json',
      label: { fr: 'Ce que la personne a saisi', en: 'As submitted' },
      admin: readOnly,
    },
    { name: 'refs', type: 'json', admin: { hidden: true } },
    // Who sent it, as a hash of the client address (never the address itself): the per-client
    // autoresponder cap counts it when the lead is made. Dropped once processed.
    { name: 'client', type: 'text', admin: { hidden: true } },
    { name: 'cv', type: 'upload', relationTo: 'resumes', label: 'CV', admin: readOnly },
    {
      name: 'lead',
      type: 'relationship',
      relationTo: 'leads',
      label: { fr: 'Demande créée', en: 'Lead' },
      admin: readOnly,
    },
    // One use per form token (unique: a second submission with it is a replay).
    { name: 'tokenNonce', type: 'text', unique: true, index: true, admin: { hidden: true } },
    // Identical submissions (a double click) collapse; different ones never do.
    { name: 'contentHash', type: 'text', index: true, admin: { hidden: true } },
  ],
}
