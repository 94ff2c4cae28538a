import type { CollectionConfig } from 'payload'
import { nobody } from '../access/nobody'

/**
 * Claims that must hold across processes (web, worker, a second CMS): one row per claimed key,
 * made atomic by the unique index on `key` (SQLite and MongoDB alike: a second insert of the same
 * key fails). Used for job leases (`job:<id>:<version>`), the send of an outbox record
 * (`email:<key>:<version>`) and rate-limit slots (`limit:<bucket>:<client>:<window>:<n>`).
 * Rows past `expiresAt` are purged nightly. System rows: hidden from the admin, no API access.
 */
export const Claims: CollectionConfig = {
  slug: 'claims',
  labels: {
    singular: { fr: 'Verrou', en: 'Claim' },
    plural: { fr: 'Verrous', en: 'Claims' },
  },
  admin: { hidden: true },
  access: { create: nobody, read: nobody, update: nobody, delete: nobody },
  timestamps: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'scope', type: 'text', index: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
