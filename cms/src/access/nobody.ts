import type { Access } from 'payload'

/** Nobody through the API: only server code with `overrideAccess` (endpoints, jobs, seed). */
export const nobody: Access = () => false
