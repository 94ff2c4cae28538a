import { metaDescription, type SeedRun } from '../context'
import { pages } from '../data/pages'
import { siteSettings } from '../data/siteSettings'
import { withStableIds } from '../ids'
import { seedContext, upsertBySlug } from '../upsert'

export const seedPages = async ({ payload, maps, tally }: SeedRun) => {
  for (const page of pages) {
    const data = withStableIds(
      {
        title: page.title,
        slug: page.slug,
        layout: page.layout(maps.refs),
        meta: {
          title: `${page.title} | Vitrine Office Services`,
          description: metaDescription(page.description),
        },
      },
      `pages:${page.slug}`,
    )
    const { created } = await upsertBySlug(payload, 'pages', data, { status: 'published' })
    tally.add('pages', created)
  }
}

export const seedSiteSettings = async ({ payload, maps, tally }: SeedRun) => {
  await payload.updateGlobal({
    slug: 'site-settings',
    data: withStableIds(siteSettings(maps.refs.image), 'site-settings') as never,
    depth: 0,
    overrideAccess: true,
    context: seedContext,
  })
  tally.add('site-settings', false)
}
