import type { Payload, Where } from 'payload'

/** What the job queue looks like right now: enough for a load balancer and the admin panel. */
export type JobQueueHealth = {
  ok: boolean
  /** Jobs not completed and not given up (runnable, waiting for a retry, or running). */
  backlog: number
  /** Jobs a worker could pick up now. */
  runnable: number
  /** Seconds since the longest-waiting runnable job became runnable (0 when none). */
  oldestRunnableAgeSeconds: number
  /** Jobs marked as running for longer than any task takes: their process died (no lease in Payload 3). */
  stalled: number
  /** Jobs that gave up after their last attempt, in the last 24 hours. */
  failedLast24h: number
  maxAgeSeconds: number
  stallSeconds: number
}

const seconds = (name: string, fallback: number) => {
  const value = Number(process.env[name] || fallback)
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/**
 * The queue is stuck when a runnable job waited longer than HEALTH_QUEUE_MAX_AGE_SECONDS (300:
 * the worker polls every second) or a job has been "processing" longer than
 * HEALTH_JOB_STALL_SECONDS (900). Five small indexed queries.
 */
export const jobQueueHealth = async (
  payload: Payload,
  now = new Date(),
): Promise<JobQueueHealth> => {
  const maxAgeSeconds = seconds('HEALTH_QUEUE_MAX_AGE_SECONDS', 300)
  const stallSeconds = seconds('HEALTH_JOB_STALL_SECONDS', 900)
  const open: { and: Where[] } = {
    and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }],
  }
  const runnableWhere: Where = {
    and: [
      ...open.and,
      { processing: { equals: false } },
      { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: now.toISOString() } }] },
    ],
  }
  const [backlog, runnable, oldest, stalled, failed] = await Promise.all([
    payload.count({ collection: 'payload-jobs', where: open }),
    payload.count({ collection: 'payload-jobs', where: runnableWhere }),
    payload.find({
      collection: 'payload-jobs',
      where: runnableWhere,
      sort: 'createdAt',
      limit: 20,
      depth: 0,
      pagination: false,
      select: { createdAt: true, waitUntil: true },
    }),
    payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          ...open.and,
          { processing: { equals: true } },
          { updatedAt: { less_than: new Date(now.getTime() - stallSeconds * 1000).toISOString() } },
        ],
      },
    }),
    payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { hasError: { equals: true } },
          { updatedAt: { greater_than: new Date(now.getTime() - 24 * 3600e3).toISOString() } },
        ],
      },
    }),
  ])
  // A job retried later is runnable from its waitUntil, a fresh one from its creation.
  const since = oldest.docs.map((job) =>
    Math.max(
      new Date(job.createdAt).getTime(),
      job.waitUntil ? new Date(job.waitUntil).getTime() : 0,
    ),
  )
  const oldestRunnableAgeSeconds = since.length
    ? Math.max(0, Math.round((now.getTime() - Math.min(...since)) / 1000))
    : 0
  return {
    ok: oldestRunnableAgeSeconds <= maxAgeSeconds && stalled.totalDocs === 0,
    backlog: backlog.totalDocs,
    runnable: runnable.totalDocs,
    oldestRunnableAgeSeconds,
    stalled: stalled.totalDocs,
    failedLast24h: failed.totalDocs,
    maxAgeSeconds,
    stallSeconds,
  }
}
