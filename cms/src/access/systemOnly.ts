import type { FieldAccess } from 'payload'

/**
 * Nobody through the API, an admin included: the value is written by server code only (the submit
 * endpoint, hooks, jobs, the privacy erase), which calls the Local API with `overrideAccess`.
 */
export const systemOnly: FieldAccess = () => false
