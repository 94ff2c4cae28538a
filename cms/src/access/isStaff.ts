import type { Access } from 'payload'
import { hasRole } from './roles'

/** Any signed-in team member, whatever their role. */
export const isStaff: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'sales')
