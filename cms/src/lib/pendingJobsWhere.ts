import type { Where } from 'payload'

/**
 * Jobs of one task still to run: not completed, not failed for good; `idle` also leaves out the
 * ones a runner is processing right now.
 */
export const pendingJobsWhere = (taskSlug: string, { idle = false } = {}): Where => ({
  and: [
    { taskSlug: { equals: taskSlug } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
    ...(idle ? [{ processing: { equals: false } }] : []),
  ],
})
