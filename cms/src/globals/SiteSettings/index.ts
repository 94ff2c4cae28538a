import type { GlobalConfig } from 'payload'
import { rebuildOnGlobalChange } from '../../hooks/queueRebuild'
import { leadKinds, leadKindLabels } from '@vitrine/contracts'
import { anyone } from '../../access/anyone'
import { isEditor } from '../../access/isEditor'
import { isAdminField } from '../../access/isAdmin'
import { isSalesField } from '../../access/isSales'
import { linkFields } from '../../fields/linkFields'
import { shownTo } from '../../access/shownTo'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { fr: 'Réglages du site', en: 'Site settings' },
  admin: { hidden: shownTo('admin', 'editor'), group: { fr: 'Administration', en: 'Admin' } },
  access: { read: anyone, update: isEditor, readVersions: isEditor },
  versions: { max: 20 },
  hooks: { afterChange: [rebuildOnGlobalChange] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { fr: 'Marque et contact', en: 'Brand & contact' },
          fields: [
            {
              name: 'siteName',
              type: 'text',
              required: true,
              defaultValue: 'Vitrine',
              label: { fr: 'Nom du site', en: 'Site name' },
            },
            { name: 'tagline', type: 'text', label: { fr: 'Signature', en: 'Tagline' } },
            {
              name: 'logo',
              type: 'upload',
              relationTo: 'media',
              label: { fr: 'Logo', en: 'Logo' },
            },
            {
              name: 'contact',
              type: 'group',
              label: { fr: 'Coordonnées', en: 'Contact details' },
              fields: [
                {
                  name: 'email',
                  type: 'email',
                  label: { fr: 'E-mail', en: 'Email' },
                  // Shown on the site, and where new leads go when no rule matches: admins only.
                  access: { create: isAdminField, update: isAdminField },
                  admin: {
                    description: {
                      fr: 'Reçoit aussi les nouvelles demandes sans règle de notification (modifiable par un administrateur).',
                      en: 'Also receives leads with no notification rule (admins only).',
                    },
                  },
                },
                { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' } },
                { name: 'address', type: 'textarea', label: { fr: 'Adresse', en: 'Address' } },
                {
                  name: 'openingHours',
                  type: 'text',
                  label: { fr: 'Horaires', en: 'Opening hours' },
                },
              ],
            },
            {
              name: 'legal',
              type: 'group',
              label: { fr: 'Société', en: 'Company' },
              fields: [
                {
                  name: 'companyName',
                  type: 'text',
                  label: { fr: 'Raison sociale', en: 'Legal name' },
                },
                { name: 'siren', type: 'text', label: 'SIREN' },
                {
                  name: 'dpoEmail',
                  type: 'email',
                  label: { fr: 'Contact données personnelles', en: 'Privacy contact' },
                },
              ],
            },
          ],
        },
        {
          label: { fr: 'Navigation', en: 'Navigation' },
          fields: [
            {
              name: 'navigation',
              type: 'array',
              label: { fr: 'Menu principal', en: 'Main menu' },
              maxRows: 8,
              fields: linkFields(),
            },
            {
              name: 'navCtas',
              type: 'array',
              label: { fr: 'Boutons du menu', en: 'Menu buttons' },
              maxRows: 3,
              fields: linkFields(),
              admin: {
                description: {
                  fr: 'Ex. « Diag gratuit », « Spécial freelance ».',
                  en: 'E.g. free diagnostic, freelancers.',
                },
              },
            },
          ],
        },
        {
          label: { fr: 'Bandeau d’annonce', en: 'Announcement bar' },
          fields: [
            {
              name: 'announcement',
              type: 'group',
              label: false,
              fields: [
                {
                  name: 'enabled',
                  type: 'checkbox',
                  defaultValue: true,
                  label: { fr: 'Afficher le bandeau', en: 'Show the bar' },
                },
                {
                  name: 'messages',
                  type: 'array',
                  label: {
                    fr: 'Textes (un au hasard à chaque publication)',
                    en: 'Texts (one picked per build)',
                  },
                  fields: [
                    {
                      name: 'text',
                      type: 'text',
                      required: true,
                      label: { fr: 'Texte', en: 'Text' },
                    },
                  ],
                  admin: {
                    description: {
                      fr: 'Le bandeau pointe automatiquement vers le prochain webinaire. {date} est remplacé par sa date.',
                      en: 'The bar links to the next webinar automatically. {date} is replaced by its date.',
                    },
                  },
                },
                {
                  name: 'linkLabel',
                  type: 'text',
                  defaultValue: 'Je m’inscris au webinaire',
                  label: { fr: 'Texte du lien', en: 'Link label' },
                },
                {
                  name: 'fallback',
                  type: 'group',
                  label: { fr: 'Sans webinaire à venir', en: 'When no webinar is upcoming' },
                  fields: linkFields({ required: false }),
                },
              ],
            },
          ],
        },
        {
          label: { fr: 'Pied de page', en: 'Footer' },
          fields: [
            {
              name: 'footerColumns',
              type: 'array',
              maxRows: 4,
              label: { fr: 'Colonnes', en: 'Columns' },
              fields: [
                {
                  name: 'title',
                  type: 'text',
                  required: true,
                  label: { fr: 'Titre', en: 'Title' },
                },
                {
                  name: 'links',
                  type: 'array',
                  fields: linkFields(),
                  label: { fr: 'Liens', en: 'Links' },
                },
              ],
            },
            {
              name: 'legalLinks',
              type: 'array',
              label: { fr: 'Liens légaux', en: 'Legal links' },
              fields: linkFields(),
            },
            { name: 'footerNote', type: 'textarea', label: { fr: 'Mention', en: 'Note' } },
          ],
        },
        {
          label: { fr: 'Appels à l’action', en: 'Calls to action' },
          fields: [
            {
              name: 'defaultCta',
              type: 'group',
              label: {
                fr: 'Appel à l’action par défaut (fin d’article)',
                en: 'Default CTA (end of article)',
              },
              fields: [
                { name: 'title', type: 'text', label: { fr: 'Titre', en: 'Title' } },
                { name: 'text', type: 'textarea', label: { fr: 'Texte', en: 'Text' } },
                ...linkFields({ required: false }),
              ],
            },
            {
              name: 'sidebarValueProps',
              type: 'array',
              maxRows: 4,
              label: { fr: 'Arguments de la colonne latérale', en: 'Sidebar value propositions' },
              fields: [
                {
                  name: 'icon',
                  type: 'text',
                  label: { fr: 'Icône', en: 'Icon' },
                  defaultValue: 'users',
                },
                {
                  name: 'title',
                  type: 'text',
                  required: true,
                  label: { fr: 'Titre', en: 'Title' },
                },
                {
                  name: 'text',
                  type: 'textarea',
                  required: true,
                  label: { fr: 'Texte', en: 'Text' },
                },
              ],
            },
          ],
        },
        {
          label: { fr: 'Notifications', en: 'Notifications' },
          fields: [
            {
              name: 'leadRecipients',
              type: 'array',
              // Lead routing belongs to those who may see leads (README, role table).
              access: { read: isSalesField, create: isAdminField, update: isAdminField },
              label: { fr: 'Destinataires des nouvelles demandes', en: 'New lead recipients' },
              admin: {
                description: {
                  fr: 'Qui est prévenu, par type de demande. Sans règle : l’adresse de contact.',
                  en: 'Who is told, per lead kind.',
                },
              },
              fields: [
                {
                  name: 'kind',
                  type: 'select',
                  required: true,
                  label: { fr: 'Type', en: 'Kind' },
                  options: leadKinds.map((value) => ({ value, label: leadKindLabels[value] })),
                },
                {
                  name: 'emails',
                  type: 'text',
                  required: true,
                  label: {
                    fr: 'E-mails (séparés par des virgules)',
                    en: 'Emails (comma-separated)',
                  },
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}
