// Time-driven rebuilds: a webinar that starts or ends, a scheduled publish or unpublish that falls
// due, each rebuilds the site within a minute without an editor. The clock is Date, faked and
// moved by the test; the worker is simulated by ticks (schedules handled, queue run) as
// `payload jobs:run --cron '* * * * * *' --handle-schedules` does in production.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Payload } from 'payload'
import { lexical, seedUsers } from './helpers/fixtures'
import { useRebuildTest, drainJobs, startRebuildReceiver } from './helpers/rebuildReceiver'

let receiver: Awaited<ReturnType<typeof startRebuildReceiver>>
let payload: Payload
let categoryId: number | string
/** Fake clock time at which each webhook arrived. */
const arrivals: number[] = []

const T0 = Date.parse('2027-03-01T09:00:00Z')
const setClock = (at: number) => vi.setSystemTime(new Date(at))

/** The worker's ticks from `from` to `to`, every `step` of fake time (15 s). */
const runWorker = async (from: number, to: number, step = 15_000) => {
  for (let at = from; at <= to; at += step) {
    setClock(at)
    await payload.jobs.handleSchedules({ queue: 'default' })
    await drainJobs(payload)
    while (arrivals.length < receiver.received.length) arrivals.push(at)
  }
}

useRebuildTest((t) => ({ payload, receiver, categoryId } = t))
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  setClock(T0)
  await drainJobs(payload)
  receiver.received.length = 0
  arrivals.length = 0
})
afterEach(() => {
  vi.useRealTimers()
})

const minutes = (n: number) => n * 60_000

describe('time-driven rebuilds', () => {
  it('a webinar starting, then ending, rebuilds the site within a minute of each, once', async () => {
    const startsAt = T0 + minutes(60)
    await payload.create({
      collection: 'webinars',
      data: {
        title: 'Déléguer sa facturation',
        summary: 'Trente minutes pour tout comprendre.',
        startsAt: new Date(startsAt).toISOString(),
        durationMinutes: 45,
        status: 'scheduled',
        _status: 'published',
      } as never,
    })
    await runWorker(T0, T0 + minutes(2)) // the publish itself
    expect(receiver.received).toHaveLength(1)
    receiver.received.length = 0
    arrivals.length = 0

    await runWorker(T0 + minutes(2), startsAt - 1000, minutes(4)) // nothing falls due before the start
    expect(receiver.received).toHaveLength(0)

    await runWorker(startsAt, startsAt + minutes(3))
    expect(receiver.received).toHaveLength(1)
    expect(arrivals[0]! - startsAt).toBeLessThanOrEqual(minutes(1))
    expect(receiver.received[0]!.body.documents[0]).toMatchObject({
      collection: 'webinars',
      action: 'clock',
    })

    const endsAt = startsAt + minutes(45)
    await runWorker(startsAt + minutes(3), endsAt - 1000, minutes(4))
    expect(receiver.received).toHaveLength(1)
    await runWorker(endsAt, endsAt + minutes(2))
    expect(receiver.received).toHaveLength(2)
    expect(arrivals[1]! - endsAt).toBeLessThanOrEqual(minutes(1))
    expect(arrivals[1]! - endsAt).toBeGreaterThanOrEqual(0)
  }, 120_000)

  it('a scheduled publish, then a scheduled unpublish, rebuild the site when they fall due', async () => {
    // A day after the first test: its journal entries must lie in this test's past.
    const base = T0 + minutes(24 * 60)
    setClock(base)
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: {
        title: 'Programmé',
        excerpt: 'Chapô',
        body: lexical('Texte'),
        category: categoryId,
        _status: 'draft',
      } as never,
    })
    const publishAt = base + minutes(30)
    const unpublishAt = base + minutes(90)
    for (const [type, at] of [
      ['publish', publishAt],
      ['unpublish', unpublishAt],
    ] as const) {
      await payload.jobs.queue({
        task: 'schedulePublish',
        input: { type, doc: { relationTo: 'articles', value: draft.id } },
        waitUntil: new Date(at),
      })
    }
    await runWorker(base, publishAt - 1000, minutes(4))
    expect(receiver.received).toHaveLength(0)
    await runWorker(publishAt, publishAt + minutes(2))
    expect(receiver.received.map((r) => r.body.documents[0]?.action)).toEqual(['publish'])
    expect(arrivals[0]! - publishAt).toBeLessThanOrEqual(minutes(1))
    await runWorker(publishAt + minutes(2), unpublishAt - 1000, minutes(4))
    expect(receiver.received).toHaveLength(1)
    await runWorker(unpublishAt, unpublishAt + minutes(2))
    expect(receiver.received.map((r) => r.body.documents[0]?.action)).toEqual([
      'publish',
      'unpublish',
    ])
    expect(arrivals[1]! - unpublishAt).toBeLessThanOrEqual(minutes(1))
  }, 120_000)

  it('a publish scheduled by an editor (the job carries the user, as the admin and /api/schedule-publish queue it) rebuilds when due', async () => {
    const base = T0 + minutes(2 * 24 * 60)
    setClock(base)
    const { editor } = await seedUsers(payload)
    const draft = await payload.create({
      collection: 'webinars',
      draft: true,
      data: {
        title: 'Prospecter à l’export',
        summary: 'Une heure de méthode.',
        startsAt: new Date(base + minutes(7 * 24 * 60)).toISOString(),
        durationMinutes: 60,
        status: 'scheduled',
        _status: 'draft',
      } as never,
    })
    const publishAt = base + minutes(20)
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'webinars', value: draft.id },
        user: { relationTo: 'users', value: editor.id },
      } as never,
      waitUntil: new Date(publishAt),
    })
    await runWorker(base, publishAt - 1000, minutes(4))
    expect(receiver.received).toHaveLength(0)
    await runWorker(publishAt, publishAt + minutes(2))
    expect(receiver.received.map((r) => r.body.documents[0])).toMatchObject([
      { collection: 'webinars', action: 'publish' },
    ])
    expect(arrivals[0]! - publishAt).toBeLessThanOrEqual(minutes(1))
    const after = await payload.findByID({ collection: 'webinars', id: draft.id, depth: 0 })
    expect(after._status).toBe('published')
  }, 120_000)
})
