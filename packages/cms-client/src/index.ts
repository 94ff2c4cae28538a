import type { Config } from './payload-types'
import { CmsRequestError } from './errors'
import { toQueryString } from './query'

export { CmsRequestError } from './errors'
export { toQueryString } from './query'
export type * from './payload-types'

export type CollectionSlug = keyof Config['collections']
export type GlobalSlug = keyof Config['globals']
export type DocOf<S extends CollectionSlug> = Config['collections'][S]
export type GlobalOf<S extends GlobalSlug> = Config['globals'][S]

export type FindQuery = {
  where?: Record<string, unknown>
  sort?: string
  limit?: number
  page?: number
  depth?: number
  select?: Record<string, unknown>
  draft?: boolean
}

export type Paginated<T> = {
  docs: T[]
  totalDocs: number
  totalPages: number
  page: number
  hasNextPage: boolean
}

export type CmsClientOptions = {
  /** CMS origin, e.g. http://localhost:3000 */
  baseUrl: string
  /** A user API key / JWT, for draft previews only. */
  token?: string
  fetch?: typeof fetch
  /** Requests in flight at once when reading every page. */
  timeoutMs?: number
}

/**
 * The one way the site reads the CMS: typed, paginated, and with errors that name the URL.
 */
export const createCmsClient = ({ baseUrl, token, fetch: fetchImpl = fetch, timeoutMs = 30_000 }: CmsClientOptions) => {
  const origin = baseUrl.replace(/\/$/, '')

  const get = async <T>(path: string, params: Record<string, unknown> = {}): Promise<T> => {
    const qs = toQueryString(params)
    const url = `${origin}/api${path}${qs ? `?${qs}` : ''}`
    let response: Response
    try {
      response = await fetchImpl(url, {
        headers: { Accept: 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code
      throw new CmsRequestError(url, undefined, cause ?? (error as Error).message)
    }
    if (!response.ok) {
      const body = (await response.text().catch(() => '')).slice(0, 300)
      throw new CmsRequestError(url, response.status, body || response.statusText)
    }
    return (await response.json()) as T
  }

  const find = <S extends CollectionSlug>(collection: S, query: FindQuery = {}) =>
    get<Paginated<DocOf<S>>>(`/${collection}`, { depth: 0, limit: 100, ...query })

  /** Every document matching the query, page after page until `hasNextPage` is false. */
  const findAll = async <S extends CollectionSlug>(collection: S, query: FindQuery = {}) => {
    const docs: DocOf<S>[] = []
    for (let page = 1; ; page++) {
      const result = await find(collection, { limit: 100, ...query, page })
      docs.push(...result.docs)
      if (!result.hasNextPage) return docs
    }
  }

  const findGlobal = <S extends GlobalSlug>(slug: S, query: Pick<FindQuery, 'depth' | 'draft'> = {}) =>
    get<GlobalOf<S>>(`/globals/${slug}`, { depth: 1, ...query })

  /** Absolute URL of a CMS-served file path such as `/api/media/file/x.webp`. */
  const fileUrl = (path: string | null | undefined) =>
    !path ? undefined : path.startsWith('http') ? path : `${origin}${path}`

  return { origin, find, findAll, findGlobal, fileUrl, get }
}

export type CmsClient = ReturnType<typeof createCmsClient>
