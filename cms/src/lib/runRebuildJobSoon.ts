import type { Payload } from 'payload'

const ATTEMPTS = 40
const RETRY_MS = 50

/**
 * The leading edge of a burst: runs a just-queued rebuild job in this process as soon as it is
 * visible (the request that queued it may still hold it in an uncommitted transaction), instead of
 * waiting for the worker's next poll. The job stays in the queue, so the worker is the fallback
 * when this process dies or the send fails (retries with backoff as usual). Only jobs still
 * pending are run: a job the worker already picked is left alone.
 */
export const runRebuildJobSoon = (payload: Payload, id: number | string) => {
  const attempt = async (n: number): Promise<void> => {
    const job = await payload.findByID({
      collection: 'payload-jobs',
      id,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
    })
    if (!job) {
      if (n < ATTEMPTS) setTimeout(() => void attempt(n + 1).catch(report), RETRY_MS)
      return
    }
    if (job.completedAt || job.processing || job.hasError) return
    await payload.jobs.run({ queue: 'default', limit: 1, where: { id: { equals: id } } })
  }
  const report = (error: unknown) =>
    payload.logger.warn(
      `requestRebuild job ${id}: immediate run failed, the worker will retry it: ${(error as Error).message}`,
    )
  setTimeout(() => void attempt(0).catch(report), 0)
}
