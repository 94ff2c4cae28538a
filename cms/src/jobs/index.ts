import type { JobsConfig } from 'payload'
import { requestRebuildTask } from './requestRebuild'

/**
 * The durable queue behind every side effect (emails, rebuilds, reminders, purges). The demo
 * runs it inside the CMS (`autoRun`); production runs `pnpm --filter @vitrine/cms run worker`
 * as its own process and sets JOBS_AUTORUN=false on the web process.
 */
export const jobs: JobsConfig = {
  tasks: [requestRebuildTask],
  autoRun: [{ cron: '* * * * * *', queue: 'default', limit: 50 }],
  shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
  deleteJobOnComplete: false,
}
