import type { BaseDatabaseAdapter, DatabaseAdapterObj, Payload, TaskConfig, Where } from 'payload'
import { claimOnce } from '../lib/claimOnce'

/**
 * How long a claimed job is its runner's. A live runner renews it (`keepLease`); a runner that died
 * (SIGKILL, OOM, `docker compose up -d`) stops renewing, and once it is over any runner takes the
 * job back. Payload 3.90 has no lease of its own (docs/adr/0017-job-leases-and-claims.md).
 */
export const jobLeaseMs = () => Number(process.env.JOBS_LEASE_MS || 5 * 60_000)

type UpdateJobs = BaseDatabaseAdapter['updateJobs']
type UpdateJobsArgs = Parameters<UpdateJobs>[0]
type JobRow = { id: number | string; updatedAt: string; processing?: boolean; totalTried?: number }

/** Payload's runner claims with `data: { processing: true }` (+ `updatedAt`) and nothing else. */
const isClaim = ({ data }: UpdateJobsArgs) =>
  data?.processing === true &&
  Object.keys(data).every((k) => k === 'processing' || k === 'updatedAt')

const notProcessing = (w: Where) =>
  !(w.processing && (w.processing as { equals?: unknown }).equals === false)

/** The runner's filter, with "not processing" widened to "not processing, or its lease is over". */
const claimableWhere = (args: UpdateJobsArgs): Where => {
  const base: Where[] = args.id
    ? [{ id: { equals: args.id } }]
    : ((args.where?.and as Where[] | undefined) ?? (args.where ? [args.where] : [])).filter(
        notProcessing,
      )
  const expired = new Date(Date.now() - jobLeaseMs()).toISOString()
  return {
    and: [
      ...base,
      {
        or: [
          { processing: { equals: false } },
          { and: [{ processing: { equals: true } }, { updatedAt: { less_than: expired } }] },
        ],
      },
    ],
  }
}

/**
 * Payload's claim is a find then an update: two runners can both take one job. Here each candidate
 * is claimed by inserting `job:<id>:<tries>:<updatedAt>` into `claims` (one winner per version of
 * the row), and only the winner marks it processing. A job whose lease is over is a candidate too.
 */
const claimJobs = async (
  payload: Payload,
  original: UpdateJobs,
  args: UpdateJobsArgs,
): Promise<Awaited<ReturnType<UpdateJobs>>> => {
  const candidates = await payload.db.find<JobRow>({
    collection: 'payload-jobs',
    where: claimableWhere(args),
    limit: args.id ? 1 : (args.limit ?? 10),
    sort: args.sort,
    pagination: false,
    req: {},
  })
  const claimed = []
  for (const job of candidates.docs) {
    const version = `job:${job.id}:${job.totalTried ?? 0}:${job.updatedAt}`
    if (!(await claimOnce(payload, version, 7 * 24 * 3600_000))) continue
    if (job.processing)
      payload.logger.warn(
        `jobs: took back job ${job.id}: its runner stopped renewing the lease at ${job.updatedAt}`,
      )
    const [row] =
      (await original({
        id: job.id,
        data: { processing: true, updatedAt: new Date().toISOString() },
        req: args.req,
        returning: args.returning,
      })) ?? []
    if (row) claimed.push(row)
  }
  return args.returning === false ? null : claimed
}

/** Wraps the database adapter so every job claim (web autoRun, worker, runByID) goes through leases. */
export const withJobLeases = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    const original: UpdateJobs = db.updateJobs.bind(db)
    db.updateJobs = (updateArgs) =>
      isClaim(updateArgs) ? claimJobs(args.payload, original, updateArgs) : original(updateArgs)
    return db
  },
})

/** While a task runs, its lease is renewed every third of its length (a long purge stays its own). */
export const keepLease = <T extends TaskConfig>(task: T): T => {
  const handler = task.handler
  if (typeof handler !== 'function') return task
  return {
    ...task,
    handler: async (args: Parameters<typeof handler>[0]) => {
      const { job, req } = args
      const renew = () =>
        req.payload.db
          .updateJobs({ id: job.id, data: { updatedAt: new Date().toISOString() }, req: {} })
          .catch((error: unknown) =>
            req.payload.logger.warn(
              `jobs: could not renew the lease of job ${job.id}: ${String(error)}`,
            ),
          )
      const timer = setInterval(renew, Math.max(1000, jobLeaseMs() / 3))
      timer.unref()
      try {
        return await handler(args)
      } finally {
        clearInterval(timer)
      }
    },
  }
}
