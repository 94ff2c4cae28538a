import crypto from 'node:crypto'

/**
 * Draft preview (docs/adr/0007-draft-preview.md). The CMS and the preview server share one secret,
 * PREVIEW_SECRET: the CMS signs short-lived preview tokens with it for a signed-in editor, the
 * preview server verifies them (web/src/lib/previewToken.ts mirrors this format) and reads drafts
 * with the same secret as a read-only credential (collections/Users/previewReader.ts). Outside
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

/** How long a preview link (and the preview session it opens) stays valid. */
export const PREVIEW_TTL_MS = 60 * 60 * 1000

export type PreviewClaims = {
  /** Collection slug of the document the link was made for. */
  c: string
  /** Its id. */
  id: string
  /** The user who asked for it (for the logs). */
  u: string
  /** Expiry, ms since the epoch. */
  exp: number
}

const sign = (payload: string, secret: string) =>
  crypto.createHmac('sha256', secret).update(`vitrine-preview\n${payload}`).digest('base64url')

/** `base64url(JSON claims).signature` */
export const issuePreviewToken = (
  claims: Omit<PreviewClaims, 'exp'>,
  now = Date.now(),
  secret = previewSecret(),
): string => {
  const payload = Buffer.from(JSON.stringify({ ...claims, exp: now + PREVIEW_TTL_MS })).toString(
    'base64url',
  )
  return `${payload}.${sign(payload, secret)}`
}

/** The claims of a well-signed, unexpired token, else null. */
export const verifyPreviewToken = (
  token: unknown,
  now = Date.now(),
  secret = previewSecret(),
): PreviewClaims | null => {
  if (typeof token !== 'string' || token.length > 1000) return null
  const [payload, signature, ...rest] = token.split('.')
  if (!payload || !signature || rest.length) return null
  const expected = Buffer.from(sign(payload, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as PreviewClaims
    return typeof claims.exp === 'number' && claims.exp > now ? claims : null
  } catch {
    return null
  }
}
