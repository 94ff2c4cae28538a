import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/** Marketing and admins: the people who write and publish content. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

export const isEditorField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')
