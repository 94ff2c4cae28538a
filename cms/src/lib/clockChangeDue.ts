import type { PayloadRequest } from 'payload'

/** Longest webinar (the field's max): a start this far back can still end after `since`. */
const MAX_DURATION_MS = 480 * 60_000
/** A change older than this is not chased (the site was rebuilt since, or the CMS was down). */
const LOOKBACK_MS = 7 * 24 * 3600_000

export type ClockChange = {
  collection: 'webinars'
  id: number | string
  title: string
  kind: 'start' | 'end'
  at: Date
}

/**
 * The latest instant the site's rendering depends on (a published webinar's start — it leaves
 * « à venir », its form and the announcement bar — or its end) that passed after the last rebuild
 * request, or null. Stateless: the site-changes journal dates the last request.
 */
export const clockChangeDue = async (
  req: PayloadRequest,
  now = new Date(),
): Promise<ClockChange | null> => {
  const { payload } = req
  const last = await payload.find({
    collection: 'site-changes',
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const lastRequest = last.docs[0] ? Date.parse(last.docs[0].createdAt) : 0
  const since = Math.max(lastRequest, now.getTime() - LOOKBACK_MS)
  if (since >= now.getTime()) return null
  const webinars = await payload.find({
    collection: 'webinars',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { startsAt: { greater_than: new Date(since - MAX_DURATION_MS).toISOString() } },
        { startsAt: { less_than_equal: now.toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
    select: { title: true, startsAt: true, durationMinutes: true },
    req,
    overrideAccess: true,
  })
  let due: ClockChange | null = null
  for (const w of webinars.docs) {
    const start = Date.parse(w.startsAt)
    const instants: [ClockChange['kind'], number][] = [
      ['start', start],
      ['end', start + (w.durationMinutes || 30) * 60_000],
    ]
    for (const [kind, at] of instants) {
      if (at <= since || at > now.getTime() || (due && due.at.getTime() >= at)) continue
      due = { collection: 'webinars', id: w.id, title: w.title, kind, at: new Date(at) }
    }
  }
  return due
}
