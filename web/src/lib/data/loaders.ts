import type { Loader } from 'astro/loaders'
import type { CollectionSlug } from '@vitrine/cms-client'
import { cms } from './cms'
import { fullSyncRequested, PREVIEW, TYPES_ONLY } from '../config'

/** Bump when the shape of what the loaders store changes: forces a full re-read. */
const LOADER_VERSION = '2'
/** What the store holds: published documents, or latest drafts (a store never mixes the two). */
const STORE_VERSION = PREVIEW ? `${LOADER_VERSION}-drafts` : LOADER_VERSION
/**
 * A change in the CMS schema (a new field with a default) does not touch `updatedAt`: re-read
 * everything at least this often, or when CMS_FULL_SYNC=1.
 */
const FULL_SYNC_MS = 24 * 60 * 60 * 1000

/**
 * What an entry holds: the CMS document as one JSON string (`data/content.ts` parses it back).
 * Astro serialises its whole data store with devalue, walks every value and compiles the store
 * into a module the pages import: as a tree of objects, the Lexical bodies (≈ 20 KB and hundreds
 * of nodes per article) cost seconds of every build and grow with the site; as strings, next to
 * nothing.
 */
export type PackedEntry = { json: string }
const packed = (doc: unknown): PackedEntry => ({ json: JSON.stringify(doc) })

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
  load: async ({ store, meta, logger, generateDigest }) => {
    if (TYPES_ONLY) return
    const started = performance.now()
    const digestOf = (updatedAt: string) => generateDigest(`${STORE_VERSION}:${updatedAt}`)
    const lastFull = Number(meta.get('fullSyncAt') ?? 0)
    const full =
      meta.get('version') !== STORE_VERSION ||
      Date.now() - lastFull > FULL_SYNC_MS ||
      fullSyncRequested()

    // Preview: the latest draft of every document, as if it were published.
    const index = await cms.findIndex(collection, undefined, { draft: PREVIEW })
    if (full) store.clear()
    const live = new Set(index.map((doc) => String(doc.id)))
    let removed = 0
    for (const key of store.keys()) {
      if (!live.has(key)) {
        store.delete(key)
        removed++
      }
    }
    const changed = index.filter(
      (doc) => store.get(String(doc.id))?.digest !== digestOf(doc.updatedAt),
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
        store.set({ id: String(data.id), data: packed(data), digest: digestOf(data.updatedAt) })
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
  load: async ({ store, generateDigest, logger }) => {
    if (TYPES_ONLY) return
    const started = performance.now()
    const settings = await cms.findGlobal('site-settings', { depth: 0 })
    const data = settings as unknown as Record<string, unknown>
    const changed = store.set({
      id: 'site',
      data: packed(data),
      digest: generateDigest(`${STORE_VERSION}:${String(data.updatedAt ?? JSON.stringify(data))}`),
    })
    logger.info(`site settings ${changed ? 'updated' : 'unchanged'} in ${seconds(started)}`)
  },
})
