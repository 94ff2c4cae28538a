import type { TaskConfig } from 'payload'
import { queueRebuild } from '../hooks/queueRebuild'
import { clockChangeDue } from '../lib/clockChangeDue'

/**
 * Every minute: when a webinar has started or ended since the last rebuild request, asks for a
 * rebuild (the site shows it as past, drops its form and the announcement). Scheduled publishes
 * and unpublishes need nothing here: Payload's `schedulePublish` job saves the document when due,
 * and the save's hook asks for the rebuild.
 */
export const rebuildOnClockTask: TaskConfig<'rebuildOnClock'> = {
  slug: 'rebuildOnClock',
  label: 'Reconstruire le site quand un webinaire commence ou se termine',
  schedule: [{ cron: '0 * * * * *', queue: 'default' }],
  retries: 0,
  handler: async ({ req }) => {
    const due = await clockChangeDue(req)
    if (!due) return { output: {} }
    const when = due.kind === 'start' ? 'a commencé' : 'est terminé'
    req.payload.logger.info(
      `rebuildOnClock: webinar ${due.id} ${due.kind === 'start' ? 'started' : 'ended'} at ${due.at.toISOString()}; requesting a rebuild`,
    )
    await queueRebuild(req, {
      collection: due.collection,
      action: 'clock',
      doc: { id: due.id, title: `${due.title} (${when})` },
    })
    return { output: {} }
  },
}
