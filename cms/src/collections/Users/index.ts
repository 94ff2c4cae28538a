import type { CollectionConfig } from 'payload'
import { adminOrSelf } from '../../access/adminOrSelf'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { roleLabels, roles } from '../../access/roles'
import { previewReaderStrategy } from './previewReaderStrategy'
import { throttledLogin } from './throttledLogin'
import { shownTo } from '../../access/shownTo'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { fr: 'Membre de l’équipe', en: 'Team member' },
    plural: { fr: 'Équipe', en: 'Team' },
  },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    // No account lock-out (anyone could lock a colleague out): failed logins are throttled per
    // client instead (throttledLogin.ts).
    maxLoginAttempts: 0,
    // The draft-preview server's read-only credential (docs/adr/0007-draft-preview.md).
    strategies: [previewReaderStrategy],
  },
  admin: {
    hidden: shownTo('admin'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: { fr: 'Administration', en: 'Admin' },
  },
  access: {
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  endpoints: [throttledLogin],
  fields: [
    { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      label: { fr: 'Rôle', en: 'Role' },
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      // Only an admin may give or change a role: nobody raises their own.
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description: {
          fr: 'Administrateur : tout. Marketing : contenus et médias. Commercial : contacts et exports.',
          en: 'Admin: everything. Editor: content and media. Sales: leads and exports.',
        },
      },
    },
  ],
}
