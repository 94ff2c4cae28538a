import type { TaskConfig } from 'payload'
import { autoresponderCapReached, queueEmail } from '../email/outbox'
import { isLive, publishedWebinar, type WebinarJobInput } from '../email/webinarSchedule'

/**
 * Fan-out for one webinar: queues one `sendEmail` per registrant (reminder the day before, an
 * hour before, or the replay). A reminder job whose webinar moved or was cancelled since it was
 * queued does nothing. Registrants whose confirmation was held back by the per-address cap get
 * nothing more. Each e-mail has its own idempotency key, so re-running the job sends no duplicate.
 */
export const notifyWebinarRegistrantsTask: TaskConfig<'notifyWebinarRegistrants'> = {
  slug: 'notifyWebinarRegistrants',
  label: 'Prévenir les inscrits d’un webinaire',
  inputSchema: [
    { name: 'webinarId', type: 'text', required: true },
    { name: 'template', type: 'text', required: true },
    { name: 'startsAt', type: 'text' },
  ],
  outputSchema: [
    { name: 'queued', type: 'number' },
    { name: 'skipped', type: 'text' },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, req, job }) => {
    const { webinarId, template, startsAt } = input as WebinarJobInput
    const webinar = await publishedWebinar(req, webinarId)
    if (!webinar || !isLive(webinar))
      return { output: { queued: 0, skipped: 'webinar missing, unpublished or cancelled' } }
    const start = new Date(webinar.startsAt).toISOString()
    if (template !== 'webinar-replay') {
      if (start !== startsAt) return { output: { queued: 0, skipped: `webinar moved to ${start}` } }
      if (Date.now() >= Date.parse(start))
        return { output: { queued: 0, skipped: 'webinar already started' } }
    } else if (!webinar.replayUrl) {
      return { output: { queued: 0, skipped: 'no replay link' } }
    }
    const held = await req.payload.find({
      collection: 'emails',
      where: {
        and: [
          { webinar: { equals: webinar.id } },
          { template: { equals: 'webinar-confirmation' } },
          { status: { equals: 'skipped' } },
        ],
      },
      pagination: false,
      limit: 0,
      depth: 0,
      req,
    })
    const heldLeads = new Set(
      held.docs.map((e) => String(typeof e.lead === 'object' ? e.lead?.id : e.lead)),
    )
    let queued = 0
    for (let page = 1; ; page++) {
      const leads = await req.payload.find({
        collection: 'leads',
        where: { and: [{ kind: { equals: 'webinar' } }, { webinar: { equals: webinar.id } }] },
        sort: 'createdAt',
        limit: 200,
        page,
        depth: 0,
        req,
      })
      for (const lead of leads.docs) {
        if (heldLeads.has(String(lead.id))) continue
        const key =
          template === 'webinar-replay'
            ? `${lead.id}:${template}`
            : `${lead.id}:${template}:${start}`
        const params = template === 'webinar-replay' ? {} : { startsAt: start }
        await queueEmail(req, {
          key,
          template,
          to: lead.email,
          person: lead.email,
          lead: lead.id,
          webinar: webinar.id,
          params,
          // Reminders and the replay count in the mailbox's daily ration too.
          skip: await autoresponderCapReached(req, lead.email),
        })
        queued++
      }
      if (!leads.hasNextPage) break
    }
    req.payload.logger.info(
      `notifyWebinarRegistrants: ${template} for webinar ${webinar.id} queued ${queued} e-mails (job ${job.id})`,
    )
    return { output: { queued } }
  },
}
