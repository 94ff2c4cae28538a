import crypto from 'node:crypto'
import {
  signPreviewToken,
  verifyPreviewToken as verifyShared,
  type PreviewClaims,
} from '@vitrine/contracts/preview-token'

/**
 * Draft preview (docs/adr/0007-draft-preview.md). The CMS and the preview server share one secret,
 * PREVIEW_SECRET: the CMS signs short-lived preview tokens with it for a signed-in editor, the
 * preview server verifies them (the format lives in @vitrine/contracts/preview-token) and reads drafts
 * with the same secret as a read-only credential (collections/Users/previewReaderStrategy.ts). Outside
 * production it falls back to one derived from PAYLOAD_SECRET, so tests and a fresh clone work.
 */
export const previewSecret = (): string => {
  const secret = process.env.PREVIEW_SECRET
  if (secret) return secret
  if (process.env.NODE_ENV === 'production') {
    throw new Error('PREVIEW_SECRET is not set: draft previews cannot be signed')
  }
  return crypto
    .createHash('sha256')
    .update(`preview:${process.env.PAYLOAD_SECRET ?? ''}`)
    .digest('hex')
}

export { PREVIEW_TTL_MS, type PreviewClaims } from '@vitrine/contracts/preview-token'

/** `base64url(JSON claims).signature`, signed with this CMS's preview secret. */
export const issuePreviewToken = (
  claims: Omit<PreviewClaims, 'exp'>,
  now = Date.now(),
  secret = previewSecret(),
): string => signPreviewToken(claims, secret, now)

/** The current preview secret, then the previous ones that still verify (PREVIEW_PREVIOUS_SECRETS). */
export const previewSecrets = (): string[] => [
  previewSecret(),
  ...(process.env.PREVIEW_PREVIOUS_SECRETS ?? '').split(/[\s,]+/).filter(Boolean),
]

/** The claims of a well-signed, unexpired token, else null. */
export const verifyPreviewToken = (
  token: unknown,
  now = Date.now(),
  secret: string | readonly string[] = previewSecrets(),
): PreviewClaims | null => verifyShared(token, secret, now)
