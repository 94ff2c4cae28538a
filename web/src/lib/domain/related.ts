import type { Id } from '@vitrine/contracts/ids'

/**
 * "Ces articles pourraient vous intéresser": the editor's picks first (in their order), then the
 * newest articles of the same category; never the article itself, never twice, at most `limit`.
 * Picks that are not published (absent from `all`) are skipped.
 */
type Ref = Id | { id: Id }

export type RelatableArticle = {
  id: Id
  category: Ref
  publishedAt?: string | null
  relatedArticles?: Ref[] | null
}

const idOf = (ref: Ref): string => String(typeof ref === 'object' ? ref.id : ref)
const time = (a: RelatableArticle) => (a.publishedAt ? Date.parse(a.publishedAt) : 0)

/**
 * The related-articles lookup for a whole site, built once: articles by id and each category's
 * articles sorted newest first, so each article page costs O(picks + limit) instead of a scan and
 * a sort of every article (which made the build quadratic in the number of articles).
 */
export const relatedIndex = <A extends RelatableArticle>(all: A[], limit = 3) => {
  const byId = new Map(all.map((a) => [String(a.id), a]))
  const byCategory = new Map<string, A[]>()
  for (const a of all) {
    const key = idOf(a.category)
    const list = byCategory.get(key)
    if (list) list.push(a)
    else byCategory.set(key, [a])
  }
  for (const list of byCategory.values())
    list.sort((a, b) => time(b) - time(a) || String(a.id).localeCompare(String(b.id)))

  return (article: A): A[] => {
    const chosen: A[] = []
    const taken = new Set<string>([String(article.id)])
    const take = (candidate: A | undefined) => {
      if (!candidate || chosen.length >= limit) return
      const id = String(candidate.id)
      if (taken.has(id)) return
      taken.add(id)
      chosen.push(candidate)
    }
    for (const ref of article.relatedArticles ?? []) take(byId.get(idOf(ref)))
    for (const candidate of byCategory.get(idOf(article.category)) ?? []) {
      if (chosen.length >= limit) break
      take(candidate)
    }
    return chosen
  }
}
