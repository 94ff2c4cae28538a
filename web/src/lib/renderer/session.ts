import fsSync from 'node:fs'
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { AstroConfig, AstroPrerenderer, RouteData } from 'astro'
import { mediaState, settleFiles, type Variant } from '../data/media'
import { inputsKey, inputsState, INPUTS_VERSION, type PageEntry } from '../data/pageInputs'
import { writePagefindIndex } from '../search/pagefindIndex'
import { searchState } from '../search/searchState'
import { bundledOrder, rendererState } from './rendererState'

/**
 * A release made by the long-lived renderer (docs/adr/0035-long-lived-renderer.md), after the first
 * `astro build` of its process: the CMS data synced again through the same loaders and store, every
 * page's `cacheKey` computed again by the same `getStaticPaths`, and only the pages whose key
 * changed rendered by the same renderer Astro used — Astro's own `renderPath`, so URLs, redirects
 * and file names are Astro's. Everything else is hard-linked from the previous release. The search
 * index is written apart (`search`), once the pages are live.
 */

type PathWithRoute = { pathname: string; route: RouteData; cacheKey?: string }

type Page = {
  /** The page's file, relative to the release. */
  file: string
  /** What `getStaticPaths` gives the page next time if nothing it read changed (none: renders every time). */
  key: string | undefined
}

type RenderPath = (args: {
  prerenderer: AstroPrerenderer
  pathname: string
  route: RouteData
  options: unknown
  routeToHeaders: Map<string, unknown>
  logger: unknown
  collectMetadata: boolean
}) => Promise<{ body: string | Uint8Array; outFile: URL } | null>
type OutFolder = (settings: unknown, pathname: string, route: RouteData) => URL
type OutFile = (format: string, folder: URL, pathname: string, route: RouteData) => URL

const astroDist = path.join(
  path.dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'dist',
)
/** Astro's build internals this renderer reuses (astro 7.3.5; pinned in web/package.json). */
const astroInternals = async () => {
  const native = rendererState().nativeImport
  if (!native) throw new Error('renderer: start it with scripts/renderer.mjs (no native import)')
  const load = (file: string) => native(pathToFileURL(path.join(astroDist, file)).href)
  const [generate, common] = await Promise.all([
    load('core/build/generate.js'),
    load('core/build/common.js'),
  ])
  return {
    renderPath: generate.renderPath as RenderPath,
    getOutFolder: common.getOutFolder as OutFolder,
    getOutFile: common.getOutFile as OutFile,
  }
}

/** The logger Astro's renderPath and createRequest call (Astro's own prints page by page). */
const quietLogger = {
  options: { level: 'warn' },
  info: () => {},
  debug: () => {},
  warn: (label: string | null, message: string) => console.warn(`[${label ?? 'astro'}] ${message}`),
  error: (label: string | null, message: string) =>
    console.error(`[${label ?? 'astro'}] ${message}`),
  level: () => 'warn',
}

const listFiles = async (dir: string, base = dir): Promise<string[]> => {
  const out: string[] = []
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await listFiles(full, base)))
    else if (entry.isFile()) out.push(path.relative(base, full))
  }
  return out
}

/**
 * Hard links (copies across file systems), each directory made once. Synchronous on purpose: the
 * renderer has nothing else to do meanwhile, and on ext4 a `mkdir` through libuv's pool costs
 * ≈ 3× the call itself (0.3 ms against 0.1 ms under load) — a page is a directory of its own.
 */
const linkAll = (pairs: readonly (readonly [string, string])[]) => {
  const made = new Set<string>()
  for (const [from, to] of pairs) {
    const dir = path.dirname(to)
    if (!made.has(dir)) {
      fsSync.mkdirSync(dir, { recursive: true })
      made.add(dir)
    }
    try {
      fsSync.linkSync(from, to)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
      fsSync.copyFileSync(from, to)
    }
  }
}

const mediaFile = (variant: unknown) => {
  const name = (variant as Variant | null)?.filename
  return name ? path.join('media', name) : undefined
}

/** Removes a trailing slash but from `/` (Astro's test for two paths being one page). */
const normalized = (pathname: string) =>
  pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname

export type ReleaseResult = {
  /** The release holds the previous search index: `search` writes the new one into the next. */
  searchPending: boolean
  pages: number
  rendered: number
  reused: number
  /** Paths the previous release had and this one does not. */
  removed: number
  timings: Record<string, number>
}

