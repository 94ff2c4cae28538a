// The webinar e-mails: the confirmation with its .ics invite, the reminders (future jobs that
// move with the webinar and vanish when it is cancelled) and the replay.
import { _internal_jobSystemGlobals, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { drainJobs, postLead, resetLimits, seedLeadTargets, validLead } from './helpers/leads'
import { startTestSmtp, TestSmtp } from './helpers/smtp'
import { formatParisDateTime } from '@vitrine/contracts/paris-dates'
import { siteUrl } from '../../src/lib/urls'

let payload: Payload
let smtp: TestSmtp
let targets: Awaited<ReturnType<typeof seedLeadTargets>>

beforeAll(async () => {
  smtp = await startTestSmtp()
  payload = await bootPayload()
  targets = await seedLeadTargets(payload)
})
afterAll(async () => {
  await shutdownPayload(payload)
  await smtp.stop()
})
beforeEach(() => resetLimits())
afterEach(() => {
  _internal_jobSystemGlobals.getCurrentDate = () => new Date()
})

/** Runs the queue as if the clock said `at` (for jobs queued with waitUntil in the future). */
const runJobsAt = async (at: Date) => {
  _internal_jobSystemGlobals.getCurrentDate = () => at
  await drainJobs(payload)
  _internal_jobSystemGlobals.getCurrentDate = () => new Date()
}

/** Unfolded `NAME[;params]:value` lines of an iCalendar text. */
const icsLines = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter(Boolean)
const icsValue = (ics: string, name: string) =>
  icsLines(ics)
    .find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
    ?.split(':')
    .slice(1)
    .join(':')
const parisTime = (date: Date) =>
  new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(date)
const icsDate = (value: string) =>
  new Date(value.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'))

describe('webinar', () => {
  it('the confirmation carries a valid .ics: stable UID, start in UTC matching the Paris time, join link', async () => {
    const body = validLead('webinar', { webinarId: String(targets.webinar.id) })
    expect((await postLead(body)).status).toBe(201)
    await drainJobs(payload)
    const [mail] = smtp.to(body.email as string)
    expect(mail?.subject).toBe('Inscription confirmée : Le temps partagé en 30 minutes')
    expect(mail!.text).toContain('https://visio.exemple.fr/live-secret')
    const ics = mail!.attachments.find((a) => a.filename.endsWith('.ics'))
    expect(ics?.contentType).toMatch(/^text\/calendar/)
    const content = ics!.content
    expect(content).toMatch(/^BEGIN:VCALENDAR/)
    expect(icsValue(content, 'UID')).toBe(`webinar-${targets.webinar.id}@vitrine.test`)
    const start = icsValue(content, 'DTSTART')!
    expect(start).toMatch(/^\d{8}T\d{6}Z$/)
    expect(icsDate(start).toISOString()).toBe(new Date(targets.webinar.startsAt).toISOString())
    // What a Paris calendar shows is what the e-mail says (« 12 h 30 », as the site writes it).
    expect(mail!.text).toContain(formatParisDateTime(icsDate(start)))
    expect(icsValue(content, 'DURATION')).toBe('PT30M')
    expect(content).toContain('https://visio.exemple.fr/live-secret')

    // A second registrant gets the same UID: every calendar holds the same event.
    const other = validLead('webinar', { webinarId: String(targets.webinar.id) })
    await postLead(other)
    await drainJobs(payload)
    const again = smtp.to(other.email as string)[0]!.attachments[0]!.content
    expect(icsValue(again, 'UID')).toBe(icsValue(content, 'UID'))
  })

  it('a Thursday 11:00 Paris webinar (winter and summer time) is written as 10:00Z and 09:00Z', async () => {
    const { webinarIcs } = await import('../../src/email/ics')
    const base = {
      id: 7,
      title: 'Live',
      durationMinutes: 30,
      pageUrl: `${siteUrl}/webinaires/live/`,
    }
    expect(icsValue(webinarIcs({ ...base, startsAt: '2026-12-03T10:00:00.000Z' }), 'DTSTART')).toBe(
      '20261203T100000Z',
    )
    expect(parisTime(new Date('2026-12-03T10:00:00.000Z'))).toBe('03/12/2026 11:00')
    expect(icsValue(webinarIcs({ ...base, startsAt: '2027-06-03T09:00:00.000Z' }), 'DTSTART')).toBe(
      '20270603T090000Z',
    )
    expect(parisTime(new Date('2027-06-03T09:00:00.000Z'))).toBe('03/06/2027 11:00')
  })

  const reminderJobs = async (webinarId: number | string) => {
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'notifyWebinarRegistrants' } },
      limit: 0,
      pagination: false,
    })
    return jobs.docs.filter(
      (j) => (j.input as { webinarId?: string }).webinarId === String(webinarId),
    )
  }
  const pending = async (webinarId: number | string) =>
    (await reminderJobs(webinarId))
      .filter((j) => !j.completedAt && !j.hasError)
      .map((j) => ({
        template: (j.input as { template: string }).template,
        waitUntil: j.waitUntil,
      }))

  it('registration schedules two reminders (day before, hour before) as future jobs', async () => {
    const startsAt = new Date(targets.webinar.startsAt)
    const jobs = await pending(targets.webinar.id)
    expect(jobs.sort((a, b) => a.template.localeCompare(b.template))).toEqual([
      {
        template: 'webinar-reminder-day',
        waitUntil: new Date(startsAt.getTime() - 24 * 3600e3).toISOString(),
      },
      {
        template: 'webinar-reminder-hour',
        waitUntil: new Date(startsAt.getTime() - 3600e3).toISOString(),
      },
    ])
  })

  it('moving the webinar moves its reminders; they go out at the new times with the new time', async () => {
    const { webinar } = await seedLeadTargets(payload, new Date(Date.now() + 5 * 24 * 3600e3))
    const people = [
      validLead('webinar', { webinarId: String(webinar.id) }),
      validLead('webinar', { webinarId: String(webinar.id) }),
    ]
    for (const p of people) expect((await postLead(p)).status).toBe(201)
    const moved = new Date(Date.now() + 2 * 24 * 3600e3)
    moved.setUTCMinutes(0, 0, 0)
    await payload.update({
      collection: 'webinars',
      id: webinar.id,
      data: { startsAt: moved.toISOString() },
    })
    const jobs = await pending(webinar.id)
    expect(jobs.map((j) => j.waitUntil).sort()).toEqual([
      new Date(moved.getTime() - 24 * 3600e3).toISOString(),
      new Date(moved.getTime() - 3600e3).toISOString(),
    ])
    expect((await reminderJobs(webinar.id)).filter((j) => j.hasError)).toHaveLength(2) // the old ones, cancelled

    await drainJobs(payload) // confirmations only: the reminders are not due
    for (const p of people)
      expect(smtp.to(p.email as string).map((m) => m.subject)).toEqual([
        `Inscription confirmée : ${webinar.title}`,
      ])

    await runJobsAt(new Date(moved.getTime() - 24 * 3600e3 + 1000))
    for (const p of people)
      expect(smtp.to(p.email as string).map((m) => m.subject)).toContain(
        `Demain : ${webinar.title}`,
      )
    await runJobsAt(new Date(moved.getTime() - 3600e3 + 1000))
    for (const p of people) {
      const subjects = smtp.to(p.email as string).map((m) => m.subject)
      expect(subjects).toEqual([
        `Inscription confirmée : ${webinar.title}`,
        `Demain : ${webinar.title}`,
        `Dans une heure : ${webinar.title}`,
      ])
    }
    // Running the queue again sends nothing twice.
    await runJobsAt(new Date(moved.getTime() - 1000))
    for (const p of people) expect(smtp.to(p.email as string)).toHaveLength(3)
  })

  it('cancelling the webinar cancels its reminders; nothing more is sent', async () => {
    const { webinar } = await seedLeadTargets(payload, new Date(Date.now() + 4 * 24 * 3600e3))
    const person = validLead('webinar', { webinarId: String(webinar.id) })
    await postLead(person)
    await drainJobs(payload)
    await payload.update({ collection: 'webinars', id: webinar.id, data: { status: 'cancelled' } })
    expect(await pending(webinar.id)).toEqual([])
    await runJobsAt(new Date(Date.parse(webinar.startsAt) - 1000))
    expect(smtp.to(person.email as string)).toHaveLength(1)
    // And nobody can register any more.
    const late = await postLead(validLead('webinar', { webinarId: String(webinar.id) }))
    expect(late.status).toBe(400)
    expect((await late.json()).formError).toMatch(/annulé/)
  })

  it('a draft edit of the start time changes nothing until it is published', async () => {
    const { webinar } = await seedLeadTargets(payload, new Date(Date.now() + 6 * 24 * 3600e3))
    await postLead(validLead('webinar', { webinarId: String(webinar.id) }))
    const before = await pending(webinar.id)
    await payload.update({
      collection: 'webinars',
      id: webinar.id,
      draft: true,
      data: { startsAt: new Date(Date.now() + 9 * 24 * 3600e3).toISOString() },
    })
    expect(await pending(webinar.id)).toEqual(before)
  })

  it('the replay link e-mails every registrant once, after the live, whatever the saves', async () => {
    const { webinar } = await seedLeadTargets(payload, new Date(Date.now() + 3600e3 * 30))
    const people = [
      validLead('webinar', { webinarId: String(webinar.id) }),
      validLead('webinar', { webinarId: String(webinar.id) }),
    ]
    for (const p of people) await postLead(p)
    await drainJobs(payload)
    const replays = (email: string) =>
      smtp.to(email).filter((m) => m.subject.startsWith('Le replay est en ligne'))
    // A draft with the link changes nothing; publishing it queues the replay, held until the end.
    const url = 'https://video.exemple.fr/replay'
    await payload.update({
      collection: 'webinars',
      id: webinar.id,
      draft: true,
      data: { replayUrl: url },
    })
    await payload.update({
      collection: 'webinars',
      id: webinar.id,
      data: { replayUrl: url, _status: 'published' },
    })
    await drainJobs(payload)
    expect(replays(people[0]!.email)).toHaveLength(0)
    const over = new Date(Date.parse(webinar.startsAt) + 31 * 60_000)
    await runJobsAt(over)
    // Later saves (a typo fixed in the title) send nothing more.
    await payload.update({
      collection: 'webinars',
      id: webinar.id,
      data: { title: `${webinar.title} (replay)` },
    })
    await runJobsAt(over)
    for (const p of people) {
      expect(replays(p.email)).toHaveLength(1)
      expect(replays(p.email)[0]!.text).toContain(url)
    }
  })
})
