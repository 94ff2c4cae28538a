import type { Endpoint } from 'payload'
import { isPreviewReader } from '../access/isPreviewReader'
import { hasRole } from '../access/roles'
import { verifyPreviewToken } from '../lib/previewTokens'

const refuse = (error: string) =>
  Response.json({ error }, { status: 403, headers: { 'Cache-Control': 'no-store' } })

/**
 * POST /api/preview-session { token } → 200 while the token's user may still preview drafts
 * (editor or admin today), else 403 (audit F21). Asked by the preview server, signed in with the
 * preview secret (collections/Users/previewReaderStrategy.ts), on each use of a preview link or session:
 * demoting or deleting a user ends their previews at once.
 */
export const previewSession: Endpoint = {
  path: '/preview-session',
  method: 'post',
  handler: async (req) => {
    if (!isPreviewReader(req.user)) return refuse('Réservé au serveur d’aperçu.')
    const body = (await req.json?.().catch(() => null)) as { token?: unknown } | null
    const claims = verifyPreviewToken(body?.token)
    if (!claims) return refuse('Ce lien d’aperçu n’est pas valide ou a expiré.')
    // The system checks a user for the preview server (which may read no user itself).
    const user = await req.payload
      .findByID({
        collection: 'users',
        id: claims.u,
        depth: 0,
        disableErrors: true,
        overrideAccess: true,
      })
      .catch(() => null)
    if (!user || !hasRole(user, 'admin', 'editor')) {
      req.payload.logger.warn(
        `preview-session: refused the preview of user ${claims.u} (${user ? `role ${user.role}` : 'deleted'}) for ${claims.c} ${claims.id}`,
      )
      return refuse(
        'Votre compte ne permet plus l’aperçu des brouillons : demandez l’accès à un administrateur.',
      )
    }
    return Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } })
  },
}
