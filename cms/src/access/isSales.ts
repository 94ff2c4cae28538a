import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/** Sales and admins: the people who work the leads. */
export const isSales: Access = ({ req }) => hasRole(req.user, 'admin', 'sales')

export const isSalesField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'sales')
