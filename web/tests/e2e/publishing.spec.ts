import { expect, test } from '@playwright/test'
import { CMS_URL, cmsAll, demoLogin, SITE_URL, sitemapPaths, type Article } from './helpers'

/**
 * Publishing on the real system: an editor's change in the CMS reaches the served site through
 * the rebuild job, the signed webhook and the publisher. This file runs in its own Playwright
 * project after every other spec (playwright.config.ts), because it changes what they compare the
 * site with; it puts the article back as it found it, whatever happened.
 * Publish times are printed, not asserted (the machine is shared).
 */
test.describe.configure({ mode: 'serial' })

const PUBLISH_TIMEOUT = 180_000
let token = ''
let article: Article
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

const api = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${CMS_URL}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>
  expect(res.ok, `${method} ${CMS_URL}/api${path} → ${res.status} ${JSON.stringify(json)}`).toBe(
    true,
  )
  return json
}

const servedPage = async (path: string) => {
  const res = await fetch(`${SITE_URL}${path}`, { headers: { 'cache-control': 'no-cache' } })
  return { status: res.status, html: await res.text() }
}

/** Polls the served site until `ok` holds; returns the seconds it took. */
const until = async (what: string, ok: () => Promise<boolean>, since = Date.now()) => {
  const deadline = since + PUBLISH_TIMEOUT
  while (!(await ok())) {
    if (Date.now() > deadline)
      throw new Error(`${what}: not seen within ${PUBLISH_TIMEOUT / 1000} s`)
    await sleep(200)
  }
  const seconds = (Date.now() - since) / 1000
  console.log(`publishing: ${what} after ${seconds.toFixed(1)} s`)
  return seconds
}

const articlePath = () => `/blog/${article.slug}/`

test.beforeAll(async () => {
  token = await demoLogin('editor')
  // The newest article: it is on the home page and the first blog page, so listings show the edit.
  const [latest] = await cmsAll<Article>('articles', '&sort=-publishedAt')
  article = latest!
  expect((await servedPage(articlePath())).status).toBe(200)
})

test.afterAll(async () => {
  // Whatever failed above: the article is published again under its own title, and live.
  if (!token || !article) return
  const now = (await api('GET', `/articles/${article.id}?depth=0&draft=true`)) as Article & {
    _status?: string
  }
  if (now.title === article.title && now._status === 'published') return
  await api('PATCH', `/articles/${article.id}`, { title: article.title, _status: 'published' })
  await until('article restored', async () => {
    const page = await servedPage(articlePath())
    return page.status === 200 && page.html.includes(article.title)
  })
})

test('an edited title is served on the article page, the blog listing and the sitemap stays', async () => {
  test.setTimeout(PUBLISH_TIMEOUT + 60_000)
  const marker = `publication-${Date.now().toString(36)}`
  const title = `${article.title} (${marker})`
  const t0 = Date.now()
  // What « Publier » sends: the change goes live even when an autosaved draft of the article exists
  // (another spec previews drafts of the newest article).
  await api('PATCH', `/articles/${article.id}`, { title, _status: 'published' })
  await until(
    'new title on the article page',
    async () => (await servedPage(articlePath())).html.includes(marker),
    t0,
  )
  expect((await servedPage('/blog/')).html, 'the blog listing shows the new title').toContain(
    marker,
  )
  expect((await servedPage('/')).html, 'the home page card shows the new title').toContain(marker)
  expect(await sitemapPaths()).toContain(articlePath())
})

test('an unpublished article answers 404 and leaves the sitemap and the listings', async () => {
  test.setTimeout(PUBLISH_TIMEOUT + 60_000)
  const t0 = Date.now()
  await api('PATCH', `/articles/${article.id}`, { title: article.title, _status: 'draft' })
  await until(
    'unpublished article answers 404',
    async () => (await servedPage(articlePath())).status === 404,
    t0,
  )
  expect(await sitemapPaths()).not.toContain(articlePath())
  for (const path of ['/blog/', '/']) {
    expect((await servedPage(path)).html, `${path} no longer links to it`).not.toContain(
      `href="${articlePath()}"`,
    )
  }
  const anonymous = await fetch(
    `${CMS_URL}/api/articles?where[slug][equals]=${article.slug}&depth=0`,
  )
  expect(((await anonymous.json()) as { totalDocs: number }).totalDocs).toBe(0)
})

test('a scheduled publish puts the article back after its time, through the jobs queue', async () => {
  test.setTimeout(PUBLISH_TIMEOUT + 60_000)
  const at = Date.now() + 5_000
  const queued = await api('POST', '/schedule-publish', {
    collection: 'articles',
    id: article.id,
    type: 'publish',
    at: new Date(at).toISOString(),
  })
  expect(queued.job, 'a schedulePublish job').toBeTruthy()
  // Until its time the article stays off the site.
  expect((await servedPage(articlePath())).status).toBe(404)
  await until(
    'scheduled article served (seconds after its time)',
    async () => {
      const page = await servedPage(articlePath())
      return page.status === 200 && page.html.includes(article.title)
    },
    at,
  )
  expect(Date.now()).toBeGreaterThanOrEqual(at)
  expect(await sitemapPaths()).toContain(articlePath())
  expect((await servedPage('/blog/')).html).toContain(`href="${articlePath()}"`)
})
