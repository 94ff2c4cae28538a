import type { JobsConfig } from 'payload'
import { ensureLeadFollowUpsTask } from './ensureLeadFollowUps'
import { keepLease } from './leases'
import { processLeadIntakesTask } from './processLeadIntakes'
import { notifyWebinarRegistrantsTask } from './notifyWebinarRegistrants'
import { purgeExpiredLeadsTask } from './purgeExpiredLeads'
import { rebuildOnClockTask } from './rebuildOnClock'
import { requestRebuildTask } from './requestRebuild'
import { sendEmailTask } from './sendEmail'
import { config } from '../config'

/**
 * The durable queue behind every side effect (emails, rebuilds, reminders, purges). The demo
 * runs it inside the CMS (`autoRun`, which also queues scheduled tasks such as the nightly
 * purge); production runs `pnpm --filter @vitrine/cms run worker` (`jobs:run --handle-schedules`)
 * as its own process and sets JOBS_AUTORUN=false on the web process, which then starts no cron
 * at all (Payload's autoRun cron would otherwise still queue scheduled tasks every second).
 */
export const jobs: JobsConfig = {
  // Each running task renews its lease; a job whose runner died is taken back (leases.ts).
  tasks: [
    requestRebuildTask,
    rebuildOnClockTask,
    sendEmailTask,
    notifyWebinarRegistrantsTask,
    purgeExpiredLeadsTask,
    ensureLeadFollowUpsTask,
    processLeadIntakesTask,
  ].map(keepLease),
  autoRun: () =>
    !config.jobsAutorun ? [] : [{ cron: '* * * * * *', queue: 'default', limit: 50 }],
  shouldAutoRun: () => config.jobsAutorun,
  deleteJobOnComplete: false,
  // The runner's claim query (every second) asks for unfinished jobs of a queue, oldest first.
  // Without this index SQLite reads every finished job kept for JOBS_KEEP_DAYS and sorts the
  // candidates (docs/adr/0038); MongoDB gets the same index.
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    indexes: [
      ...(defaultJobsCollection.indexes ?? []),
      { fields: ['completedAt', 'queue', 'createdAt'] },
    ],
  }),
}
