import type { PayloadRequest, TaskConfig } from 'payload'
import type { Lead } from '@vitrine/cms-client/types'
import { queueLeadEmails } from '../collections/Leads/hooks/queueFollowUp'
import { idOf } from '@vitrine/contracts/ids'

/**
 * Safety net of the outbox: a form lead of the last two days without its team notification
 * record (its follow-up failed half-way, or the process died between the writes on a database
 * without transactions) gets its e-mails queued now. Queueing is idempotent, so a lead caught
 * here while its own request is still finishing gets nothing twice.
 */
export const ensureLeadFollowUps = async (req: PayloadRequest, now = new Date()) => {
  const leads = await req.payload.find({
    collection: 'leads',
    where: {
      and: [
        { sendsEmails: { equals: true } },
        { createdAt: { greater_than: new Date(now.getTime() - 48 * 3600_000).toISOString() } },
        { createdAt: { less_than: new Date(now.getTime() - 60_000).toISOString() } },
      ],
    },
    pagination: false,
    limit: 0,
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (leads.docs.length === 0) return { repaired: 0 }
  const notified = await req.payload.find({
    collection: 'emails',
    where: {
      and: [
        { template: { equals: 'team-notification' } },
        { lead: { in: leads.docs.map((l) => l.id) } },
      ],
    },
    pagination: false,
    limit: 0,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const done = new Set(notified.docs.map((e) => String(idOf(e.lead))))
  let repaired = 0
  for (const lead of leads.docs as Lead[]) {
    if (done.has(String(lead.id))) continue
    await queueLeadEmails(req, lead)
    req.payload.logger.warn(
      `ensureLeadFollowUps: lead ${lead.id} had no e-mails queued; queued them now`,
    )
    repaired++
  }
  return { repaired }
}

export const ensureLeadFollowUpsTask: TaskConfig<'ensureLeadFollowUps'> = {
  slug: 'ensureLeadFollowUps',
  label: 'Vérifier que chaque demande a ses e-mails',
  inputSchema: [],
  outputSchema: [{ name: 'repaired', type: 'number' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } },
  schedule: [{ cron: '0 */5 * * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: await ensureLeadFollowUps(req) }),
}
