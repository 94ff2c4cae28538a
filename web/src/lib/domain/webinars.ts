import type { Webinar } from '@vitrine/cms-client'

type WebinarLike = Pick<Webinar, 'startsAt' | 'status' | 'durationMinutes'>

const startOf = (w: WebinarLike) => new Date(w.startsAt).getTime()

/** Not started yet (cancelled ones included: they are shown as such). */
export const isUpcoming = (w: WebinarLike, now: Date) => startOf(w) > now.getTime()

export const isCancelled = (w: Pick<Webinar, 'status'>) => w.status === 'cancelled'

/** Open for registration: upcoming and not cancelled. */
export const isOpen = (w: WebinarLike, now: Date) => isUpcoming(w, now) && !isCancelled(w)

/** The next session one can register for, or undefined. */
export const nextWebinar = <W extends WebinarLike>(webinars: W[], now: Date): W | undefined =>
  webinars.filter((w) => isOpen(w, now)).sort((a, b) => startOf(a) - startOf(b))[0]

/** Upcoming soonest first, then past most recent first. */
export const splitWebinars = <W extends WebinarLike>(webinars: W[], now: Date) => ({
  upcoming: webinars.filter((w) => isUpcoming(w, now)).sort((a, b) => startOf(a) - startOf(b)),
  past: webinars.filter((w) => !isUpcoming(w, now)).sort((a, b) => startOf(b) - startOf(a)),
})

/** End of the session. */
export const endsAt = (w: WebinarLike) => new Date(startOf(w) + (w.durationMinutes || 30) * 60_000)
