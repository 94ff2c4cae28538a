import type { PayloadRequest, TaskConfig } from 'payload'

/**
 * Deletes every lead whose retention period is over (`retainUntil`, computed from the contract's
 * rules on each save of the lead). Deleting a lead removes its CV, its e-mail records and, if it
 * was the person's last lead, the contact record (Leads › cleanUpLead).
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
  req.payload.logger.info(
    `purgeExpiredLeads: deleted ${deleted} leads (retention end ≤ ${now.toISOString()})`,
  )
  return { deleted }
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
