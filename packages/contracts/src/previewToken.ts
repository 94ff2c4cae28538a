import crypto from 'node:crypto'
import { keyId, keyring } from './keyring'

/**
 * Draft-preview tokens (docs/adr/0007-draft-preview.md), shared by the CMS, which signs them for a
 * signed-in editor, and the preview server, which verifies them:
 * `keyId.base64url(JSON claims).signature`, HMAC-SHA256 with PREVIEW_SECRET, valid until `exp`.
 * Verifiers take the current secret and the previous ones (PREVIEW_PREVIOUS_SECRETS) so a rotation
 * does not end open previews (docs/adr/0015-secrets-and-key-rotation.md). Server-only
 * (node:crypto): imported as `@vitrine/contracts/preview-token`, never from the package root the
 * browser islands use.
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

const sign = (payload: string, secret: string, kid?: string) =>
  crypto
    .createHmac('sha256', secret)
    .update(
      kid === undefined ? `vitrine-preview\n${payload}` : `vitrine-preview\n${kid}\n${payload}`,
    )
    .digest('base64url')

/** A token for `claims`, valid PREVIEW_TTL_MS from `now`, naming the key that signed it. */
export const signPreviewToken = (
  claims: Omit<PreviewClaims, 'exp'>,
  secret: string,
  now = Date.now(),
): string => {
  const payload = Buffer.from(JSON.stringify({ ...claims, exp: now + PREVIEW_TTL_MS })).toString(
    'base64url',
  )
  const kid = keyId(secret)
  return `${kid}.${payload}.${sign(payload, secret, kid)}`
}

const same = (a: string, b: string) => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && crypto.timingSafeEqual(x, y)
}

/**
 * The claims of a well-signed, unexpired token, else null (also for an empty secret). `secret` is
 * the current secret, or the current one followed by previous ones: the token's key id picks one;
 * a token without a key id (signed before rotation existed) is tried against each.
 */
export const verifyPreviewToken = (
  token: unknown,
  secret: string | readonly string[],
  now = Date.now(),
): PreviewClaims | null => {
  const [current, ...previous] = (typeof secret === 'string' ? [secret] : secret).filter(Boolean)
  if (!current || typeof token !== 'string' || token.length > 1000) return null
  const pieces = token.split('.')
  if (pieces.length !== 2 && pieces.length !== 3) return null
  const [kid, payload, signature] = pieces.length === 3 ? pieces : [undefined, ...pieces]
  if (!payload || !signature) return null
  const keys = keyring(current, previous.join(','))
  const valid =
    kid === undefined
      ? keys.all.some((key) => same(sign(payload, key.secret), signature))
      : Boolean(keys.find(kid) && same(sign(payload, keys.find(kid)!.secret, kid), signature))
  if (!valid) return null
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as PreviewClaims
    return typeof claims.exp === 'number' && claims.exp > now ? claims : null
  } catch {
    return null
  }
}
