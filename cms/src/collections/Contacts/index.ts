import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/isAdmin'
import { isSales } from '../../access/isSales'
import { nobody } from '../../access/nobody'
import { deleteContactLeads } from './hooks/deleteContactLeads'
import { systemWrittenExcept } from '../../fields/systemWrittenExcept'

const readOnly = { readOnly: true }

/**
 * One record per e-mail address: the person behind the leads, with the history of every
 * submission (join on leads.contact). Written by the submit endpoint; the date of the last contact
 * the person initiated drives the retention period of their prospect leads.
 */
export const Contacts: CollectionConfig = {
  slug: 'contacts',
  labels: {
    singular: { fr: 'Contact', en: 'Contact' },
    plural: { fr: 'Contacts', en: 'Contacts' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'lastName', 'companyName', 'lastOwnContactAt', 'marketingOptIn'],
    group: { fr: 'Commercial', en: 'Sales' },
    listSearchableFields: ['email', 'lastName', 'companyName'],
    description: {
      fr: 'Une fiche par personne (par adresse e-mail), avec toutes ses demandes. Supprimer une fiche efface aussi ses demandes, CV et e-mails.',
      en: 'One record per person (email address) with all their requests.',
    },
  },
  access: { create: nobody, read: isSales, update: isSales, delete: isAdmin },
  defaultSort: '-lastOwnContactAt',
  hooks: { beforeDelete: [deleteContactLeads] },
  // Sales may correct a person's details after a call; the address, the opt-in and the dates that
  // drive retention are the system's.
  fields: systemWrittenExcept(
    ['firstName', 'lastName', 'phone', 'companyName'],
    [
      {
        name: 'email',
        type: 'email',
        required: true,
        unique: true,
        index: true,
        label: { fr: 'E-mail', en: 'Email' },
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
          { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' }, admin: readOnly },
        ],
      },
      {
        name: 'companyName',
        type: 'text',
        label: { fr: 'Entreprise', en: 'Company' },
        admin: readOnly,
      },
      {
        name: 'leads',
        type: 'join',
        collection: 'leads',
        on: 'contact',
        label: { fr: 'Historique des demandes', en: 'Requests' },
        defaultSort: '-createdAt',
        defaultLimit: 20,
        admin: { defaultColumns: ['createdAt', 'kind', 'status', 'owner'] },
      },
      {
        name: 'privacy',
        type: 'ui',
        label: { fr: 'Données personnelles', en: 'Personal data' },
        admin: {
          position: 'sidebar',
          components: { Field: '/components/Privacy/PrivacyActions#PrivacyActions' },
        },
      },
      {
        name: 'firstContactAt',
        type: 'date',
        label: { fr: 'Premier contact', en: 'First contact' },
        admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'lastOwnContactAt',
        type: 'date',
        index: true,
        label: { fr: 'Dernier contact à son initiative', en: 'Last own contact' },
        admin: {
          ...readOnly,
          position: 'sidebar',
          date: { pickerAppearance: 'dayAndTime' },
          description: {
            fr: 'Point de départ de la durée de conservation de ses demandes.',
            en: 'Retention starts here.',
          },
        },
      },
      {
        name: 'marketingOptIn',
        type: 'checkbox',
        defaultValue: false,
        label: { fr: 'Accepte les communications marketing', en: 'Marketing opt-in' },
        admin: {
          ...readOnly,
          position: 'sidebar',
          description: {
            fr: 'Seulement après confirmation par la personne (lien envoyé par e-mail).',
            en: 'Only once confirmed through the e-mailed link (double opt-in).',
          },
        },
      },
      {
        name: 'marketingOptInAt',
        type: 'date',
        label: { fr: 'Inscription confirmée le', en: 'Opt-in confirmed at' },
        admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'marketingNoticeVersion',
        type: 'text',
        label: { fr: 'Version de la notice acceptée', en: 'Notice version' },
        admin: { ...readOnly, position: 'sidebar' },
      },
      {
        name: 'pendingChanges',
        type: 'json',
        label: { fr: 'Différences à vérifier', en: 'Differences to check' },
        admin: {
          ...readOnly,
          description: {
            fr: 'Une demande récente avec cette adresse indiquait d’autres coordonnées (« typed ») que celles de la fiche (« stored »). La fiche n’a pas été modifiée : vérifiez auprès de la personne ; la demande montre ce qui a été saisi.',
            en: 'A recent request with this address gave other details; the record was not changed.',
          },
        },
      },
    ],
  ),
}
