import type { PayloadRequest } from 'payload'

/**
 * Seeding and tests that only want data say so with `req.context.seed` or
 * `req.context.skipSideEffects`: no e-mails, reminders or rebuild requests are queued then.
 */
export const skipSideEffects = (req: Pick<PayloadRequest, 'context'>): boolean =>
  Boolean(req.context?.seed || req.context?.skipSideEffects)
