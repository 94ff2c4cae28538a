import type { CollectionSlug, PayloadRequest } from 'payload'

/** The public types with autosave, and the field that titles them (publishableAdmin). */
const titled = {
  articles: 'title',
  pages: 'title',
  webinars: 'title',
  'white-papers': 'title',
  freelancers: 'displayName',
} as const satisfies Partial<Record<CollectionSlug, string>>

const KEEP_HOURS = 24

/**
 * « Créer » stores an empty draft at once (Payload's autosave needs an id before the first
 * keystroke, docs/adr/0031): the list hides it, and the nightly purge deletes the ones still
 * without a title a day after their last save. A draft with a title, or anything ever published,
 * is never touched. Returns how many were deleted per collection.
 */
export const removeAbandonedDrafts = async (req: PayloadRequest, now: Date) => {
  const before = new Date(now.getTime() - KEEP_HOURS * 3600_000).toISOString()
  const removed: Record<string, number> = {}
  for (const [collection, field] of Object.entries(titled) as [CollectionSlug, string][]) {
    const { docs } = await req.payload.find({
      collection,
      where: {
        and: [
          { or: [{ [field]: { exists: false } }, { [field]: { equals: '' } }] },
          { _status: { equals: 'draft' } },
          { updatedAt: { less_than: before } },
        ],
      },
      limit: 100,
      depth: 0,
      pagination: false,
      select: {},
      req,
      overrideAccess: true,
    })
    for (const doc of docs) {
      // Never published: no version of it was ever public.
      const published = await req.payload.countVersions({
        collection,
        where: {
          and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }],
        },
        req,
        overrideAccess: true,
      })
      if (published.totalDocs > 0) continue
      await req.payload.delete({ collection, id: doc.id, req, overrideAccess: true })
      removed[collection] = (removed[collection] ?? 0) + 1
    }
  }
  return removed
}
