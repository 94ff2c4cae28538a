/**
 * The search index a build writes (src/integrations/searchIndex.ts): pages hand their search
 * document to Pagefind as they render (src/middleware.ts), so Pagefind indexes beside Astro
 * instead of re-reading every page after it. Shared through globalThis by the middleware's and the
 * integration's copies of this module.
 */
export type SearchState = {
  enabled: boolean
  /** Hands one page to the index; set by the integration once Pagefind runs. */
  add: ((url: string, html: string) => void) | null
  /** Pages that went through the middleware this build (indexed or not searchable). */
  seen: Set<string>
  /** Pages being read (awaited before the index is written). */
  reading: Promise<void>[]
  /** Each searchable page's search document, by URL (kept by the long-lived renderer). */
  documents: Map<string, string>
}

const KEY = Symbol.for('vitrine.searchIndex')
export const searchState = (): SearchState => {
  const g = globalThis as unknown as Record<symbol, SearchState | undefined>
  return (g[KEY] ??= {
    enabled: false,
    add: null,
    seen: new Set(),
    reading: [],
    documents: new Map(),
  })
}

/**
 * `astro build`: gives a rendered page to the search index, reading a copy of its body (the
 * response Astro writes is left as it is: no second encoding of the page). Redirects, endpoints
 * and errors pass untouched.
 */
export const indexRenderedPage = (pathname: string, response: Response) => {
  const state = searchState()
  const type = response.headers.get('content-type') ?? ''
  if (!state.add || response.status !== 200 || !type.includes('text/html')) return response
  const add = state.add
  state.seen.add(pathname)
  state.reading.push(
    response
      .clone()
      .text()
      .then((html) => add(pathname, html)),
  )
  return response
}
