import crypto from 'node:crypto'
import { keyring, type Keyring } from '@vitrine/contracts/keyring'

/**
 * HMAC-signed tokens for the lead forms (issue time, for the minimum fill time) and the
 * white-paper download links (lead + document + expiry). The current secret is LEAD_SIGNING_SECRET;
 * LEAD_SIGNING_PREVIOUS_SECRETS (comma-separated) still verify after a rotation
 * (docs/adr/0015-secrets-and-key-rotation.md). Outside production it falls back to one derived from
 * PAYLOAD_SECRET so tests and a fresh clone work without configuration.
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

const signingKeys = (): Keyring =>
  keyring(signingSecret(), process.env.LEAD_SIGNING_PREVIOUS_SECRETS)

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url')
const unb64 = (text: string) => Buffer.from(text, 'base64url').toString('utf8')

const sign = (secret: string, purpose: string, parts: string[], kid?: string) =>
  crypto
    .createHmac('sha256', secret)
    .update([purpose, ...(kid === undefined ? [] : [kid]), ...parts].join('\n'))
    .digest('base64url')

const same = (a: string, b: string) => {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && crypto.timingSafeEqual(x, y)
}

/** Id of the key new tokens are signed with (a rebuild keeps only tokens signed with it). */
export const currentKeyId = (): string => signingKeys().current.kid

/** `kid.part….signature`, every part base64url-encoded (ids are opaque and may hold anything). */
export const signParts = (purpose: string, parts: string[]): string => {
  const { kid, secret } = signingKeys().current
  return [kid, ...parts.map(b64), sign(secret, purpose, parts, kid)].join('.')
}

/**
 * The parts of a token whose signature is right for this purpose, else null. The key is the one
 * the token names (current or previous); a token without a key id (issued before rotation
 * existed) is tried against each key.
 */
export const verifyParts = (purpose: string, token: unknown, count: number): string[] | null => {
  if (typeof token !== 'string' || token.length > 600) return null
  const pieces = token.split('.')
  const legacy = pieces.length === count + 1
  if (!legacy && pieces.length !== count + 2) return null
  const signature = pieces.pop()!
  const kid = legacy ? undefined : pieces.shift()!
  let parts: string[]
  try {
    parts = pieces.map(unb64)
  } catch {
    return null
  }
  const keys = signingKeys()
  if (kid === undefined) {
    return keys.all.some((key) => same(sign(key.secret, purpose, parts), signature)) ? parts : null
  }
  const key = keys.find(kid)
  return key && same(sign(key.secret, purpose, parts, kid), signature) ? parts : null
}
