import type { SiteSetting, Webinar } from '@vitrine/cms-client'
import { formatDayTime } from '../render/dates'
import { safeHref } from '../render/html'
import { paths } from '../seo/publicPaths'

export type Announcement = { text?: string; href: string; label: string }

/** Small stable hash: the same webinar always gets the same message (no churn between builds). */
const hash = (value: string) => [...value].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)

/**
 * The announcement bar: one of the configured messages about the next upcoming webinar ({date}
 * replaced by its Paris date), chosen per webinar; without an upcoming webinar, the fallback link.
 */
export const announcementFor = (
  settings: Pick<SiteSetting, 'announcement'>,
  next: Pick<Webinar, 'id' | 'slug' | 'startsAt' | 'title'> | undefined,
): Announcement | null => {
  const bar = settings.announcement
  if (!bar || bar.enabled === false) return null
  if (next?.slug) {
    const messages = (bar.messages ?? []).map((m) => m.text).filter(Boolean)
    const date = formatDayTime(next.startsAt)
    const message =
      messages[hash(`${next.id}:${next.startsAt}`) % Math.max(messages.length, 1)] ??
      `Prochain webinaire le {date} : ${next.title}`
    return {
      text: message.replace(/\{date\}/g, date),
      href: paths.webinar(next.slug),
      label: bar.linkLabel || 'Je m’inscris au webinaire',
    }
  }
  if (bar.fallback?.url && bar.fallback.label) {
    return { href: safeHref(bar.fallback.url), label: bar.fallback.label }
  }
  return null
}

/** Is `href` the current page or one of its ancestors (for aria-current in the menu)? */
export const isCurrent = (href: string, currentPath: string): 'page' | 'true' | undefined => {
  if (!href.startsWith('/')) return undefined
  if (href === currentPath) return 'page'
  if (href !== '/' && currentPath.startsWith(href)) return 'true'
  return undefined
}
