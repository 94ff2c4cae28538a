import { createEvent } from 'ics'
import { brandName } from './templates/Layout'
import { config } from '../config'

export type IcsWebinar = {
  id: number | string
  title: string
  startsAt: string
  durationMinutes: number
  joinUrl?: string | null
  pageUrl: string
  updatedAt?: string
}

const host = () => config.smtp.fromDomain

/**
 * The calendar invite of a webinar. The UID is stable per webinar, so a calendar that imported it
 * updates the same event; times are written in UTC (`…Z`), which every client shows in the
 * reader's zone (Paris for our visitors). SEQUENCE grows with each change of the webinar.
 */
export const webinarIcs = (webinar: IcsWebinar): string => {
  const where = webinar.joinUrl || webinar.pageUrl
  const { error, value } = createEvent({
    uid: `webinar-${webinar.id}@${host()}`,
    productId: 'vitrine/webinaires',
    method: 'PUBLISH',
    start: new Date(webinar.startsAt).getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: webinar.durationMinutes },
    title: webinar.title,
    description: `Webinaire ${brandName}.\nLien de connexion : ${where}`,
    location: 'En ligne',
    url: where,
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
    organizer: { name: brandName, email: config.smtp.fromAddress },
    sequence: webinar.updatedAt
      ? Math.max(0, Math.floor((Date.parse(webinar.updatedAt) - Date.UTC(2024, 0, 1)) / 1000))
      : 0,
    alarms: [
      {
        action: 'display',
        description: `${webinar.title} commence dans 15 minutes`,
        trigger: { minutes: 15, before: true },
      },
    ],
  })
  if (error || !value)
    throw new Error(
      `webinar ${webinar.id}: the .ics invite could not be built: ${error?.message ?? 'empty'}`,
    )
  return value
}
