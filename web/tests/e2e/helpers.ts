import { expect, type Page } from '@playwright/test'

/** Where the site and the CMS it was built from run (started outside Playwright). */
export const SITE_URL = (process.env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '')
export const CMS_URL = (process.env.CMS_URL || 'http://localhost:3000').replace(/\/$/, '')

type Doc = Record<string, unknown> & { id: number | string; slug?: string }

/**
 * A REST session (JWT) of a demo account, and its user id. The test system always seeds the demo
 * accounts: a failed login fails the test, it never skips it.
 */
export const demoSession = async (
  account: 'editor' | 'sales' | 'admin',
): Promise<{ token: string; id: string }> => {
  const login = await fetch(`${CMS_URL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      email: `${account}@vitrine.test`,
      password: process.env.DEMO_PASSWORD || 'vitrine-demo',
    }),
  })
  expect(login.ok, `demo ${account} login`).toBe(true)
  const body = (await login.json()) as { token: string; user: { id: number | string } }
  return { token: body.token, id: String(body.user.id) }
}

/** A REST session (JWT) of a demo account. */
export const demoLogin = async (account: 'editor' | 'sales' | 'admin'): Promise<string> =>
  (await demoSession(account)).token

/** Searches the site for a word of the newest article's title; resolves once a hit shows. */
export const searchNewestArticle = async (page: Page) => {
  const [article] = await cmsAll<Article>('articles', '&sort=-publishedAt')
  const word = article!.title
    .split(/\s+/)
    .find((w) => w.length > 6)!
    .replace(/[^\p{L}-]/gu, '')
  await page.goto('/recherche/')
  await page.getByLabel(/Rechercher un article/).fill(word)
  await page.getByRole('button', { name: 'Rechercher' }).click()
  await expect(page.locator('.search__hit').first()).toBeVisible()
  return article!
}

/** Anonymous REST read of the CMS: what the public may see (published documents only). */
export const cmsAll = async <T extends Doc = Doc>(collection: string, query = ''): Promise<T[]> => {
  const docs: T[] = []
  for (let page = 1; ; page++) {
    const response = await fetch(
      `${CMS_URL}/api/${collection}?limit=100&depth=0&page=${page}${query}`,
    )
    if (!response.ok)
      throw new Error(`GET ${CMS_URL}/api/${collection} answered ${response.status}`)
    const body = (await response.json()) as { docs: T[]; hasNextPage: boolean }
    docs.push(...body.docs)
    if (!body.hasNextPage) return docs
  }
}

export const cmsGlobal = async <T = Record<string, unknown>>(slug: string): Promise<T> => {
  const response = await fetch(`${CMS_URL}/api/globals/${slug}?depth=0`)
  if (!response.ok)
    throw new Error(`GET ${CMS_URL}/api/globals/${slug} answered ${response.status}`)
  return (await response.json()) as T
}

export type Article = Doc & {
  title: string
  excerpt: string
  category: number
  publishedAt: string
  relatedArticles?: number[]
}
export type Webinar = Doc & {
  title: string
  startsAt: string
  status: string
  replayUrl?: string | null
}
export type Freelancer = Doc & { displayName: string; specialties: string[]; region: string }

/** One URL per page type of the site, from the CMS content (for axe, budgets, phone layout…). */
export const samplePages = async (): Promise<Record<string, string>> => {
  const [articles, categories, whitePapers, webinars, freelancers] = await Promise.all([
    cmsAll<Article>('articles', '&sort=-publishedAt'),
    cmsAll('categories'),
    cmsAll('white-papers'),
    cmsAll<Webinar>('webinars'),
    cmsAll<Freelancer>('freelancers'),
  ])
  const now = Date.now()
  const upcoming = webinars.find((w) => Date.parse(w.startsAt) > now && w.status !== 'cancelled')
  return {
    home: '/',
    blog: '/blog/',
    category: `/blog/categorie/${categories[0]?.slug}/`,
    article: `/blog/${articles[0]?.slug}/`,
    whitePapers: '/livres-blancs/',
    whitePaper: `/livres-blancs/${whitePapers[0]?.slug}/`,
    webinars: '/webinaires/',
    webinar: `/webinaires/${(upcoming ?? webinars[0])?.slug}/`,
    freelancers: '/freelances/',
    freelancerFilter: `/freelances/region/${freelancers[0]?.region}/`,
    freelancer: `/freelances/${freelancers[0]?.slug}/`,
    contact: '/contact/',
    diagnostic: '/diagnostic-gratuit/',
    join: '/rejoindre-le-reseau/',
    services: '/services/',
    about: '/a-propos/',
    legal: '/mentions-legales/',
    privacy: '/politique-de-confidentialite/',
    thanks: '/merci/diagnostic/',
    search: '/recherche/',
    notFound: '/cette-page-n-existe-pas/',
  }
}

/** Every JSON-LD block of the page, parsed (throws on invalid JSON). */
export const jsonLdBlocks = async (page: Page) =>
  (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (text) => JSON.parse(text) as Record<string, unknown> & { '@type': string },
  )

/** Site paths listed by sitemap.xml. */
export const sitemapPaths = async () => {
  const xml = await (await fetch(`${SITE_URL}/sitemap.xml`)).text()
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
}
