import type { Access } from 'payload'
import { isPreviewReader } from './isPreviewReader'
import { hasRole } from './roles'

/** Versions and drafts of public content: editors, admins and the draft-preview server. */
export const draftReader: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'editor') || isPreviewReader(req.user)
