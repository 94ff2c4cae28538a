import type { CollectionBeforeChangeHook } from 'payload'
import type { Lead } from '@vitrine/cms-client/types'

const idOf = (value: unknown): number | string | null => {
  if (value == null || value === '') return null
  if (typeof value === 'object') return (value as { id?: number | string }).id ?? null
  return value as number | string
}

/**
 * What the list and the owner column show: « Jeanne Martin — Atelier Dupont » (the e-mail when
 * there is no name) and the owner's name. Sales may read only their own account, so the owner's
 * name is copied here by the system rather than looked up by whoever opens the list.
 */
export const nameLead: CollectionBeforeChangeHook<Lead> = async ({ data, originalDoc, req }) => {
  const doc = { ...originalDoc, ...data }
  const person = [doc.firstName, doc.lastName].filter(Boolean).join(' ').trim()
  const title = [person, doc.companyName?.trim()].filter(Boolean).join(' — ')
  data.fullName = title || doc.email || null

  const ownerId = idOf(doc.owner)
  if (ownerId == null) {
    data.ownerName = null
  } else if (ownerId !== idOf(originalDoc?.owner) || !originalDoc?.ownerName) {
    // A system read of one display name (no access check: the owner field's own rules apply).
    const owner = await req.payload.findByID({
      collection: 'users',
      id: ownerId,
      depth: 0,
      disableErrors: true,
      req,
    })
    data.ownerName = owner ? owner.name || owner.email : null
  }
  return data
}
