import type { Payload } from 'payload'
import { isStaff } from '../access/isStaff'

/**
 * Payload adds `payload-locked-documents` itself with "any signed-in user" access, which includes
 * the draft-preview server's read-only credential (no role). Locks, and who holds them, are for
 * team members only. Run from the config's onInit (the collection exists only after sanitizing).
 */
export const restrictDocumentLocks = (payload: Payload): void => {
  const locks = payload.collections['payload-locked-documents']
  if (!locks) return
  Object.assign(locks.config.access, {
    create: isStaff,
    read: isStaff,
    update: isStaff,
    delete: isStaff,
  })
}
