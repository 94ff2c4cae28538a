import crypto from 'node:crypto'
import type { Endpoint } from 'payload'
import { signParts, verifyParts } from '../../lib/signedTokens'
import { corsHeaders } from './cors'

const PURPOSE = 'lead-form'
/** A person needs at least this long to fill a form; bots post at once. */
export const MIN_FILL_MS = Number(process.env.LEADS_MIN_FILL_SECONDS ?? 3) * 1000
/** Plain HTML forms carry a token written at build time: it must outlive a quiet month of no rebuilds. */
export const TOKEN_MAX_AGE_MS = 30 * 24 * 3600 * 1000

/** `issuedAt.nonce.signature`: proves the form came from us, and when. */
export const issueFormToken = (now = new Date()) =>
  signParts(PURPOSE, [String(now.getTime()), crypto.randomBytes(9).toString('base64url')])

export type TokenCheck = 'ok' | 'tooFast' | 'missing' | 'invalid' | 'expired'

/** Not less than MIN_FILL_MS since issue (a token older than the page's build is fine), not older than 30 days. */
export const checkFormToken = (token: unknown, now = Date.now()): TokenCheck => {
  if (token === undefined || token === null || token === '') return 'missing'
  const parts = verifyParts(PURPOSE, token, 2)
  const issuedAt = parts ? Number(parts[0]) : NaN
  if (!Number.isFinite(issuedAt)) return 'invalid'
  const age = now - issuedAt
  if (age < MIN_FILL_MS) return age < -60_000 ? 'invalid' : 'tooFast'
  if (age > TOKEN_MAX_AGE_MS) return 'expired'
  return 'ok'
}

/** A site build may keep writing the token it got within this long (stable page bytes between releases). */
export const BUILD_REUSE_MS = 24 * 3600 * 1000

/**
 * The token a build may keep: `reuse` when this CMS signed it (so a rotated secret ends it at
 * once) less than BUILD_REUSE_MS ago; otherwise a fresh one.
 */
export const tokenForBuild = (reuse: unknown, now = new Date()): string => {
  const check = checkFormToken(reuse, now.getTime())
  if (check === 'ok' || check === 'tooFast') {
    const issuedAt = Number(verifyParts(PURPOSE, reuse, 2)?.[0])
    if (now.getTime() - issuedAt < BUILD_REUSE_MS) return String(reuse)
  }
  return issueFormToken(now)
}

/**
 * GET /api/leads/form-token → { token }: the islands fetch one when the form appears.
 * `?reuse=<token>` (site builds): the same token back while it is ours and young enough.
 */
export const formTokenEndpoint: Endpoint = {
  path: '/form-token',
  method: 'get',
  handler: async (req) => {
    const reuse = req.searchParams?.get('reuse') ?? undefined
    return Response.json(
      { token: reuse ? tokenForBuild(reuse) : issueFormToken() },
      { headers: { ...corsHeaders(req.headers.get('origin')), 'Cache-Control': 'no-store' } },
    )
  },
}
