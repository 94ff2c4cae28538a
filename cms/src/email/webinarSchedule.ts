import type { PayloadRequest } from 'payload'
import type { Webinar } from '@vitrine/cms-client/types'
import type { Id } from '@vitrine/contracts/ids'

type ReminderTemplate = 'webinar-reminder-day' | 'webinar-reminder-hour'
export type WebinarJobInput = {
  webinarId: string
  template: ReminderTemplate | 'webinar-replay'
  startsAt?: string
}

const HOUR = 3600 * 1000
export const reminders: { template: ReminderTemplate; before: number }[] = [
  { template: 'webinar-reminder-day', before: 24 * HOUR },
  { template: 'webinar-reminder-hour', before: HOUR },
]

/** Published and not cancelled: registrants hear about it. */
export const isLive = (webinar: Pick<Webinar, 'status' | '_status'> | null | undefined) =>
  Boolean(webinar && webinar.status === 'scheduled' && webinar._status !== 'draft')

/** The webinar as the public sees it (the published version, not a pending draft). */
export const publishedWebinar = (req: PayloadRequest, id: Id) =>
  req.payload.findByID({
    collection: 'webinars',
    id,
    depth: 0,
    draft: false,
    req,
    overrideAccess: true,
    disableErrors: true,
  }) as Promise<Webinar | null>

/** Reminder jobs of this webinar that have not run yet. */
const pendingReminderJobs = async (req: PayloadRequest, webinarId: Id) => {
  const jobs = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'notifyWebinarRegistrants' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return jobs.docs.filter((job) => {
    const input = job.input as WebinarJobInput | undefined
    return input?.webinarId === String(webinarId) && input.template !== 'webinar-replay'
  })
}

/**
 * Makes the queue hold exactly the reminder jobs this webinar needs now: one the day before and
 * one an hour before its current start, both in the future, none if it is cancelled, unpublished
 * or deleted. Jobs for an old start time are cancelled, missing ones queued (`waitUntil`).
 * Safe to call any number of times (every registration, every save of the webinar).
 */
export const syncWebinarReminders = async (
  req: PayloadRequest,
  webinarOrId:
    Id | (Pick<Webinar, 'id' | 'startsAt' | 'status'> & { _status?: Webinar['_status'] }),
) => {
  const webinar =
    typeof webinarOrId === 'object' ? webinarOrId : await publishedWebinar(req, webinarOrId)
  const id = typeof webinarOrId === 'object' ? webinarOrId.id : webinarOrId
  const now = Date.now()
  const wanted =
    webinar && isLive(webinar)
      ? reminders
          .map((r) => ({
            template: r.template,
            startsAt: new Date(webinar.startsAt).toISOString(),
            at: new Date(Date.parse(webinar.startsAt) - r.before),
          }))
          .filter((r) => r.at.getTime() > now)
      : []
  const pending = await pendingReminderJobs(req, id)
  const matches = (input: WebinarJobInput, w: (typeof wanted)[number]) =>
    input.template === w.template && input.startsAt === w.startsAt
  for (const job of pending) {
    if (job.processing) continue
    if (!wanted.some((w) => matches(job.input as WebinarJobInput, w)))
      await req.payload.jobs.cancelByID({ id: job.id, req, overrideAccess: true })
  }
  for (const w of wanted) {
    if (pending.some((job) => matches(job.input as WebinarJobInput, w))) continue
    const input: WebinarJobInput = {
      webinarId: String(id),
      template: w.template,
      startsAt: w.startsAt,
    }
    await req.payload.jobs.queue({ task: 'notifyWebinarRegistrants', input, waitUntil: w.at, req })
  }
}

/**
 * Queues the replay e-mails once per webinar, as soon as the published webinar has a replay link
 * (not before its end: a link filled in early waits for the live to be over). Whatever the
 * sequence of draft and published saves, a second call finds the job and does nothing; each
 * registrant's e-mail has its own key anyway.
 */
export const queueReplayOnce = async (req: PayloadRequest, webinar: Webinar) => {
  if (!webinar.replayUrl || !isLive(webinar)) return
  const existing = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'notifyWebinarRegistrants' } },
        { hasError: { not_equals: true } },
      ],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const queued = existing.docs.some((job) => {
    const input = job.input as WebinarJobInput | undefined
    return input?.webinarId === String(webinar.id) && input.template === 'webinar-replay'
  })
  if (queued) return
  const endsAt = new Date(Date.parse(webinar.startsAt) + (webinar.durationMinutes ?? 0) * 60_000)
  const input: WebinarJobInput = { webinarId: String(webinar.id), template: 'webinar-replay' }
  await req.payload.jobs.queue({
    task: 'notifyWebinarRegistrants',
    input,
    waitUntil: endsAt.getTime() > Date.now() ? endsAt : undefined,
    req,
  })
}
