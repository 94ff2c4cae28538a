import type { Config } from './payload-types'
import { CmsRequestError } from './errors'
import { pool } from './pool'
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
  /** Fields kept on populated relationships, per collection: `{ categories: { slug: true } }`. */
  populate?: Record<string, unknown>
  draft?: boolean
}

export type Paginated<T> = {
  docs: T[]
  totalDocs: number
  totalPages: number
  page: number
  hasNextPage: boolean
}

/** What `findIndex` returns: enough to tell which documents changed since the last build. */
export type DocStamp = { id: number | string; updatedAt: string }

export type CmsClientOptions = {
  /** CMS origin, e.g. http://localhost:3000 */
  baseUrl: string
  /** A user API key / JWT, for draft previews only. */
  token?: string
  /** A whole `Authorization` header (the draft-preview server's `vitrine-preview <secret>`). */
  authorization?: string
  fetch?: typeof fetch
  /** Per-request timeout. */
  timeoutMs?: number
  /** Extra attempts after a network error or a 502/503/504 (exponential backoff). */
  retries?: number
  /** Requests in flight at once when reading every page or many ids. */
  concurrency?: number
}

const RETRY_STATUSES = new Set([502, 503, 504])
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The one way the site reads the CMS: typed, paginated, and with errors that name the URL.
 */
export const createCmsClient = ({
  baseUrl,
  token,
  authorization,
  fetch: fetchImpl = fetch,
  timeoutMs = 30_000,
  retries = 2,
  concurrency = 4,
}: CmsClientOptions) => {
  const origin = baseUrl.replace(/\/$/, '')

  const getOnce = async <T>(url: string): Promise<T> => {
    let response: Response
    try {
      response = await fetchImpl(url, {
        headers: {
          Accept: 'application/json',
          ...(authorization
            ? { Authorization: authorization }
            : token
              ? { Authorization: `JWT ${token}` }
              : {}),
        },
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

  const get = async <T>(path: string, params: Record<string, unknown> = {}): Promise<T> => {
    const qs = toQueryString(params)
    const url = `${origin}/api${path}${qs ? `?${qs}` : ''}`
    for (let attempt = 0; ; attempt++) {
      try {
        return await getOnce<T>(url)
      } catch (error) {
        const status = (error as CmsRequestError).status
        const transient = status === undefined || RETRY_STATUSES.has(status)
        if (!transient || attempt >= retries) throw error
        await sleep(250 * 2 ** attempt)
      }
    }
  }

  const find = <S extends CollectionSlug>(collection: S, query: FindQuery = {}) =>
    get<Paginated<DocOf<S>>>(`/${collection}`, { depth: 0, limit: 100, ...query })

  /** Every document matching the query: page 1, then the other pages a few at a time. */
  const findAll = async <S extends CollectionSlug>(collection: S, query: FindQuery = {}) => {
    const first = await find(collection, { limit: 100, ...query, page: 1 })
    if (!first.hasNextPage) return first.docs
    const rest = await pool(
      Array.from(
        { length: first.totalPages - 1 },
        (_, i) => () => find(collection, { limit: 100, ...query, page: i + 2 }),
      ),
      concurrency,
    )
    return [...first.docs, ...rest.flatMap((page) => page.docs)]
  }

  /** Id and `updatedAt` of every (published, for anonymous readers) document: a cheap change index. */
  const findIndex = async <S extends CollectionSlug>(
    collection: S,
    where?: Record<string, unknown>,
    query: Pick<FindQuery, 'draft'> = {},
  ) =>
    (await findAll(collection, {
      ...query,
      where,
      limit: 500,
      depth: 0,
      select: { updatedAt: true },
    })) as unknown as DocStamp[]

  /** The documents with these ids (any order), fetched in batches. */
  const findByIds = async <S extends CollectionSlug>(
    collection: S,
    ids: (number | string)[],
    query: Omit<FindQuery, 'where' | 'page' | 'limit'> = {},
  ) => {
    const batches: (number | string)[][] = []
    for (let i = 0; i < ids.length; i += 50) batches.push(ids.slice(i, i + 50))
    const pages = await pool(
      batches.map(
        (batch) => () =>
          findAll(collection, { ...query, limit: 50, where: { id: { in: batch.join(',') } } }),
      ),
      concurrency,
    )
    return pages.flat()
  }

  const findGlobal = <S extends GlobalSlug>(
    slug: S,
    query: Pick<FindQuery, 'depth' | 'draft'> = {},
  ) => get<GlobalOf<S>>(`/globals/${slug}`, { depth: 1, ...query })

  /** Absolute URL of a CMS-served file path such as `/api/media/file/x.webp`. */
  const fileUrl = (path: string | null | undefined) =>
    !path ? undefined : path.startsWith('http') ? path : `${origin}${path}`

  /** Downloads a CMS file (media variant) as bytes; errors name the URL and the status. */
  const download = async (path: string): Promise<Uint8Array> => {
    const url = fileUrl(path)
    if (!url) throw new CmsRequestError(String(path), undefined, 'empty file path')
    for (let attempt = 0; ; attempt++) {
      let response: Response | undefined
      try {
        response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs * 2) })
        if (response.ok) return new Uint8Array(await response.arrayBuffer())
        if (!RETRY_STATUSES.has(response.status) || attempt >= retries) {
          throw new CmsRequestError(url, response.status, response.statusText)
        }
      } catch (error) {
        if (error instanceof CmsRequestError) throw error
        if (attempt >= retries) {
          const cause = (error as { cause?: { code?: string } }).cause?.code
          throw new CmsRequestError(url, undefined, cause ?? (error as Error).message)
        }
      }
      await sleep(250 * 2 ** attempt)
    }
  }

  /**
   * The page token (GET /api/leads/form-token?page=1) for the plain HTML lead forms, written at
   * build time and shared by every visitor: posts carrying it (no JavaScript) are kept for review. `reuse`
   * (builds): the token a previous build wrote comes back unchanged while the CMS allows reuse.
   */
  const formToken = async (reuse?: string) =>
    (
      await get<{ token: string }>(
        `/leads/form-token?page=1${reuse ? `&reuse=${encodeURIComponent(reuse)}` : ''}`,
      )
    ).token

  return {
    origin,
    find,
    findAll,
    findIndex,
    findByIds,
    findGlobal,
    fileUrl,
    download,
    formToken,
    get,
  }
}

export type CmsClient = ReturnType<typeof createCmsClient>
