import type { Access } from 'payload'
import { hasRole } from './roles'

/** Editors see drafts; everyone else only what is published. */
export const publishedOrEditor: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  return { _status: { equals: 'published' } }
}
