import crypto from 'node:crypto'

/**
 * Draft-preview tokens (docs/adr/0007-draft-preview.md), shared by the CMS, which signs them for a
 * signed-in editor, and the preview server, which verifies them: `base64url(JSON claims).signature`,
 * HMAC-SHA256 with PREVIEW_SECRET, valid until `exp`. Server-only (node:crypto): imported as
 * `@vitrine/contracts/preview-token`, never from the package root the browser islands use.
 */

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

/** A token for `claims`, valid PREVIEW_TTL_MS from `now`. */
export const signPreviewToken = (
  claims: Omit<PreviewClaims, 'exp'>,
  secret: string,
  now = Date.now(),
): string => {
  const payload = Buffer.from(JSON.stringify({ ...claims, exp: now + PREVIEW_TTL_MS })).toString(
    'base64url',
  )
  return `${payload}.${sign(payload, secret)}`
}

/** The claims of a well-signed, unexpired token, else null (also for an empty secret). */
export const verifyPreviewToken = (
  token: unknown,
  secret: string,
  now = Date.now(),
): PreviewClaims | null => {
  if (!secret || typeof token !== 'string' || token.length > 1000) return null
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
