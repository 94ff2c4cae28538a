import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import type { Webinar } from '@vitrine/cms-client/types'
import { publishedWebinar, queueReplayOnce, syncWebinarReminders } from '../email/webinarSchedule'
import { skipSideEffects } from '../lib/skipSideEffects'

/**
 * Registrants follow the webinar: its reminders move with `startsAt`, vanish when it is cancelled
 * or unpublished, and the replay e-mail goes out once `replayUrl` is filled in. Everything is read
 * from the published version: a draft save changes nothing registrants were promised.
 */
export const scheduleWebinarEmails: CollectionAfterChangeHook<Webinar> = async ({ doc, req }) => {
  if (skipSideEffects(req)) return doc
  const published = await publishedWebinar(req, doc.id)
  await syncWebinarReminders(
    req,
    published ?? { id: doc.id, startsAt: doc.startsAt, status: 'cancelled' },
  )
  if (published) await queueReplayOnce(req, published)
  return doc
}

export const cancelWebinarEmails: CollectionAfterDeleteHook<Webinar> = async ({ doc, req }) => {
  if (skipSideEffects(req)) return doc
  await syncWebinarReminders(req, { id: doc.id, startsAt: doc.startsAt, status: 'cancelled' })
  return doc
}
