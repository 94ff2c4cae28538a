import { useEffect, useId, useRef, useState, type FormEvent } from 'react'

/**
 * Site search over the static Pagefind index (/pagefind/, built after `astro build`). Reads and
 * writes `?q=` so results can be linked and the plain form works as a fallback.
 */
type PagefindResult = {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>
}
type Pagefind = {
  init?: () => Promise<void>
  search: (q: string) => Promise<{ results: PagefindResult[] }>
}
type Hit = { url: string; title: string; excerpt: string }

const INDEX = '/pagefind/pagefind.js'

export default function Search() {
  const id = useId()
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<Hit[] | null>(null)
  const [status, setStatus] = useState('')
  const pagefind = useRef<Pagefind | null>(null)

  const run = async (q: string) => {
    const term = q.trim()
    const url = new URL(window.location.href)
    if (term) url.searchParams.set('q', term)
    else url.searchParams.delete('q')
    window.history.replaceState(null, '', url)
    if (!term) {
      setHits(null)
      setStatus('')
      return
    }
    setStatus('Recherche en cours…')
    try {
      if (!pagefind.current) {
        pagefind.current = (await import(/* @vite-ignore */ INDEX)) as Pagefind
        await pagefind.current.init?.()
      }
      const { results } = await pagefind.current.search(term)
      const data = await Promise.all(results.slice(0, 20).map((r) => r.data()))
      setHits(data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt })))
      setStatus(
        results.length === 0
          ? `Aucun résultat pour « ${term} ».`
          : `${results.length} résultat${results.length > 1 ? 's' : ''} pour « ${term} ».`,
      )
    } catch {
      setStatus(
        'La recherche est indisponible pour le moment. Parcourez le blog ou réessayez plus tard.',
      )
    }
  }

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get('q') ?? ''
    if (q) {
      setQuery(q)
      void run(q)
    }
  }, [])

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    // The field's own value: text typed before the island hydrated is not in `query` yet.
    const q = String(new FormData(event.currentTarget).get('q') ?? '')
    setQuery(q)
    void run(q)
  }

  return (
    <div className="search">
      <form
        role="search"
        action="/recherche/"
        method="get"
        onSubmit={submit}
        className="search__form"
      >
        <label htmlFor={`${id}-q`}>Rechercher un article, un livre blanc, un webinaire…</label>
        <div className="search__row">
          <input
            id={`${id}-q`}
            name="q"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
            enterKeyHint="search"
          />
          <button className="button button--primary" type="submit">
            Rechercher
          </button>
        </div>
      </form>
      <p className="search__status" role="status" aria-live="polite">
        {status}
      </p>
      {hits && hits.length > 0 && (
        <ol className="search__results">
          {hits.map((hit) => (
            <li key={hit.url} className="search__hit">
              <a href={hit.url}>{hit.title}</a>
              <p dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
