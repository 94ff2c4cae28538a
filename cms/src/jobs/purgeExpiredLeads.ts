import type { PayloadRequest, TaskConfig, Where } from 'payload'
import { config } from '../config'
import {
  removeOrphanContacts,
  removeOrphanCvFiles,
  removeOrphanResumes,
} from '../endpoints/privacy/personTraces'
import { removeAbandonedDrafts } from './abandonedDrafts'

/**
 * Deletes every lead whose retention period is over (`retainUntil`, computed from the contract's
 * rules on each save of the lead). Deleting a lead removes its CV, its e-mail records and, if it
 * was the person's last lead, the contact record (Leads › cleanUpLead). Then the housekeeping.
 */
export const purgeExpiredLeads = async (req: PayloadRequest, now = new Date()) => {
  let deleted = 0
  for (;;) {
    const due = await req.payload.find({
      collection: 'leads',
      where: { retainUntil: { less_than_equal: now.toISOString() } },
      sort: 'retainUntil',
      limit: 100,
      depth: 0,
      req,
      overrideAccess: true,
    })
    if (due.docs.length === 0) break
    for (const lead of due.docs) {
      await req.payload.delete({ collection: 'leads', id: lead.id, req, overrideAccess: true })
      deleted++
    }
  }
  const housekeeping = await purgeHousekeeping(req, now)
  req.payload.logger.info(
    `purgeExpiredLeads: deleted ${deleted} leads (retention end ≤ ${now.toISOString()}), ${JSON.stringify(housekeeping)}`,
  )
  return { deleted }
}

const FAILED_JOB_KEEP_DAYS = 30

/**
 * What the queue and the claims leave behind: finished jobs (their input and log may name a
 * person) after a week, failed ones after 30 days, claims past their expiry, CV records no lead or
 * submission points to, CV files no record points to, contacts without a lead, empty drafts
 * nobody titled (abandonedDrafts.ts). A purge killed
 * midway leaves such orphans: the next run (its job taken back, docs/adr/0017) removes them.
 */
const purgeHousekeeping = async (req: PayloadRequest, now: Date) => {
  const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3600_000).toISOString()
  const { db } = req.payload
  const jobWhere: Where = {
    or: [
      { completedAt: { less_than: daysAgo(config.jobsKeepDays) } },
      {
        and: [
          { hasError: { equals: true } },
          { updatedAt: { less_than: daysAgo(FAILED_JOB_KEEP_DAYS) } },
        ],
      },
    ],
  }
  const jobs = (await db.count({ collection: 'payload-jobs', where: jobWhere, req: {} })).totalDocs
  if (jobs) await db.deleteMany({ collection: 'payload-jobs', where: jobWhere, req: {} })
  const claimWhere: Where = { expiresAt: { less_than: now.toISOString() } }
  const claims = (await db.count({ collection: 'claims', where: claimWhere, req: {} })).totalDocs
  if (claims) await db.deleteMany({ collection: 'claims', where: claimWhere, req: {} })
  // Records first: a CV record removed here takes its file with it.
  const orphanCvs = await removeOrphanResumes(req, now.getTime())
  const orphanFiles = await removeOrphanCvFiles(req, now.getTime())
  const orphanContacts = await removeOrphanContacts(req, now.getTime())
  const emptyDrafts = await removeAbandonedDrafts(req, now)
  return { jobs, claims, orphanCvs, orphanFiles, orphanContacts, emptyDrafts }
}

export const purgeExpiredLeadsTask: TaskConfig<'purgeExpiredLeads'> = {
  slug: 'purgeExpiredLeads',
  label: 'Supprimer les demandes arrivées au bout de leur durée de conservation',
  inputSchema: [],
  outputSchema: [{ name: 'deleted', type: 'number' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } },
  // Every night at 03:30 (server time); also runnable on demand (POST /api/privacy/purge).
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: await purgeExpiredLeads(req) }),
}
