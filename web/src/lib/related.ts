/**
 * "Ces articles pourraient vous intéresser": the editor's picks first (in their order), then the
 * newest articles of the same category; never the article itself, never twice, at most `limit`.
 * Picks that are not published (absent from `all`) are skipped.
 */
type Id = number | string
type Ref = Id | { id: Id }

export type RelatableArticle = {
  id: Id
  category: Ref
  publishedAt?: string | null
  relatedArticles?: Ref[] | null
}

const idOf = (ref: Ref): string => String(typeof ref === 'object' ? ref.id : ref)
const time = (a: RelatableArticle) => (a.publishedAt ? Date.parse(a.publishedAt) : 0)

export const selectRelated = <A extends RelatableArticle>(article: A, all: A[], limit = 3): A[] => {
  const byId = new Map(all.map((a) => [String(a.id), a]))
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
  const category = idOf(article.category)
  const sameCategory = all
    .filter((a) => idOf(a.category) === category)
    .sort((a, b) => time(b) - time(a) || String(a.id).localeCompare(String(b.id)))
  for (const candidate of sameCategory) take(candidate)
  return chosen
}
