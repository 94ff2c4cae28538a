import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import type { User } from '@vitrine/cms-client/types'
import { hasRole } from '../access/roles'
import { parisDateTime } from './parisDate'
import { pendingSchedules } from './pendingSchedules'

export type UpcomingSchedule = {
  action: 'Publication' | 'Retrait du site'
  when: string
  title: string
  collectionLabel: string
  href: string
}

/** A collection label in French: a string, a `{ fr, en }` object or a label function (plugins/frenchAdmin). */
const frLabel = (label: unknown, fallback: string): string => {
  if (typeof label === 'string') return label
  if (typeof label === 'function')
    return label({ i18n: { language: 'fr' }, t: (key: string) => key })
  return (label as { fr?: string } | undefined)?.fr ?? fallback
}

/** The dashboard's « Programmations à venir »: what goes online or comes off, soonest first. */
export const upcomingSchedules = async (
  payload: Payload,
  user: (User & { collection?: string }) | null | undefined,
  limit = 10,
): Promise<UpcomingSchedule[]> => {
  if (!user || !hasRole(user, 'admin', 'editor')) return []
  const req = { payload, context: {} } as PayloadRequest
  const schedules = (await pendingSchedules(req)).slice(0, limit)
  const rows = await Promise.all(
    schedules.map(async (s) => {
      const collection = payload.collections[s.collection as CollectionSlug]
      if (!collection) return null
      const doc = await payload.findByID({
        collection: s.collection as CollectionSlug,
        id: s.id,
        draft: true,
        depth: 0,
        user,
        overrideAccess: false,
        disableErrors: true,
      })
      if (!doc) return null
      const titleField = collection.config.admin?.useAsTitle ?? 'id'
      const row: UpcomingSchedule = {
        action: s.type === 'unpublish' ? 'Retrait du site' : 'Publication',
        when: parisDateTime(s.at),
        title: String((doc as unknown as Record<string, unknown>)[titleField] ?? s.id),
        collectionLabel: frLabel(collection.config.labels?.singular, s.collection),
        href: `/admin/collections/${s.collection}/${s.id}`,
      }
      return row
    }),
  )
  return rows.filter((row): row is UpcomingSchedule => row !== null)
}
