import { getCollection, type CollectionKey } from 'astro:content'
import type { SiteSetting } from '@vitrine/cms-client'
import { buildNow } from '../config'
import { buildFormToken } from './formToken'
import { readDocument, type DocumentRef } from './documentFiles'
import { documentStandIn, inputDigest, recordingSite } from './inputs'
import { inputsState, recordInput } from './pageInputs'
import { rendererState } from '../renderer/rendererState'
import { assembleSite, type Site, type SiteData } from './site'

export type { Site } from './site'

/**
 * Typed, joined access to the content collections (loaded once per build, then memoised). Pages
 * call `loadSite()` in their frontmatter / getStaticPaths; components only receive props.
 */

/** A collection's CMS documents (each entry points at its document's file: see loaders.ts). */
const data = async <T>(name: CollectionKey): Promise<T[]> => {
  // The long-lived renderer's later releases read the live store (the bundled one is its first).
  const live = rendererState().entries?.(name)
  if (live) return live.map((ref) => readDocument<T>(ref))
  return (await getCollection(name)).map((entry: { data: unknown }) =>
    readDocument<T>(entry.data as DocumentRef),
  )
}

/** Each Site list and the content collection it comes from. */
const LISTS = {
  articles: 'articles',
  categories: 'categories',
  whitePapers: 'whitePapers',
  webinars: 'webinars',
  freelancers: 'freelancers',
  pages: 'pages',
  redirects: 'redirects',
  media: 'media',
} as const satisfies Record<Exclude<keyof SiteData, 'settings'>, CollectionKey>

const build = async (): Promise<Site> => {
  const keys = Object.keys(LISTS) as (keyof typeof LISTS)[]
  const [settingsEntries, ...lists] = await Promise.all([
    data<SiteSetting>('settings'),
    ...keys.map((key) => data(LISTS[key])),
  ])
  const formToken = await buildFormToken()
  const settings = settingsEntries[0] as SiteSetting | undefined
  if (!settings)
    throw new Error('content: site settings are missing (the settings loader stored nothing)')
  const docs = Object.fromEntries(keys.map((key, i) => [key, lists[i]]))
  return assembleSite({ settings, ...docs } as SiteData, {
    now: buildNow(),
    formToken,
  })
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
  return (cached ??= build().then((site) => {
    // `astro build`: pages read the Site through a view that records their inputs (incremental).
    const inputs = inputsState()
    if (!inputs.enabled) return site
    inputs.digest = (key) => inputDigest(site, key)
    inputs.standIn = documentStandIn
    return recordingSite(site, recordInput)
  }))
}
