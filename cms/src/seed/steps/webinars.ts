import { metaDescription, type SeedRun } from '../context'
import { joinUrl, replayUrl, webinars } from '../data/webinars'
import { thursdaySessions } from '../dates'
import { withStableIds } from '../ids'
import { doc } from '../lexical'
import { upsertBySlug } from '../upsert'

/**
 * Webinars land on Thursdays at 12:30 Paris time relative to `now`: slot +n is the n-th Thursday
 * to come, slot -n the n-th one gone. Re-seeding on a later day moves them along.
 */
export const seedWebinars = async ({ payload, maps, tally, now }: SeedRun) => {
  const ahead = Math.max(0, ...webinars.map((w) => w.slot))
  const behind = Math.max(0, ...webinars.map((w) => -w.slot))
  const sessions = thursdaySessions({ upcoming: ahead, past: behind }, now)
  const cover = maps.refs.image('webinar')
  for (const w of webinars) {
    const startsAt = w.slot > 0 ? sessions.upcoming[w.slot - 1] : sessions.past[-w.slot - 1]
    if (!startsAt)
      throw new Error(`seed: no Thursday computed for webinar "${w.slug}" (slot ${w.slot})`)
    const data = withStableIds(
      {
        title: w.title,
        slug: w.slug,
        summary: w.summary,
        startsAt: startsAt.toISOString(),
        durationMinutes: w.durationMinutes,
        capacity: w.capacity ?? null,
        speakers: w.speakers,
        description: doc(w.body(maps.refs), `webinars:${w.slug}:description`),
        cover,
        joinUrl: joinUrl(w.slug),
        replayUrl: w.replay && w.slot < 0 ? replayUrl(w.slug) : null,
        status: w.status ?? 'scheduled',
        meta: {
          title: `${w.title} | Webinaire Vitrine`,
          description: metaDescription(w.summary),
          image: cover,
        },
      },
      `webinars:${w.slug}`,
    )
    const { doc: saved, created } = await upsertBySlug(payload, 'webinars', data, {
      status: 'published',
    })
    maps.webinars.set(w.slug, saved.id)
    tally.add('webinars', created)
  }
}
