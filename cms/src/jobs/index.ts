import type { JobsConfig } from 'payload'

/**
 * The durable queue behind every side effect (emails, rebuilds, reminders, purges). The demo
 * runs it inside the CMS (`autoRun`); production may run `pnpm --filter @vitrine/cms run worker`
 * instead and set JOBS_AUTORUN=false on the web process.
 */
export const jobs: JobsConfig = {
  tasks: [],
  autoRun: [{ cron: '*/5 * * * * *', queue: 'default', limit: 50 }],
  shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
  deleteJobOnComplete: false,
}
