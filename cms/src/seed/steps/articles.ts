import { metaDescription, type Id, type SeedRun } from '../context'
import { articles } from '../data/articles'
import { parisDaysAgo } from '../dates'
import { doc } from '../lexical'
import { findOne, upsertBySlug } from '../upsert'
import type { ArticleSeed } from '../types'

const resolveRelated = (a: ArticleSeed, known: Map<string, Id>): Id[] | undefined => {
  const ids = (a.related ?? []).map((slug) => known.get(slug))
  return ids.every((id) => id !== undefined) ? (ids as Id[]) : undefined
}

/**
 * Articles in two passes: manual related articles can only point at documents that exist. On a
 * re-seed every target already exists, so each article is written once.
 */
export const seedArticles = async ({ payload, maps, tally, now }: SeedRun) => {
  for (const a of articles) {
    const existing = await findOne(payload, 'articles', { slug: { equals: a.slug } })
    if (existing) maps.articles.set(a.slug, existing.id)
  }

  const pending: ArticleSeed[] = []
  for (const a of articles) {
    if (a.related?.includes(a.slug))
      throw new Error(`seed: article "${a.slug}" lists itself as related`)
    const related = resolveRelated(a, maps.articles)
    if (!related) pending.push(a)
    const heroImage = maps.refs.image(a.image)
    const { doc: saved, created } = await upsertBySlug(
      payload,
      'articles',
      {
        title: a.title,
        slug: a.slug,
        excerpt: a.excerpt,
        heroImage,
        body: doc(a.body(maps.refs), `articles:${a.slug}:body`),
        category: maps.refs.category(a.category),
        tags: a.tags,
        author: a.author,
        publishedAt: a.draft ? null : parisDaysAgo(a.daysAgo, 8, now).toISOString(),
        ...(related ? { relatedArticles: related } : {}),
        meta: {
          title: `${a.title} | Vitrine`,
          description: metaDescription(a.excerpt),
          image: heroImage,
        },
      },
      { status: a.draft ? 'draft' : 'published' },
    )
    maps.articles.set(a.slug, saved.id)
    tally.add('articles', created)
  }

  for (const a of pending) {
    await upsertBySlug(
      payload,
      'articles',
      { slug: a.slug, relatedArticles: (a.related ?? []).map((slug) => maps.article(slug)) },
      { status: a.draft ? 'draft' : 'published' },
    )
  }
}