export type RendererSession = {
  /** Renders a release into `outDir` (empty); `previousDir` is the live release, if any. */
  release: (outDir: string, previousDir: string | null) => Promise<ReleaseResult>
  /** Writes the search index of the last release into `<outDir>/pagefind/`. */
  search: (outDir: string) => Promise<number>
}

export const createRendererSession = async ({
  prerenderer,
  config,
  firstPaths,
  firstDir,
}: {
  prerenderer: AstroPrerenderer & { app?: { routeCache?: { clearAll: () => void } } }
  config: AstroConfig
  firstPaths: PathWithRoute[]
  firstDir: string
}): Promise<RendererSession> => {
  const { renderPath, getOutFolder, getOutFile } = await astroInternals()
  const settingsFor = (outDir: string) => ({
    config: { ...config, outDir: pathToFileURL(path.join(outDir, '/')) },
    buildOutput: 'static',
    adapter: undefined,
  })
  const origin = config.site ? new URL(config.site).origin : 'http://localhost:4321'
  const fileOf = (p: PathWithRoute) => {
    const settings = settingsFor('/')
    const encoded = encodeURI(p.pathname)
    const folder = getOutFolder(settings, encoded, p.route)
    return fileURLToPath(getOutFile(config.build.format, folder, encoded, p.route)).slice(1)
  }
  const keyOf = (pathname: string, entry: PageEntry | undefined) => {
    const props = inputsState().props.get(pathname)
    return entry && props ? `${inputsKey(entry.inputs)}.${props}` : undefined
  }

  const inputs = inputsState()
  let manifest = inputs.manifest ?? { version: INPUTS_VERSION, pages: {} }
  const pages = new Map<string, Page>()
  for (const p of firstPaths) {
    if (pages.has(normalized(p.pathname))) continue
    pages.set(normalized(p.pathname), {
      file: fileOf(p),
      key: keyOf(p.pathname, manifest.pages[p.pathname]),
    })
  }
  // Files of the first build that are neither pages, media nor the search index: Astro's assets
  // and public/ — they change with the code only, which restarts this process.
  const pageFiles = new Set([...pages.values()].map((p) => p.file))
  const firstFiles = await listFiles(firstDir)
  const assets = firstFiles.filter(
    (f) =>
      !pageFiles.has(f) &&
      !f.startsWith(`media${path.sep}`) &&
      !f.startsWith(`pagefind${path.sep}`) &&
      !f.endsWith('.gz') &&
      !f.endsWith('.br'),
  )
  // Kept apart (hard links): a release that cannot start from the last one still has them.
  const assetsDir = path.join(fileURLToPath(config.cacheDir), 'vitrine-renderer', 'assets')
  await fs.rm(assetsDir, { recursive: true, force: true })
  linkAll(assets.map((f) => [path.join(firstDir, f), path.join(assetsDir, f)] as const))
  let lastDir = firstDir
  /** The files of lastDir, as this session wrote them (twins aside: the publisher adds those). */
  let lastFiles = new Set(firstFiles.filter((f) => !f.endsWith('.gz') && !f.endsWith('.br')))
  const isSearchFile = (f: string) => f.startsWith(`pagefind${path.sep}`)

  /**
   * The index of the last release's pages into `outDir/pagefind/`: the last release itself (a
   * full render), or the publisher's copy of it, which becomes the one the next release starts from.
   */
  const search = async (outDir: string) => {
    await fs.rm(path.join(outDir, 'pagefind'), { recursive: true, force: true })
    const pages = await writePagefindIndex(searchState().documents, outDir)
    const index = (await listFiles(path.join(outDir, 'pagefind'))).map((f) =>
      path.join('pagefind', f),
    )
    lastFiles = new Set([...[...lastFiles].filter((f) => !isSearchFile(f)), ...index])
    lastDir = outDir
    return pages
  }

  const release = async (outDir: string, previousDir: string | null): Promise<ReleaseResult> => {
    const timings: Record<string, number> = {}
    let mark = performance.now()
    const step = (name: string) => {
      const now = performance.now()
      timings[name] = Math.round(now - mark)
      mark = now
    }
    // 1. The CMS data, through the same loaders and store as the build (changed documents only).
    const renderer = rendererState()
    await Promise.all([...renderer.syncs.values()].map((sync) => sync()))
    renderer.entries = (collection) => {
      const store = renderer.stores.get(collection)
      return store && bundledOrder(store)
    }
    step('sync')

    // 2. A new Site for the pages (content.ts loads again), a fresh record of their inputs.
    ;(globalThis as Record<symbol, unknown>)[Symbol.for('vitrine.preview.generation')] = {}
    inputs.previous = manifest
    inputs.rendered = new Map()
    inputs.props = new Map()
    inputs.digest = null
    inputs.current = null
    const searching = searchState()
    searching.seen = new Set()
    searching.reading = []
    const media = mediaState()
    media.outDir = outDir
    media.files = new Map()
    media.downloaded = 0
    media.downloadedBytes = 0
    prerenderer.app?.routeCache?.clearAll()
    const paths: PathWithRoute[] = []
    const seen = new Set<string>()
    for (const p of await prerenderer.getStaticPaths()) {
      if (seen.has(normalized(p.pathname))) continue
      seen.add(normalized(p.pathname))
      paths.push(p)
    }
    step('paths')

    // 3. What stays: a page whose key did not change, its media files, the assets. Only from this
    // renderer's last release (its keys describe those files): after a rollback, or when that
    // release was refused, every page renders and the index is written with them.
    const fromLast =
      previousDir !== null &&
      path.resolve(previousDir) === path.resolve(lastDir) &&
      (await fs.stat(lastDir).catch(() => null)) !== null
    const previous = fromLast ? lastFiles : new Set<string>()
    const toRender: PathWithRoute[] = []
    const kept: string[] = []
    const keptMedia = new Set<string>()
    for (const p of paths) {
      const before = pages.get(normalized(p.pathname))
      const file = before?.file ?? fileOf(p)
      if (before && p.cacheKey !== undefined && p.cacheKey === before.key && previous.has(file)) {
        kept.push(file)
        for (const variant of manifest.pages[p.pathname]?.media ?? []) {
          const f = mediaFile(variant)
          if (f) keptMedia.add(f)
        }
      } else toRender.push(p)
    }
    const carried = [...kept, ...keptMedia, ...[...previous].filter(isSearchFile)].filter((f) =>
      previous.has(f),
    )
    const written = new Set([...carried, ...assets])
    try {
      linkAll([
        ...carried.map((f) => [path.join(lastDir, f), path.join(outDir, f)] as const),
        ...assets.map((f) => [path.join(assetsDir, f), path.join(outDir, f)] as const),
      ])
    } catch (error) {
      // A file of the last release went missing (removed by hand?): the next release starts afresh.
      lastDir = ''
      throw error
    }
    step('link')

    // 4. The pages to render, one at a time as in `astro build` (the middleware records each).
    const options = {
      settings: settingsFor(outDir),
      origin,
      routesList: { routes: [] },
      logger: quietLogger,
    }
    for (const p of toRender) searching.documents.delete(p.pathname)
    for (const p of toRender) {
      const result = await renderPath({
        prerenderer,
        pathname: p.pathname,
        route: p.route,
        options,
        routeToHeaders: new Map(),
        logger: quietLogger,
        collectMetadata: false,
      })
      if (!result) continue
      const file = fileURLToPath(result.outFile)
      await fs.mkdir(path.dirname(file), { recursive: true })
      await fs.writeFile(file, result.body)
      written.add(path.relative(outDir, file))
    }
    await Promise.all(searching.reading)
    await settleFiles()
    for (const name of media.files.keys()) written.add(path.join('media', name))
    step('render')

    // 5. What the next release compares with.
    const digest = inputs.digest as ((key: string) => string) | null
    const nextPages: Record<string, PageEntry> = {}
    for (const p of paths) {
      const rendering = inputs.rendered.get(p.pathname)
      const entry: PageEntry | undefined = rendering
        ? {
            inputs: Object.fromEntries(
              [...rendering.keys].map((k) => [k, digest ? digest(k) : '']),
            ),
            media: rendering.media,
          }
        : manifest.pages[p.pathname]
      if (entry) nextPages[p.pathname] = entry
    }
    const removed = [...pages.keys()].filter((k) => !seen.has(k))
    for (const k of removed) {
      searching.documents.delete(k)
      searching.documents.delete(`${k}/`)
    }
    manifest = { version: INPUTS_VERSION, pages: nextPages }
    pages.clear()
    for (const p of paths) {
      pages.set(normalized(p.pathname), {
        file: fileOf(p),
        key: digest ? keyOf(p.pathname, nextPages[p.pathname]) : undefined,
      })
    }
    inputs.manifest = manifest
    inputs.summary = { rendered: toRender.length, reused: kept.length }
    lastDir = outDir
    lastFiles = written
    step('record')
    if (!fromLast) {
      await search(outDir)
      step('search')
    }
    return {
      searchPending: fromLast,
      pages: paths.length,
      rendered: toRender.length,
      reused: kept.length,
      removed: removed.length,
      timings,
    }
  }

  return {
    release,
    search,
  }
}
