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
import { buildNow } from '../config'
import { buildFormToken } from './formToken'
import type { PackedEntry } from './loaders'
import type { RichTextContext } from '../render/richtext'
import { pathFor } from '../seo/publicPaths'
import { relatedIndex } from '../domain/related'
import { nextWebinar } from '../domain/webinars'

/**
 * Typed, joined access to the content collections (loaded once per build, then memoised). Pages
 * call `loadSite()` in their frontmatter / getStaticPaths; components only receive props.
 */

type Ref<T> = number | string | T | null | undefined

export type Site = {
  settings: SiteSetting
  /** Published articles, newest first. */
  articles: Article[]
  categories: Category[]
  whitePapers: WhitePaper[]
  webinars: Webinar[]
  /** Published profiles whose owner consents (the CMS filters the others out). */
  freelancers: Freelancer[]
  pages: Page[]
  redirects: Redirect[]
  /** The build's clock (BUILD_NOW overrides it, for tests). */
  now: Date
  nextWebinar: Webinar | undefined
  media: (ref: Ref<Media>) => Media | undefined
  category: (ref: Ref<Category>) => Category | undefined
  /** Published articles of a category, newest first (grouped once per build). */
  articlesIn: (category: Category) => Article[]
  /** "Ces articles pourraient vous intéresser" of an article (index built once per build). */
  related: (article: Article) => Article[]
  /** Site path of a CMS document (internal links, redirects). */
  hrefFor: (collection: string, ref: unknown) => string | undefined
  richText: RichTextContext
  /** Signed token written into every plain HTML form ('' if the CMS could not issue one). */
  formToken: string
}

/** A collection's CMS documents (each entry holds its document as JSON: see loaders.ts). */
const data = async <T>(name: CollectionKey): Promise<T[]> =>
  (await getCollection(name)).map(
    (entry: { data: unknown }) => JSON.parse((entry.data as PackedEntry).json) as T,
  )

const time = (value: string | null | undefined) => (value ? Date.parse(value) : 0)
const byNewest =
  <T>(key: (item: T) => string | null | undefined) =>
  (a: T, b: T) =>
    time(key(b)) - time(key(a))

const refId = (ref: unknown): string | undefined => {
  if (ref == null) return undefined
  if (typeof ref === 'object') return 'id' in ref ? String((ref as { id: unknown }).id) : undefined
  return String(ref)
}

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

  const now = buildNow()
  const mediaById = new Map(media.map((m) => [String(m.id), m]))
  const categoryById = new Map(categories.map((c) => [String(c.id), c]))
  const docs: Record<string, Map<string, { slug?: string | null }>> = {
    articles: new Map(articles.map((d) => [String(d.id), d])),
    categories: categoryById,
    'white-papers': new Map(whitePapers.map((d) => [String(d.id), d])),
    webinars: new Map(webinars.map((d) => [String(d.id), d])),
    freelancers: new Map(freelancers.map((d) => [String(d.id), d])),
    pages: new Map(pages.map((d) => [String(d.id), d])),
  }
  const hrefFor = (collection: string, ref: unknown) => {
    const id = refId(ref)
    const doc = id ? docs[collection]?.get(id) : undefined
    return pathFor(collection, doc?.slug)
  }
  const sortedArticles = articles
    .filter((a) => a.slug)
    .sort(byNewest((a) => a.publishedAt ?? a.createdAt))
  const sortedWhitePapers = whitePapers
    .filter((w) => w.slug)
    .sort(byNewest((w) => w.publishedAt ?? w.createdAt))
  const sortedWebinars = webinars.filter((w) => w.slug)
  const byCategory = new Map<string, Article[]>()
  for (const a of sortedArticles) {
    const id = refId(a.category)
    if (!id || !categoryById.has(id)) continue
    const list = byCategory.get(id)
    if (list) list.push(a)
    else byCategory.set(id, [a])
  }

  return {
    settings,
    articles: sortedArticles,
    categories: categories
      .filter((c) => c.slug)
      .sort((a, b) => a.title.localeCompare(b.title, 'fr')),
    whitePapers: sortedWhitePapers,
    webinars: sortedWebinars,
    freelancers: freelancers.filter((f) => f.slug).sort(byNewest((f) => f.joinedAt)),
    pages: pages.filter((p) => p.slug),
    redirects,
    now,
    nextWebinar: nextWebinar(sortedWebinars, now),
    media: (ref) => {
      const id = refId(ref)
      return id ? mediaById.get(id) : undefined
    },
    category: (ref) => {
      const id = refId(ref)
      return id ? categoryById.get(id) : undefined
    },
    articlesIn: (category) => byCategory.get(String(category.id)) ?? [],
    related: relatedIndex(sortedArticles),
    hrefFor,
    richText: {
      whitePapers: sortedWhitePapers,
      webinars: sortedWebinars,
      now,
      media: mediaById,
      hrefFor,
      headingLevel: 2,
    },
    formToken,
  }
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
