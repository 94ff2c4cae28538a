import type { PayloadRequest } from 'payload'

export type PendingSchedule = {
  type: 'publish' | 'unpublish'
  at: string
  collection: string
  id: string
}

type JobInput = { type?: string; doc?: { relationTo?: string; value?: string | number } }

/**
 * The scheduled publications and unpublications still to come (Payload's `schedulePublish` jobs,
 * queued by the admin's drawer or POST /api/schedule-publish), soonest first. Read once per
 * request: a list page asks for every row. `payload-jobs` is closed to every role over REST, so
 * this is a system read; callers decide who may see the result.
 */
export const pendingSchedules = (req: PayloadRequest): Promise<PendingSchedule[]> => {
  const cached = req.context.pendingSchedules as Promise<PendingSchedule[]> | undefined
  if (cached) return cached
  const pending = req.payload
    .find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'schedulePublish' } },
          { waitUntil: { greater_than: new Date().toISOString() } },
          { completedAt: { exists: false } },
        ],
      },
      sort: 'waitUntil',
      limit: 200,
      depth: 0,
      pagination: false,
    })
    .then(({ docs }) =>
      docs.flatMap((job) => {
        const input = job.input as JobInput | undefined
        if (!input?.doc?.relationTo || input.doc.value == null || !job.waitUntil) return []
        const type: PendingSchedule['type'] = input.type === 'unpublish' ? 'unpublish' : 'publish'
        return [
          {
            type,
            at: job.waitUntil,
            collection: input.doc.relationTo,
            id: String(input.doc.value),
          },
        ]
      }),
    )
  req.context.pendingSchedules = pending
  return pending
}
