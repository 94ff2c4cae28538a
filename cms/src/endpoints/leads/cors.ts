import type { Endpoint } from 'payload'
import { cmsUrl, siteUrl } from '../../lib/urls'

/** Browsers may call the lead endpoints from the site only (and the CMS's own pages). */
export const allowedOrigins = () => new Set([siteUrl, cmsUrl])

/**
 * A browser always says where a post comes from; `null` (a sandboxed iframe, a data: URL on some
 * other site) is foreign too. No header at all: a script or an old browser, not refused here.
 */
export const isForeignOrigin = (origin: string | null) =>
  origin !== null && !allowedOrigins().has(origin)

/** CORS headers for the site's origin; nothing for anyone else (the browser then blocks the read). */
export const corsHeaders = (origin: string | null): Record<string, string> =>
  origin === siteUrl
    ? { 'Access-Control-Allow-Origin': siteUrl, Vary: 'Origin' }
    : { Vary: 'Origin' }

/** Preflight of a JSON post from the site. */
export const preflight = (path: string): Endpoint => ({
  path,
  method: 'options',
  handler: async (req) => {
    const origin = req.headers.get('origin')
    if (origin !== siteUrl) return new Response(null, { status: 403, headers: { Vary: 'Origin' } })
    return new Response(null, {
      status: 204,
      headers: {
        ...corsHeaders(origin),
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type, Accept',
        'Access-Control-Max-Age': '600',
      },
    })
  },
})
