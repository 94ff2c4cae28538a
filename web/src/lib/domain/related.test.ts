import { describe, expect, it } from 'vitest'
import { relatedIndex, type RelatableArticle } from './related'

const article = (
  id: number,
  category: number,
  day: number,
  related: number[] = [],
): RelatableArticle => ({
  id,
  category,
  publishedAt: `2026-01-${String(day).padStart(2, '0')}T08:00:00.000Z`,
  relatedArticles: related,
})

const ids = (list: RelatableArticle[]) => list.map((a) => a.id)
/** One article's related articles, from an index of `all`. */
const selectRelated = (article: RelatableArticle, all: RelatableArticle[], limit?: number) =>
  relatedIndex(all, limit)(article)

describe('related articles of one article', () => {
  const all = [
    article(1, 10, 1),
    article(2, 10, 5),
    article(3, 10, 9),
    article(4, 20, 3),
    article(5, 10, 7),
    article(6, 20, 8),
  ]

  it('puts the editor’s picks first, then the newest of the same category', () => {
    const current = { ...article(1, 10, 1), relatedArticles: [6] }
    expect(ids(selectRelated(current, all))).toEqual([6, 3, 5])
  })

  it('fills from the same category, newest first, when there are no picks', () => {
    expect(ids(selectRelated(all[0]!, all))).toEqual([3, 5, 2])
  })

  it('never lists the article itself, even when an editor picked it', () => {
    const current = { ...article(2, 10, 5), relatedArticles: [2, 4] }
    const result = selectRelated(current, all)
    expect(ids(result)).not.toContain(2)
    expect(ids(result)).toEqual([4, 3, 5])
  })

  it('never lists an article twice (duplicate picks, pick also in the category)', () => {
    const current = { ...article(1, 10, 1), relatedArticles: [3, 3, { id: 3 }, 5] }
    const result = selectRelated(current, all)
    expect(ids(result)).toEqual([3, 5, 2])
    expect(new Set(ids(result)).size).toBe(result.length)
  })

  it('returns fewer than 3 when there are not enough candidates', () => {
    const lonely = [article(1, 30, 1), article(2, 30, 2), article(3, 40, 3)]
    expect(ids(selectRelated(lonely[0]!, lonely))).toEqual([2])
    expect(selectRelated(lonely[2]!, lonely)).toEqual([])
  })

  it('skips picks that are not published (absent from the list)', () => {
    const current = { ...article(4, 20, 3), relatedArticles: [99, 1] }
    expect(ids(selectRelated(current, all))).toEqual([1, 6])
  })

  it('respects the limit', () => {
    expect(selectRelated(all[0]!, all, 1)).toHaveLength(1)
  })
})

describe('relatedIndex', () => {
  // The straightforward definition: picks, then the whole list filtered and sorted per article.
  const reference = (article: RelatableArticle, all: RelatableArticle[], limit = 3) => {
    const idOf = (r: unknown) => String(typeof r === 'object' ? (r as { id: unknown }).id : r)
    const time = (a: RelatableArticle) => (a.publishedAt ? Date.parse(a.publishedAt) : 0)
    const out: RelatableArticle[] = []
    const seen = new Set([String(article.id)])
    const candidates = [
      ...(article.relatedArticles ?? []).map((r) => all.find((a) => String(a.id) === idOf(r))),
      ...all
        .filter((a) => idOf(a.category) === idOf(article.category))
        .sort((a, b) => time(b) - time(a) || String(a.id).localeCompare(String(b.id))),
    ]
    for (const c of candidates) {
      if (!c || out.length >= limit || seen.has(String(c.id))) continue
      seen.add(String(c.id))
      out.push(c)
    }
    return out
  }

  it('gives every article of a site the same related articles as the per-article definition', () => {
    let seed = 42
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const all = Array.from({ length: 300 }, (_, i) =>
      article(
        i + 1,
        random(7),
        1 + random(28),
        random(4) === 0 ? Array.from({ length: random(4) }, () => random(320)) : [],
      ),
    )
    // Same-day articles tie on time: the id order must break the tie the same way.
    all.push({ ...article(301, 3, 5), category: { id: 3 } })
    const related = relatedIndex(all)
    for (const a of all) expect(ids(related(a))).toEqual(ids(reference(a, all)))
    expect(all.some((a) => related(a).length === 3)).toBe(true)
  })

  it('does not change the list it was built from', () => {
    const all = [article(1, 10, 1), article(2, 10, 5), article(3, 10, 9)]
    relatedIndex(all)(all[0]!)
    expect(ids(all)).toEqual([1, 2, 3])
  })
})
