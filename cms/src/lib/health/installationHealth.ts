import type { Payload } from 'payload'
import { jobQueueHealth, type JobQueueHealth } from './jobQueueHealth'
import { migrationHealth, type MigrationHealth } from './migrationHealth'
import { publishHealth, type PublishHealth } from './publishHealth'

export type InstallationHealth = {
  status: 'ok' | 'degraded' | 'unhealthy'
  checkedAt: string
  checks: {
    database: { ok: boolean; latencyMs?: number; error?: string }
    migrations?: MigrationHealth
    jobs?: JobQueueHealth
    publish?: PublishHealth
  }
  /** One English sentence per failed check, for the operator reading the JSON. */
  problems: string[]
}

const DATABASE_TIMEOUT_MS = 3000

const withTimeout = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
    ),
  ])

/**
 * Is this installation well (`full`, for monitoring) or can this replica serve (`ready`, for the
 * reverse proxy and compose)? Unhealthy (503): database unreachable, migrations pending, job
 * queue stuck. Degraded (still 200): the publisher is unreachable or its last build failed.
 * No secrets, no personal data: counts, ages, states.
 */
export const installationHealth = async (
  payload: Payload,
  { scope = 'full' }: { scope?: 'full' | 'ready' } = {},
): Promise<InstallationHealth> => {
  const now = new Date()
  const problems: string[] = []
  const started = performance.now()
  // `ready`: can this replica serve requests? Only its database and schema: a stuck queue or a
  // failed build is the same on every replica, and must not take them all out of the proxy.
  const ready = scope === 'ready'
  const publish: Promise<PublishHealth> = ready
    ? Promise.resolve({ ok: true, configured: false })
    : publishHealth(now.getTime())
  let database: InstallationHealth['checks']['database']
  let migrations: MigrationHealth | undefined
  let jobs: JobQueueHealth | undefined
  try {
    ;[migrations, jobs] = await withTimeout(
      Promise.all([
        migrationHealth(payload),
        ready ? undefined : jobQueueHealth(payload, now),
        // One query even when nothing else needs the database (schema push, MongoDB, `ready`).
        payload.count({ collection: 'payload-migrations' }),
      ]),
      DATABASE_TIMEOUT_MS,
    )
    database = { ok: true, latencyMs: Math.round(performance.now() - started) }
  } catch (error) {
    payload.logger.error(`Health check: database query failed: ${(error as Error).message}`)
    database = { ok: false, error: 'unreachable' }
    problems.push('Database unreachable: check DATABASE_URI, the disk or the MongoDB server.')
  }
  if (migrations && !migrations.ok) {
    problems.push(
      `Migrations pending (${migrations.pending?.join(', ')}): restart the CMS in production mode to apply them.`,
    )
  }
  if (jobs && !jobs.ok) {
    if (jobs.stalled > 0) {
      problems.push(
        `${jobs.stalled} job(s) marked as running for over ${jobs.stallSeconds} s: their worker died.`,
      )
    }
    if (jobs.oldestRunnableAgeSeconds > jobs.maxAgeSeconds) {
      problems.push(
        `Job queue stuck: ${jobs.runnable} runnable job(s), the oldest waiting ${jobs.oldestRunnableAgeSeconds} s: is the worker running?`,
      )
    }
  }
  const publishState = await publish
  if (!publishState.ok) {
    problems.push(
      publishState.reachable === false
        ? 'Publisher unreachable (PUBLISHER_URL): the site is not rebuilt.'
        : 'The last site build failed: see the publisher log.',
    )
  }
  const unhealthy = !database.ok || migrations?.ok === false || jobs?.ok === false
  return {
    status: unhealthy ? 'unhealthy' : publishState.ok ? 'ok' : 'degraded',
    checkedAt: now.toISOString(),
    checks: { database, migrations, jobs, ...(ready ? {} : { publish: publishState }) },
    problems,
  }
}
