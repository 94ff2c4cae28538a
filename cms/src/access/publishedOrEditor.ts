import type { Access } from 'payload'
import { isPreviewReader } from './isPreviewReader'
import { hasRole } from './roles'

/** Editors (and the draft-preview server, read-only) see drafts; everyone else only what is published. */
export const publishedOrEditor: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor') || isPreviewReader(req.user)) return true
  return { _status: { equals: 'published' } }
}
