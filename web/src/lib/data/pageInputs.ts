import crypto from 'node:crypto'
import type { InputKey } from './inputs'

/**
 * Incremental builds (docs/adr/0023-incremental-releases.md): which inputs each page read while it
 * rendered, kept between builds in `<cacheDir>/vitrine-inputs.json`. The pages' module and the
 * integration (src/integrations/incremental.ts) share this state through globalThis (one process,
 * possibly two copies of this module).
 */

/** Bump when what a page records changes: every page renders again once. */
export const INPUTS_VERSION = 1

export type PageEntry = {
  /** Each recorded input and its digest when the page rendered. */
  inputs: Record<InputKey, string>
  /** The media files the page put in the output (replayed when the page is reused). */
  media: unknown[]
}
export type InputsManifest = { version: number; pages: Record<string, PageEntry> }

type Rendering = { keys: Set<InputKey>; media: unknown[] }
export type InputsState = {
  enabled: boolean
  previous: InputsManifest | null
  /** The page being rendered now (pages render one at a time in `astro build`). */
  current: Rendering | null
  rendered: Map<string, Rendering>
  /** An input's digest in this build's Site (set by loadSite, in the pages' copy of the modules). */
  digest: ((key: InputKey) => string) | null
  /** What stands for a document in a props digest (inputs.ts documentStandIn), set with digest. */
  standIn?: (value: unknown) => string | undefined
  /** Digest of the props getStaticPaths gave each page this build (part of its key). */
  props: Map<string, string>
  /** Pages rendered and reused by the last build (build-stats.json, the benchmark). */
  summary?: { rendered: number; reused: number }
  /** What the last build wrote to vitrine-inputs.json (the long-lived renderer goes on from it). */
  manifest?: InputsManifest
}

const KEY = Symbol.for('vitrine.pageInputs')
export const inputsState = (): InputsState => {
  const g = globalThis as unknown as Record<symbol, InputsState | undefined>
  return (g[KEY] ??= {
    enabled: false,
    previous: null,
    current: null,
    rendered: new Map(),
    digest: null,
    props: new Map(),
  })
}

/** Called by the middleware when a page starts rendering. */
export const beginPage = (pathname: string) => {
  const state = inputsState()
  const rendering: Rendering = { keys: new Set(), media: [] }
  state.rendered.set(pathname, rendering)
  state.current = rendering
}

export const recordInput = (key: InputKey) => inputsState().current?.keys.add(key)
export const recordMedia = (variant: unknown) => inputsState().current?.media.push(variant)

/** One string for a set of inputs and their digests (order-independent). */
export const inputsKey = (inputs: Record<InputKey, string>) =>
  crypto
    .createHash('sha256')
    .update(JSON.stringify(Object.entries(inputs).sort(([a], [b]) => (a < b ? -1 : 1))))
    .digest('base64url')

/**
 * Astro's `cacheKey` for a page: the digests, in this build's data, of the inputs the page read
 * when it last rendered, and the digest of the props getStaticPaths gives it (which document a
 * path shows, values computed from lists there). Equal to the key written after the page last
 * rendered exactly when none of them changed.
 */
export const cacheKeyFor = (pathname: string, props: unknown): string => {
  const state = inputsState()
  // A document in the props counts by its content's digest (cached), not by re-hashing its JSON.
  const standIn = state.standIn
  const json = standIn
    ? JSON.stringify(props, (_key, value: unknown) => standIn(value) ?? value)
    : JSON.stringify(props)
  const propsDigest = crypto
    .createHash('sha256')
    .update(json ?? '')
    .digest('base64url')
  state.props.set(pathname, propsDigest)
  const entry = state.previous?.pages[pathname]
  // Never equal to a stored key: a page without recorded inputs always renders.
  if (!state.enabled || !entry || !state.digest) return `unrecorded-${crypto.randomUUID()}`
  const now: Record<InputKey, string> = {}
  for (const key of Object.keys(entry.inputs)) now[key] = state.digest(key)
  return `${inputsKey(now)}.${propsDigest}`
}

/** The public path Astro gives a route file's params (`blog/[slug]` + {slug: 'x'} → /blog/x/). */
export const pathnameFor = (
  pattern: string,
  params: Record<string, string | number | undefined>,
) => {
  const path = pattern
    .replace(/\[\.\.\.(\w+)\]/g, (_, name: string) => String(params[name] ?? ''))
    .replace(/\[(\w+)\]/g, (_, name: string) => String(params[name]))
    .replace(/\/index$|^index$/, '')
  return `/${path}/`.replace(/\/+/g, '/')
}

/** Adds each path's `cacheKey` to a getStaticPaths result (pattern: the file under src/pages). */
export const withCacheKeys = <
  P extends { params: Record<string, string | number | undefined>; props?: unknown },
>(
  pattern: string,
  paths: P[],
): (P & { cacheKey: string })[] =>
  paths.map((p) => ({ ...p, cacheKey: cacheKeyFor(pathnameFor(pattern, p.params), p.props) }))
