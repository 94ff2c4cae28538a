import type { Endpoint } from 'payload'
import { hasRole } from '../access/roles'
import { queueRebuild } from '../hooks/queueRebuild'

/** « Republier maintenant » in the publishing widget: asks for a rebuild without any change. */
export const republish: Endpoint = {
  path: '/republish',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) {
      return Response.json(
        { error: 'Seuls le marketing et les administrateurs peuvent republier le site.' },
        { status: 403 },
      )
    }
    await queueRebuild(req, {
      collection: 'site',
      action: 'manual',
      doc: { title: 'Republication manuelle' },
    })
    return Response.json(
      { ok: true, message: 'Republication demandée : le site sera à jour dans quelques secondes.' },
      { status: 202 },
    )
  },
}
