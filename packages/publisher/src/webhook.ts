// The CMS ↔ publisher contract, for the CMS to import (`@vitrine/publisher/webhook`) without the
// rest of the publisher: what it POSTs to /hooks/rebuild, signed, and what GET /status answers.
export { signPayload, type WebhookHeaders } from './signature.ts'
export type { PublisherStatus } from './publisher.ts'
export type { DocumentRef } from './state.ts'

/** The `type` of a rebuild request (anything else is refused with 400). */
export const REBUILD_REQUESTED = 'rebuild.requested'

/** Body of POST /hooks/rebuild: sign the exact JSON string you send. */
export type RebuildRequestBody = {
  type: typeof REBUILD_REQUESTED
  /** Shown in the build history (300 characters kept). */
  reason?: string
  /** What changed (the history keeps 20, 200 characters per field, as a DocumentRef). */
  documents?: {
    collection?: string | null
    id?: string | number | null
    action?: string | null
    title?: string | null
  }[]
}
