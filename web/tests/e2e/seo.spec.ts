import { expect, test } from '@playwright/test'
import {
  CMS_URL,
  cmsAll,
  demoLogin,
  jsonLdBlocks,
  samplePages,
  SITE_URL,
  sitemapPaths,
  type Article,
} from './helpers'

test('each page type: title, description, canonical, OpenGraph, and JSON-LD blocks that parse', async ({
  page,
}) => {
  test.setTimeout(240_000)
  const pages = await samplePages()
  const expectedTypes: Record<string, string[]> = {
    home: ['Organization', 'WebSite'],
    article: ['Organization', 'BreadcrumbList', 'BlogPosting'],
    webinar: ['Organization', 'BreadcrumbList', 'Event'],
    freelancer: ['Organization', 'BreadcrumbList', 'Person'],
    blog: ['Organization', 'BreadcrumbList'],
  }
  for (const [type, path] of Object.entries(pages)) {
    if (type === 'notFound') continue
    await page.goto(path)
    await expect(page.locator('title')).not.toBeEmpty()
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    )
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/)
    const blocks = await jsonLdBlocks(page)
    const types = blocks.map((b) => b['@type'])
    expect(types, path).toContain('Organization')
    if (path !== '/') expect(types, path).toContain('BreadcrumbList')
    for (const t of expectedTypes[type] ?? []) expect(types, path).toContain(t)
  }
})

test('article OpenGraph image is the 1200×630 variant, served by the site itself', async ({
  page,
  request,
}) => {
  const pages = await samplePages()
  await page.goto(pages.article!)
  const og = await page.locator('meta[property="og:image"]').getAttribute('content')
  expect(og).toMatch(/\/media\/.+-1200x630\.jpg$/)
  expect((await request.get(new URL(og!).pathname)).status()).toBe(200)
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
    'content',
    'summary_large_image',
  )
})

test('Event JSON-LD carries the Paris offset and online attendance', async ({ page }) => {
  const pages = await samplePages()
  await page.goto(pages.webinar!)
  const event = (await jsonLdBlocks(page)).find((b) => b['@type'] === 'Event')!
  expect(event.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[12]:00$/)
  expect(event.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
})

test('sitemap: every published document, and nothing the public cannot see', async ({
  request,
}) => {
  const listed = new Set(await sitemapPaths())
  const [articles, whitePapers, webinars, freelancers, pages, categories] = await Promise.all([
    cmsAll<Article>('articles'),
    cmsAll('white-papers'),
    cmsAll('webinars'),
    cmsAll('freelancers'),
    cmsAll('pages'),
    cmsAll('categories'),
  ])
  const expected = [
    ...articles.map((d) => `/blog/${d.slug}/`),
    ...whitePapers.map((d) => `/livres-blancs/${d.slug}/`),
    ...webinars.map((d) => `/webinaires/${d.slug}/`),
    ...freelancers.map((d) => `/freelances/${d.slug}/`),
    ...pages.map((d) => (d.slug === 'accueil' ? '/' : `/${d.slug}/`)),
    ...categories.map((d) => `/blog/categorie/${d.slug}/`),
    '/blog/',
    '/livres-blancs/',
    '/webinaires/',
    '/freelances/',
  ]
  for (const path of expected) expect(listed, path).toContain(path)
  // Document pages listed = exactly the anonymous (published) ones: no draft, no withdrawn profile.
  const documents = (prefix: string) =>
    [...listed]
      .filter(
        (p) => new RegExp(`^${prefix}[^/]+/$`).test(p) && !/^\/blog\/(page|categorie)\//.test(p),
      )
      .sort()
  expect(documents('/blog/')).toEqual(articles.map((a) => `/blog/${a.slug}/`).sort())
  expect(documents('/freelances/')).toEqual(freelancers.map((f) => `/freelances/${f.slug}/`).sort())
  for (const path of listed) expect((await request.get(path)).status(), path).toBe(200)
  // The draft article of the seed: visible to an editor, absent from the site.
  const token = await demoLogin('editor')
  const drafts = (await (
    await fetch(`${CMS_URL}/api/articles?draft=true&limit=100&where[_status][equals]=draft`, {
      headers: { Authorization: `JWT ${token}` },
    })
  ).json()) as { docs: { slug: string }[] }
  const draftOnly = drafts.docs.filter((d) => !articles.some((a) => a.slug === d.slug))
  expect(draftOnly.length, 'the seed has a draft article').toBeGreaterThan(0)
  for (const draft of draftOnly) {
    expect(listed).not.toContain(`/blog/${draft.slug}/`)
    expect((await request.get(`/blog/${draft.slug}/`)).status()).toBe(404)
  }
})

test('robots.txt, RSS feed and _redirects', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`)
  const rss = await (await request.get('/blog/rss.xml')).text()
  const articles = await cmsAll<Article>('articles')
  expect(rss.match(/<item>/g)?.length).toBe(Math.min(50, articles.length))
  expect(rss).toContain('<language>fr-FR</language>')
  const redirects = await cmsAll<{ id: number; from: string; to: { type: string; url?: string } }>(
    'redirects',
  )
  const file = await (await request.get('/_redirects')).text()
  for (const r of redirects) {
    expect(file).toContain(`${r.from} `)
    const page = await (await request.get(r.from)).text()
    expect(page).toContain('http-equiv="refresh"')
  }
})
