import { describe, expect, it } from 'vitest'
import { CmsRequestError, createCmsClient, toQueryString } from './index'

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('toQueryString', () => {
  it('writes Payload where clauses in bracket form', () => {
    const qs = toQueryString({ where: { slug: { equals: 'é t' } }, depth: 0 })
    expect(decodeURIComponent(qs)).toBe('where[slug][equals]=é t&depth=0')
  })
})

describe('createCmsClient', () => {
  it('reads every page until hasNextPage is false', async () => {
    const pages: number[] = []
    const client = createCmsClient({
      baseUrl: 'http://cms.test/',
      fetch: (async (url: string) => {
        const page = Number(new URL(url).searchParams.get('page'))
        pages.push(page)
        return json({
          docs: [{ id: page }],
          hasNextPage: page < 3,
          totalDocs: 3,
          totalPages: 3,
          page,
        })
      }) as typeof fetch,
    })
    const docs = await client.findAll('categories')
    expect(docs.map((d) => d.id)).toEqual([1, 2, 3])
    expect(new Set(pages)).toEqual(new Set([1, 2, 3]))
  })

  it('the preview server reads drafts with its own Authorization header', async () => {
    const seen: { url: string; authorization: string | null }[] = []
    const client = createCmsClient({
      baseUrl: 'http://cms.test',
      authorization: 'vitrine-preview s3cret',
      fetch: (async (url: string, init?: RequestInit) => {
        seen.push({ url, authorization: new Headers(init?.headers).get('authorization') })
        return json({ docs: [], hasNextPage: false, totalDocs: 0, totalPages: 1, page: 1 })
      }) as typeof fetch,
    })
    await client.findIndex('articles', undefined, { draft: true })
    expect(seen[0]!.authorization).toBe('vitrine-preview s3cret')
    expect(new URL(seen[0]!.url).searchParams.get('draft')).toBe('true')
  })

  it('names the URL and the status when the CMS refuses', async () => {
    const client = createCmsClient({
      baseUrl: 'http://cms.test',
      retries: 0,
      fetch: (async () => json({ errors: [{ message: 'Forbidden' }] }, 403)) as typeof fetch,
    })
    const error = await client.find('leads').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CmsRequestError)
    expect((error as CmsRequestError).status).toBe(403)
    expect((error as Error).message).toContain('http://cms.test/api/leads')
  })

  it('says the CMS could not be reached instead of a bare "fetch failed"', async () => {
    const client = createCmsClient({
      baseUrl: 'http://cms.test',
      retries: 0,
      fetch: (async () => {
        throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } })
      }) as typeof fetch,
    })
    await expect(client.find('articles')).rejects.toThrow(
      /could not be reached \(ECONNREFUSED\).*CMS_URL/,
    )
  })
})
