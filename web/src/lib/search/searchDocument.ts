/**
 * What Pagefind needs of a page, cut out of its HTML while the page renders
 * (docs/adr/0033-fast-full-builds.md): the page's `<head>` and its `data-pagefind-body` elements,
 * without the chrome around them (header, footer, lead forms, sidebar: ≈ 80 % of an article's
 * bytes). Pagefind indexes only those elements once any page has one, so the index it writes
 * from these documents is the one it writes from the whole pages. `null`: the page is not
 * indexed (no `data-pagefind-body`).
 */

/** An element carrying `data-pagefind-body` (bare or with a value). */
const BODY_START = /<([a-zA-Z][\w-]*)(?=[\s/>])[^>]*?\sdata-pagefind-body(?=[\s=/>])[^>]*>/g

/**
 * Pagefind attributes it reads anywhere on the page, also outside the body elements: a page
 * carrying one is handed over whole (none does today).
 */
const PAGE_WIDE = /data-pagefind-(?:meta|filter|sort|default-meta|index-attrs)/

/** Where the element opened at `from` (just after its start tag) closes, or -1. */
const closingEnd = (html: string, tag: string, from: number): number => {
  const tags = new RegExp(`<(/?)${tag}(?=[\\s/>])[^>]*>`, 'gi')
  tags.lastIndex = from
  let depth = 1
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (m[1]) depth--
    else if (!m[0].endsWith('/>')) depth++
    if (depth === 0) return m.index + m[0].length
  }
  return -1
}

export const searchDocument = (html: string): string | null => {
  const bodies: string[] = []
  BODY_START.lastIndex = 0
  for (let m = BODY_START.exec(html); m; m = BODY_START.exec(html)) {
    const start = m.index
    const end = closingEnd(html, m[1]!, start + m[0].length)
    // Unbalanced markup: let Pagefind read the page as it is.
    if (end < 0) return html
    bodies.push(html.slice(start, end))
    BODY_START.lastIndex = end
  }
  if (bodies.length === 0) return null
  const outside = bodies.reduce((rest, body) => rest.replace(body, ''), html)
  if (PAGE_WIDE.test(outside)) return html
  const headEnd = html.indexOf('</head>')
  if (headEnd < 0) return html
  return `${html.slice(0, headEnd + '</head>'.length)}<body>${bodies.join('')}</body></html>`
}
