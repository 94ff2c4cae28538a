import type { User } from '@vitrine/cms-client/types'

/** Name of the auth strategy (and `_strategy` of the user) the preview server signs in with. */
export const PREVIEW_READER_STRATEGY = 'preview-reader'

/**
 * The preview server's read-only identity (collections/Users/previewReaderStrategy.ts): it may read drafts
 * of the public content, nothing else — no role, so every write and every private collection
 * refuses it.
 */
export const isPreviewReader = (user: unknown): boolean =>
  Boolean(user && (user as { _strategy?: string })._strategy === PREVIEW_READER_STRATEGY)

export type PreviewReaderUser = Omit<User, 'role'> & {
  role: null
  collection: 'users'
  _strategy: typeof PREVIEW_READER_STRATEGY
}
