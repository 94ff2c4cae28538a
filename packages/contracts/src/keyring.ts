import crypto from 'node:crypto'

/**
 * Signing keys with rotation (docs/adr/0015-secrets-and-key-rotation.md): one current secret that
 * signs, previous secrets that still verify. Each token carries the key id of the secret that
 * signed it, derived from the secret itself (no id to configure): rotating is "move the current
 * secret to the previous list, set a new one". Server-only (node:crypto).
 */
export type SigningKey = { kid: string; secret: string }
export type Keyring = {
  current: SigningKey
  find: (kid: string) => SigningKey | undefined
  all: SigningKey[]
}

/** 8 base64url characters naming a secret (a hash of it: says nothing usable about the secret). */
export const keyId = (secret: string): string =>
  crypto.createHash('sha256').update(`vitrine-key-id\n${secret}`).digest('base64url').slice(0, 8)

/** The current secret plus previous ones given as a comma- (or space-) separated list. */
export const keyring = (current: string, previous = ''): Keyring => {
  const secrets = [current, ...previous.split(/[\s,]+/).filter(Boolean)]
  const all = [...new Set(secrets)].map((secret) => ({ kid: keyId(secret), secret }))
  return { current: all[0]!, all, find: (kid) => all.find((key) => key.kid === kid) }
}
