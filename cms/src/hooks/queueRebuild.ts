import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
  Where,
} from 'payload'
import { runRebuildJobSoon } from '../lib/runRebuildJobSoon'
import { skipSideEffects } from '../lib/skipSideEffects'
import { config } from '../config'

type Action = 'publish' | 'unpublish' | 'delete' | 'settings' | 'manual' | 'clock'
type AnyDoc = Record<string, unknown> & {
  id?: string | number
  _status?: string
  title?: string
  displayName?: string
  slug?: string
}

// Debounce (REBUILD_DEBOUNCE_MS): after a first change sent at once, the rest of a burst goes this
// long after its last change… but never later than REBUILD_MAX_WAIT_MS after the first one (a
// long burst still publishes). Read per change (config getters).

/**
 * Records the change and makes sure a `requestRebuild` job is pending. The first change after a
 * quiet period is sent at once (leading edge, run in this process); later changes of the burst
 * share one trailing job whose start each pushes back (debounce), up to the maximum wait counted
 * from that job's creation.
 */
export const queueRebuild = async (
  req: PayloadRequest,
  change: { collection: string; action: Action; doc?: AnyDoc },
) => {
  if (skipSideEffects(req)) return
  const { payload } = req
  await payload.create({
    collection: 'site-changes',
    data: {
      collection: change.collection,
      action: change.action,
      docId: change.doc?.id != null ? String(change.doc.id) : undefined,
      title: (change.doc?.title ??
        change.doc?.displayName ??
        change.doc?.slug ??
        change.collection) as string,
      by: req.user?.collection === 'users' ? req.user.id : undefined,
    },
    req,
    overrideAccess: true,
  })
  const rebuildJobs = (where: Where[], limit: number) =>
    payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'requestRebuild' } }, ...where] },
      limit,
      depth: 0,
      req,
      overrideAccess: true,
    })
  const pending = await rebuildJobs(
    [
      { completedAt: { exists: false } },
      { hasError: { not_equals: true } },
      { processing: { equals: false } },
    ],
    5,
  )
  // A trailing job (it has a waitUntil) collects the burst: push its start back.
  const waiting = pending.docs.find((job) => job.waitUntil)
  if (waiting) {
    const next = Math.min(
      Date.now() + config.rebuildDebounceMs,
      Date.parse(waiting.createdAt) + config.rebuildMaxWaitMs,
    )
    if (next > Date.parse(waiting.waitUntil!)) {
      await payload.update({
        collection: 'payload-jobs',
        id: waiting.id,
        data: { waitUntil: new Date(next).toISOString() },
        depth: 0,
        req,
        overrideAccess: true,
      })
    }
    return
  }
  const reason = `${change.action} ${change.collection}`
  // Leading edge: the first change after a quiet period is sent at once; changes that follow
  // within the debounce go to one trailing job (a burst of any length sends two webhooks per
  // maximum wait).
  const since = new Date(Date.now() - config.rebuildDebounceMs).toISOString()
  const recent =
    pending.docs.length > 0 ||
    (
      await rebuildJobs(
        [
          {
            or: [
              { createdAt: { greater_than: since } },
              { completedAt: { greater_than: since } },
              { processing: { equals: true } },
            ],
          },
        ],
        1,
      )
    ).docs.length > 0
  if (recent) {
    await payload.jobs.queue({
      task: 'requestRebuild',
      input: { reason },
      waitUntil: new Date(Date.now() + config.rebuildDebounceMs),
      req,
    })
    return
  }
  const job = await payload.jobs.queue({ task: 'requestRebuild', input: { reason }, req })
  runRebuildJobSoon(payload, job.id)
}

const isPublic = (doc?: AnyDoc) =>
  doc != null && (doc._status === undefined || doc._status === 'published')

/**
 * Did this save take a published document off the site? True when the main document (not just a
 * draft version) is now a draft and a published version of it existed before.
 */
const wasUnpublished = async (
  req: PayloadRequest,
  collection: string,
  doc: AnyDoc,
): Promise<boolean> => {
  if (doc.id == null) return false
  const slug = collection as 'articles'
  const main = (await req.payload.findByID({
    collection: slug,
    id: doc.id,
    depth: 0,
    draft: false,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as AnyDoc | null
  // A draft saved over a published document leaves the published one in place.
  if (!main || main._status === 'published' || main.updatedAt !== doc.updatedAt) return false
  const published = await req.payload.findVersions({
    collection: slug,
    where: {
      and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }],
    },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return published.totalDocs > 0
}

/** Publish, unpublish, slug change or any edit of a published document — never a draft save. */
export const rebuildOnChange: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  const now = doc as AnyDoc
  if (isPublic(now)) {
    await queueRebuild(req, { collection: collection.slug, action: 'publish', doc: now })
  } else if (await wasUnpublished(req, collection.slug, now)) {
    await queueRebuild(req, { collection: collection.slug, action: 'unpublish', doc: now })
  }
  return doc
}

export const rebuildOnDelete: CollectionAfterDeleteHook = async ({ doc, collection, req }) => {
  if (isPublic(doc as AnyDoc))
    await queueRebuild(req, { collection: collection.slug, action: 'delete', doc: doc as AnyDoc })
  return doc
}

export const rebuildOnGlobalChange: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  await queueRebuild(req, { collection: global.slug, action: 'settings' })
  return doc
}
