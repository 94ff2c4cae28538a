import crypto from 'node:crypto'

/**
 * HMAC-signed tokens for the lead forms (issue time, for the minimum fill time) and the
 * white-paper download links (lead + document + expiry). The secret is LEAD_SIGNING_SECRET;
 * outside production it falls back to one derived from PAYLOAD_SECRET so tests and a fresh
 * clone work without configuration.
 */
export const signingSecret = (): string => {
  const secret = process.env.LEAD_SIGNING_SECRET
  if (secret) return secret
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      'LEAD_SIGNING_SECRET is not set: form tokens and download links cannot be signed',
    )
  }
  return crypto
    .createHash('sha256')
    .update(`leads:${process.env.PAYLOAD_SECRET ?? ''}`)
    .digest('hex')
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url')
const unb64 = (text: string) => Buffer.from(text, 'base64url').toString('utf8')

const sign = (purpose: string, parts: string[]) =>
  crypto
    .createHmac('sha256', signingSecret())
    .update([purpose, ...parts].join('\n'))
    .digest('base64url')

/** `part.part….signature`, every part base64url-encoded (ids are opaque and may hold anything). */
export const signParts = (purpose: string, parts: string[]): string =>
  [...parts.map(b64), sign(purpose, parts)].join('.')

/** The parts of a token whose signature is right for this purpose, else null. */
export const verifyParts = (purpose: string, token: unknown, count: number): string[] | null => {
  if (typeof token !== 'string' || token.length > 600) return null
  const pieces = token.split('.')
  if (pieces.length !== count + 1) return null
  const signature = pieces.pop()!
  let parts: string[]
  try {
    parts = pieces.map(unb64)
  } catch {
    return null
  }
  const expected = Buffer.from(sign(purpose, parts))
  const given = Buffer.from(signature)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? parts : null
}
