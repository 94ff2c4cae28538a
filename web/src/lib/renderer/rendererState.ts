import type { DocumentRef } from '../data/documentFiles'

/**
 * The long-lived renderer (docs/adr/0035-long-lived-renderer.md): after its first `astro build`
 * the process keeps Astro's page renderer and renders later releases itself. The loaders (run by
 * Astro's content layer, in the integration's copy of the modules) and the pages (the build's
 * bundle, another copy) share what it needs through globalThis.
 */
export type LoaderStore = { entries: () => [string, { data: unknown }][] }

export type RendererState = {
  /** VITRINE_RENDERER=1: this process is the long-lived renderer. */
  enabled: boolean
  /**
   * Each CMS loader's sync, bound to the content layer's own store and meta: the renderer syncs
   * again with the same code and the same store the build used.
   */
  syncs: Map<string, () => Promise<void>>
  /** Each content collection's store (the content layer's, kept up to date by those syncs). */
  stores: Map<string, LoaderStore>
  /** Called by each loader as it runs (content collection name, its sync). */
  remember: (context: { collection: string; store: LoaderStore }, sync: () => Promise<void>) => void
  /**
   * Set once the first build is done: a collection's entries (the files of its documents), read
   * from the live stores instead of the data store module bundled into the build.
   */
  entries: ((collection: string) => DocumentRef[] | undefined) | null
  /** Parsed documents by file, dropped when the loader writes the file again. */
  parsed: Map<string, unknown>
  /**
   * Node's own `import()`, from scripts/renderer.mjs: this code runs in Vite's module runner, whose
   * `import()` ends with the build; Astro's bundle and internals must load into Node itself.
   */
  nativeImport: ((url: string) => Promise<Record<string, unknown>>) | null
}

/**
 * A collection's entries in the order of the data store a build bundles: Astro's data-store
 * writer sorts each collection by key (astro/dist/content/data-store-writer.js), so a list the
 * pages keep in store order (webinars, pages…) or sort with ties (articles of the same date)
 * comes out as in a full build, whatever order the loaders fetched the documents in.
 */
export const bundledOrder = (store: LoaderStore): DocumentRef[] =>
  store
    .entries()
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, entry]) => entry.data as DocumentRef)

const KEY = Symbol.for('vitrine.renderer')

export const rendererState = (): RendererState => {
  const g = globalThis as unknown as Record<symbol, RendererState | undefined>
  let state = g[KEY]
  if (!state) {
    const syncs = new Map<string, () => Promise<void>>()
    const stores = new Map<string, LoaderStore>()
    state = g[KEY] = {
      enabled: process.env.VITRINE_RENDERER === '1',
      syncs,
      stores,
      remember: ({ collection, store }, sync) => {
        syncs.set(collection, sync)
        stores.set(collection, store)
      },
      entries: null,
      parsed: new Map(),
      nativeImport:
        ((g as Record<symbol, unknown>)[
          Symbol.for('vitrine.renderer.nativeImport')
        ] as RendererState['nativeImport']) ?? null,
    }
  }
  return state
}
