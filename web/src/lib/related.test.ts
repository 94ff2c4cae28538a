import { describe, expect, it } from 'vitest'
import { selectRelated, type RelatableArticle } from './related'

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

describe('selectRelated', () => {
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
