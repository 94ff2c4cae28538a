import type { GeneratePreviewURL } from 'payload'
import { hasRole } from '../access/roles'
import { issuePreviewToken } from './previewTokens'
import { publicPath } from './publicPath'
import { config } from '../config'

/** Origin of the draft-preview server (`npm start`: http://localhost:4323); unset = no preview button. */
export const previewOrigin = () => config.previewUrl

/**
 * `admin.preview` of the public collections: the document's page on the preview server, with a
 * one-hour token signed for the signed-in editor (docs/adr/0007-draft-preview.md). Payload computes
 * it on the server for the version being edited — the draft's slug, even before a first publish.
 * Nobody else gets a link (the button then does nothing).
 */
export const previewUrl =
  (collection: string): GeneratePreviewURL =>
  (doc, { req }) => {
    const origin = previewOrigin()
    if (!origin || !hasRole(req.user, 'admin', 'editor') || doc?.id == null) return null
    const token = issuePreviewToken({ c: collection, id: String(doc.id), u: String(req.user!.id) })
    const path = publicPath(collection, typeof doc.slug === 'string' ? doc.slug : null)
    return `${origin}${path}?preview=${encodeURIComponent(token)}`
  }
