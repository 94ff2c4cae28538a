import type { FieldHook, TextField } from 'payload'
import { hasRole } from '../access/roles'
import { parisDateTime } from '../lib/parisDate'
import { pendingSchedules } from '../lib/pendingSchedules'

const announce = {
  publish: 'Publication programmée le',
  unpublish: 'Retrait du site programmé le',
} as const

/** « Publication programmée le 17 janvier 2030 à 9 h 30 », for the people who publish. */
const describeSchedule: FieldHook = async ({ collection, originalDoc, req }) => {
  if (!collection || originalDoc?.id == null || !hasRole(req.user, 'admin', 'editor')) return null
  const next = (await pendingSchedules(req)).find(
    (s) => s.collection === collection.slug && s.id === String(originalDoc.id),
  )
  return next ? `${announce[next.type]} ${parisDateTime(next.at)}` : null
}

/** Read-only, not stored: what is programmed for this document (editor sidebar and list column). */
export const scheduledField = (): TextField => ({
  name: 'scheduled',
  type: 'text',
  virtual: true,
  label: { fr: 'Programmation', en: 'Scheduled' },
  admin: {
    position: 'sidebar',
    readOnly: true,
    condition: (data) => Boolean(data?.scheduled),
  },
  hooks: { afterRead: [describeSchedule] },
})
