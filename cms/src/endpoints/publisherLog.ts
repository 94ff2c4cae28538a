import type { Endpoint } from 'payload'
import { hasRole } from '../access/roles'
import { publisherAuth } from '../lib/publisherStatus'

/**
 * GET /api/publisher-log/:id → the publisher's build log, for editors and admins (the admin
 * widget's « Journal » link). The publisher serves logs only with the webhook secret, which
 * stays on the server (audit F17).
 */
export const publisherLog: Endpoint = {
  path: '/publisher-log/:id',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor'))
      return Response.json(
        { error: 'Réservé aux éditeurs et aux administrateurs.' },
        { status: 403 },
      )
    const id = String(req.routeParams?.id ?? '')
    const base = (process.env.PUBLISHER_URL || '').replace(/\/$/, '')
    if (!/^[\w-]{1,80}$/.test(id) || !base)
      return Response.json({ error: 'Journal introuvable.' }, { status: 404 })
    const url = `${base}/releases/${id}/log`
    try {
      const res = await fetch(url, {
        headers: publisherAuth(),
        signal: AbortSignal.timeout(5000),
        cache: 'no-store',
      })
      if (!res.ok) {
        req.payload.logger.warn(`publisher-log: GET ${url} answered ${res.status}`)
        return Response.json(
          { error: 'Journal introuvable.' },
          { status: res.status === 404 ? 404 : 502 },
        )
      }
      return new Response(res.body, {
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
      })
    } catch (error) {
      req.payload.logger.error(`publisher-log: GET ${url} failed: ${(error as Error).message}`)
      return Response.json(
        { error: 'Le service de publication ne répond pas : réessayez dans un instant.' },
        { status: 502 },
      )
    }
  },
}
