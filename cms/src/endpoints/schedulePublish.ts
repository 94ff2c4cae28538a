import type { CollectionSlug, Endpoint } from 'payload'
import { hasRole } from '../access/roles'

const SCHEDULABLE = ['articles', 'white-papers', 'webinars', 'freelancers', 'pages'] as const

/**
 * `POST /api/schedule-publish { collection, id, type: 'publish'|'unpublish', at }`: the REST twin
 * of the admin's « Programmer » drawer. It queues the same `schedulePublish` job (waitUntil = at)
 * that Payload's admin queues, for scripts and the browser tests (the admin goes through a Next
 * server action, which has no REST route).
 */
export const schedulePublish: Endpoint = {
  path: '/schedule-publish',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor') || !req.user) {
      return Response.json(
        { error: 'Seuls le marketing et les administrateurs peuvent programmer une publication.' },
        { status: 403 },
      )
    }
    const body = (await req.json?.().catch(() => null)) as {
      collection?: string
      id?: string | number
      type?: string
      at?: string
    } | null
    const collection = SCHEDULABLE.find((slug) => slug === body?.collection)
    const at = body?.at ? new Date(body.at) : null
    const type = body?.type ?? 'publish'
    if (
      !collection ||
      body?.id == null ||
      !at ||
      Number.isNaN(at.getTime()) ||
      (type !== 'publish' && type !== 'unpublish')
    ) {
      return Response.json(
        {
          error:
            'Requête invalide : indiquez collection, id, type (publish ou unpublish) et at (date ISO).',
        },
        { status: 400 },
      )
    }
    const doc = await req.payload.findByID({
      collection: collection as CollectionSlug,
      id: body.id,
      draft: true,
      depth: 0,
      req,
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
    })
    if (!doc)
      return Response.json(
        { error: `Document introuvable : ${collection} ${body.id}.` },
        { status: 404 },
      )
    const job = await req.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type,
        doc: { relationTo: collection, value: doc.id } as { relationTo: 'articles'; value: number },
        user: { relationTo: req.user.collection, value: req.user.id },
      },
      waitUntil: at,
      req,
    })
    return Response.json({ ok: true, job: job.id, waitUntil: at.toISOString() }, { status: 202 })
  },
}
