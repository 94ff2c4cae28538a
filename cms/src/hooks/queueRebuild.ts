import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'
import { skipSideEffects } from '../lib/skipSideEffects'
import { config } from '../config'

type Action = 'publish' | 'unpublish' | 'delete' | 'settings' | 'manual'
type AnyDoc = Record<string, unknown> & {
  id?: string | number
  _status?: string
  title?: string
  displayName?: string
  slug?: string
}

/** Debounce: the rebuild goes this long after the last change of a burst… */
export const REBUILD_DEBOUNCE_MS = config.rebuildDebounceMs
/** …but never later than this after the first one (a long burst still publishes). */
export const REBUILD_MAX_WAIT_MS = config.rebuildMaxWaitMs

/**
 * Records the change and makes sure one `requestRebuild` job is pending. A burst of changes
 * produces one job: while one waits, later changes add to the journal and push its start back
 * (debounce), up to the maximum wait counted from the job's creation.
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
  const pending = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'requestRebuild' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { processing: { equals: false } },
      ],
    },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const waiting = pending.docs[0]
  if (waiting) {
    const next = Math.min(
      Date.now() + REBUILD_DEBOUNCE_MS,
      Date.parse(waiting.createdAt) + REBUILD_MAX_WAIT_MS,
    )
    if (waiting.waitUntil && next > Date.parse(waiting.waitUntil)) {
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
  await payload.jobs.queue({
    task: 'requestRebuild',
    input: { reason: `${change.action} ${change.collection}` },
    waitUntil: new Date(Date.now() + REBUILD_DEBOUNCE_MS),
    req,
  })
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
