import type { Loader } from 'astro/loaders'
import type { CollectionSlug } from '@vitrine/cms-client'
import { cms } from './cms'
import { documentFiles } from './documentFiles'
import { fullSyncRequested, PREVIEW, TYPES_ONLY } from '../config'
import { rendererState } from '../renderer/rendererState'

/** Bump when the shape of what the loaders store changes: forces a full re-read. */
const LOADER_VERSION = '3'
/** What the store holds: published documents, or latest drafts (a store never mixes the two). */
const STORE_VERSION = PREVIEW ? `${LOADER_VERSION}-drafts` : LOADER_VERSION
/**
 * A change in the CMS schema (a new field with a default) does not touch `updatedAt`: re-read
 * everything at least this often, or when CMS_FULL_SYNC=1.
 */
const FULL_SYNC_MS = 24 * 60 * 60 * 1000

/**
 * What an entry holds: the path of the file its CMS document is written to (documentFiles.ts).
 * Astro serialises its whole data store with devalue and compiles it into a module the pages
 * import: the documents themselves (Lexical bodies ≈ 20 KB per article) cost seconds of every
 * build there, even as JSON strings (ADR 0009, 0033); their paths, next to nothing.
 */
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`

/**
 * A Content Layer loader over one CMS collection. Each build first reads the cheap index of
 * ids + `updatedAt` (anonymous: published documents only), drops the entries that left the CMS,
 * then fetches only the documents whose digest (from `updatedAt`) changed since the previous build.
 * Relations stay ids (depth 0): pages join them with the other collections (media, categories…),
 * so a changed image never leaves a stale copy inside every article that uses it.
 */
export const cmsLoader = (collection: CollectionSlug): Loader => ({
  name: `vitrine-cms:${collection}`,
  load: async function load(context) {
    if (TYPES_ONLY) return
    const { store, meta, logger, generateDigest, config } = context
    // The long-lived renderer syncs again later with this same store (renderer/session.ts).
    const renderer = rendererState()
    if (renderer.enabled) renderer.remember(context, () => load(context))
    const started = performance.now()
    const files = documentFiles(config.cacheDir, STORE_VERSION, collection)
    const digestOf = (updatedAt: string) => generateDigest(`${STORE_VERSION}:${updatedAt}`)
    const lastFull = Number(meta.get('fullSyncAt') ?? 0)
    const full =
      meta.get('version') !== STORE_VERSION ||
      Date.now() - lastFull > FULL_SYNC_MS ||
      fullSyncRequested()

    // Preview: the latest draft of every document, as if it were published.
    const index = await cms.findIndex(collection, undefined, { draft: PREVIEW })
    if (full) {
      store.clear()
      files.clear()
    }
    const live = new Set(index.map((doc) => String(doc.id)))
    let removed = 0
    for (const key of store.keys()) {
      if (!live.has(key)) {
        store.delete(key)
        files.remove(key)
        removed++
      }
    }
    // A document whose file went missing (caches emptied by hand) is fetched again.
    const changed = index.filter(
      (doc) =>
        store.get(String(doc.id))?.digest !== digestOf(doc.updatedAt) || !files.has(String(doc.id)),
    )
    if (changed.length > 0) {
      const docs = await cms.findByIds(
        collection,
        changed.map((doc) => doc.id),
        { depth: 0, draft: PREVIEW },
      )
      for (const doc of docs) {
        const data = doc as unknown as Record<string, unknown> & {
          id: number | string
          updatedAt: string
        }
        const id = String(data.id)
        store.set({ id, data: files.write(id, data), digest: digestOf(data.updatedAt) })
      }
    }
    if (full) {
      meta.set('fullSyncAt', String(Date.now()))
      meta.set('version', STORE_VERSION)
    }
    logger.info(
      `${collection}: ${index.length} ${PREVIEW ? 'latest drafts' : 'published'}, ${changed.length} fetched, ${removed} removed` +
        `${full ? ' (full sync)' : ''} in ${seconds(started)}`,
    )
  },
})

/** Site settings: one entry, id 'site', skipped when `updatedAt` did not change. */
export const settingsLoader = (): Loader => ({
  name: 'vitrine-cms:site-settings',
  load: async function load(context) {
    if (TYPES_ONLY) return
    const { store, generateDigest, logger, config } = context
    const renderer = rendererState()
    if (renderer.enabled) renderer.remember(context, () => load(context))
    const started = performance.now()
    const settings = await cms.findGlobal('site-settings', { depth: 0 })
    const data = settings as unknown as Record<string, unknown>
    const files = documentFiles(config.cacheDir, STORE_VERSION, 'site-settings')
    const digest = generateDigest(
      `${STORE_VERSION}:${String(data.updatedAt ?? JSON.stringify(data))}`,
    )
    const changed =
      store.get('site')?.digest !== digest || !files.has('site')
        ? store.set({ id: 'site', data: files.write('site', data), digest })
        : false
    logger.info(`site settings ${changed ? 'updated' : 'unchanged'} in ${seconds(started)}`)
  },
})
