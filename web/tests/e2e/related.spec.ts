import { expect, test } from '@playwright/test'
import { cmsAll, type Article } from './helpers'

test('related articles: picks first, then same category; no duplicate, no self link, at most 3', async ({
  page,
}) => {
  test.setTimeout(240_000)
  const articles = await cmsAll<Article>('articles', '&sort=-publishedAt')
  const bySlug = new Map(articles.map((a) => [a.slug, a]))
  const byId = new Map(articles.map((a) => [a.id, a]))
  for (const article of articles) {
    await page.goto(`/blog/${article.slug}/`)
    const hrefs = await page
      .locator('[data-related] .card__link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    const slugs = hrefs.map((h) => h!.replace(/^\/blog\/|\/$/g, ''))
    expect(slugs.length, article.slug).toBeLessThanOrEqual(3)
    expect(new Set(slugs).size, `${article.slug}: duplicate related article`).toBe(slugs.length)
    expect(slugs, `${article.slug}: links to itself`).not.toContain(article.slug)
    const picks = (article.relatedArticles ?? [])
      .map((id) => byId.get(id)?.slug)
      .filter((s) => s && s !== article.slug)
    expect(slugs.slice(0, picks.length), `${article.slug}: editor's picks first`).toEqual(
      [...new Set(picks)].slice(0, 3),
    )
    for (const slug of slugs.slice(picks.length))
      expect(bySlug.get(slug)?.category).toBe(article.category)
    const candidates = new Set([
      ...picks,
      ...articles
        .filter((a) => a.category === article.category && a.id !== article.id)
        .map((a) => a.slug),
    ])
    expect(slugs.length, `${article.slug}: as many as there are candidates, up to 3`).toBe(
      Math.min(3, candidates.size),
    )
  }
})
