import crypto from 'node:crypto'
import type { AuthStrategy } from 'payload'
import { PREVIEW_READER_STRATEGY, type PreviewReaderUser } from '../../access/isPreviewReader'
import { previewSecrets } from '../../lib/previewTokens'

const SCHEME = 'vitrine-preview '

const sameSecret = (given: string, expected: string) => {
  const a = crypto.createHash('sha256').update(given).digest()
  const b = crypto.createHash('sha256').update(expected).digest()
  return crypto.timingSafeEqual(a, b)
}

/**
 * `Authorization: vitrine-preview <PREVIEW_SECRET>` signs the preview server in as a read-only
 * reader of drafts (no database account, no role: see access/isPreviewReader.ts). Every other request
 * falls through to Payload's own session strategy.
 */
export const previewReaderStrategy: AuthStrategy = {
  name: PREVIEW_READER_STRATEGY,
  authenticate: ({ headers, payload }) => {
    const header = headers.get('authorization') ?? ''
    if (!header.startsWith(SCHEME)) return { user: null }
    let secrets: string[]
    try {
      // The previous secrets too: a preview server restarted later than the CMS keeps working.
      secrets = previewSecrets()
    } catch (error) {
      payload.logger.error(`preview reader: refused, ${(error as Error).message}`)
      return { user: null }
    }
    const given = header.slice(SCHEME.length).trim()
    if (!secrets.some((secret) => sameSecret(given, secret))) {
      payload.logger.warn('preview reader: refused a request with a wrong preview secret')
      return { user: null }
    }
    const now = new Date().toISOString()
    const user: PreviewReaderUser = {
      id: 0,
      name: 'Serveur d’aperçu',
      email: 'preview@vitrine.invalid',
      role: null,
      createdAt: now,
      updatedAt: now,
      collection: 'users',
      _strategy: PREVIEW_READER_STRATEGY,
    }
    return { user: user as never }
  },
}
