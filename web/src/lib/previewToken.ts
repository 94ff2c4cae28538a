import crypto from 'node:crypto'

/**
 * Verifies the draft-preview tokens the CMS signs (mirrors cms/src/lib/previewTokens.ts, which
 * cms/tests/int/preview.int.spec.ts checks against this file): `base64url(JSON claims).signature`,
 * HMAC-SHA256 with PREVIEW_SECRET, valid until `exp`.
 */
export type PreviewClaims = { c: string; id: string; u: string; exp: number }

export const verifyPreviewToken = (
  token: unknown,
  secret: string,
  now = Date.now(),
): PreviewClaims | null => {
  if (!secret || typeof token !== 'string' || token.length > 1000) return null
  const [payload, signature, ...rest] = token.split('.')
  if (!payload || !signature || rest.length) return null
  const expected = Buffer.from(
    crypto.createHmac('sha256', secret).update(`vitrine-preview\n${payload}`).digest('base64url'),
  )
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as PreviewClaims
    return typeof claims.exp === 'number' && claims.exp > now ? claims : null
  } catch {
    return null
  }
}
