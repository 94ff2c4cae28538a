import { getCollection, type CollectionKey } from 'astro:content'
import type {
  Article,
  Category,
  Freelancer,
  Media,
  Page,
  Redirect,
  SiteSetting,
  Webinar,
  WhitePaper,
} from '@vitrine/cms-client'
import { buildFormToken } from './formToken'
import type { PackedEntry } from './loaders'
import { assembleSite, type Site } from './site'

export type { Site } from './site'

/**
 * Typed, joined access to the content collections (loaded once per build, then memoised). Pages
 * call `loadSite()` in their frontmatter / getStaticPaths; components only receive props.
 */

/** A collection's CMS documents (each entry holds its document as JSON: see loaders.ts). */
const data = async <T>(name: CollectionKey): Promise<T[]> =>
  (await getCollection(name)).map(
    (entry: { data: unknown }) => JSON.parse((entry.data as PackedEntry).json) as T,
  )

const build = async (): Promise<Site> => {
  const [
    settingsEntries,
    articles,
    categories,
    whitePapers,
    webinars,
    freelancers,
    pages,
    redirects,
    media,
  ] = await Promise.all([
    data<SiteSetting>('settings'),
    data<Article>('articles'),
    data<Category>('categories'),
    data<WhitePaper>('whitePapers'),
    data<Webinar>('webinars'),
    data<Freelancer>('freelancers'),
    data<Page>('pages'),
    data<Redirect>('redirects'),
    data<Media>('media'),
  ])
  const formToken = await buildFormToken()
  const settings = settingsEntries[0]
  if (!settings)
    throw new Error('content: site settings are missing (the settings loader stored nothing)')

  return assembleSite(
    {
      settings,
      articles,
      categories,
      whitePapers,
      webinars,
      freelancers,
      pages,
      redirects,
      media,
    },
    { now: process.env.BUILD_NOW ? new Date(process.env.BUILD_NOW) : new Date(), formToken },
  )
}

let cached: Promise<Site> | undefined
let cachedGeneration: unknown

/**
 * Everything the pages need, loaded once per build. The preview server refreshes the content
 * store before each page (integrations/preview.ts) and bumps this generation: load again then.
 */
export const loadSite = (): Promise<Site> => {
  const generation = (globalThis as Record<symbol, unknown>)[
    Symbol.for('vitrine.preview.generation')
  ]
  if (generation !== cachedGeneration) {
    cachedGeneration = generation
    cached = undefined
  }
  return (cached ??= build())
}
