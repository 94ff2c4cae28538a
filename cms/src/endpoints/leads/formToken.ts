import crypto from 'node:crypto'
import type { Endpoint } from 'payload'
import { currentKeyId, signParts, verifyParts } from '../../lib/signedTokens'
import { corsHeaders } from './cors'

const PURPOSE = 'lead-form'
/** Written into static pages at build time: shared by every visitor without JavaScript. */
const PAGE_PURPOSE = 'lead-form-page'
/** A person needs at least this long to fill a form; bots post at once. */
export const MIN_FILL_MS = Number(process.env.LEADS_MIN_FILL_SECONDS ?? 3) * 1000
/** Plain HTML forms carry a token written at build time: it must outlive a quiet month of no rebuilds. */
export const TOKEN_MAX_AGE_MS = 30 * 24 * 3600 * 1000

/** `issuedAt.nonce.signature`: proves the form came from us, and when. */
export const issueFormToken = (now = new Date()) =>
  signParts(PURPOSE, [String(now.getTime()), crypto.randomBytes(9).toString('base64url')])

/** A page token, shared by every visitor of a static page: unproven, any number of times. */
export const issuePageToken = (now = new Date()) =>
  signParts(PAGE_PURPOSE, [String(now.getTime()), crypto.randomBytes(9).toString('base64url')])

/** `page`: a valid page token (a post without JavaScript, or a copy of it): kept for review. */
export type TokenCheck = 'ok' | 'page' | 'tooFast' | 'missing' | 'invalid' | 'expired'

/** Clock skew tolerated between the machines that issue and check tokens. */
const SKEW_MS = 60_000

/** Age of a token this CMS signed; NaN for anything else (forged, other secret, malformed). */
const ageOf = (token: unknown, now: number, purpose = PURPOSE): number => {
  const parts = verifyParts(purpose, token, 2)
  return parts ? now - Number(parts[0]) : NaN
}

/** The token's nonce when this CMS signed it: the key of its single use (lead-intakes.tokenNonce). */
export const formTokenNonce = (token: unknown): string | undefined =>
  verifyParts(PURPOSE, token, 2)?.[1]

/** Not less than MIN_FILL_MS since issue (a token older than the page's build is fine), not older than 30 days. */
export const checkFormToken = (token: unknown, now = Date.now()): TokenCheck => {
  if (token === undefined || token === null || token === '') return 'missing'
  const pageAge = ageOf(token, now, PAGE_PURPOSE)
  if (Number.isFinite(pageAge)) return pageAge > TOKEN_MAX_AGE_MS ? 'expired' : 'page'
  const age = ageOf(token, now)
  if (!Number.isFinite(age) || age < -SKEW_MS) return 'invalid'
  if (age < MIN_FILL_MS) return 'tooFast'
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
  const age = ageOf(reuse, now.getTime(), PAGE_PURPOSE)
  const current = String(reuse).startsWith(`${currentKeyId()}.`)
  return current && age >= -SKEW_MS && age < BUILD_REUSE_MS ? String(reuse) : issuePageToken(now)
}

/**
 * GET /api/leads/form-token → { token, minFillMs }: the islands fetch one per visitor when the
 * form appears; it is good for one submission, sent at least `minFillMs` after it was issued.
 * `?page=1[&reuse=<token>]` (site builds): the page token, the same one back while it is ours and
 * young enough. Posts carrying it are kept in quarantine for review (docs/adr/0019).
 */
export const formTokenEndpoint: Endpoint = {
  path: '/form-token',
  method: 'get',
  handler: async (req) => {
    const reuse = req.searchParams?.get('reuse') ?? undefined
    const page = req.searchParams?.get('page') === '1' || reuse !== undefined
    return Response.json(
      page ? { token: tokenForBuild(reuse) } : { token: issueFormToken(), minFillMs: MIN_FILL_MS },
      { headers: { ...corsHeaders(req.headers.get('origin')), 'Cache-Control': 'no-store' } },
    )
  },
}
