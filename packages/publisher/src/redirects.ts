import fs from 'node:fs/promises'
import path from 'node:path'

/** Exact-path redirects from a release's `_redirects` file (Netlify format). */
export type Redirect = { to: string; status: number }
export type RedirectTable = { rules: Map<string, Redirect>; skipped: string[] }

const STATUSES = new Set([301, 302, 303, 307, 308])

/** `/a/b/` and `/a/b` are the same source. */
export const redirectKey = (pathname: string) =>
  pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname

/**
 * `from to [status]` per line; `#` comments. Splats, placeholders, conditions and non-3xx
 * statuses (rewrites) are not supported: those lines are skipped and reported.
 */
export const parseRedirects = (text: string): RedirectTable => {
  const rules = new Map<string, Redirect>()
  const skipped: string[] = []
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim()
    if (!line) continue
    const [from, to, statusText, ...rest] = line.split(/\s+/)
    const status = statusText === undefined ? 301 : Number(statusText.replace(/!$/, ''))
    const supported =
      from?.startsWith('/') && !/[*:]/.test(from) && to && rest.length === 0 && STATUSES.has(status)
    if (!supported || !from || !to) {
      skipped.push(raw.trim())
      continue
    }
    if (!rules.has(redirectKey(from))) rules.set(redirectKey(from), { to, status })
  }
  return { rules, skipped }
}

/** Reads `<release>/_redirects`; an absent file means no redirects. */
export const readRedirects = async (releaseRoot: string): Promise<RedirectTable> => {
  try {
    return parseRedirects(await fs.readFile(path.join(releaseRoot, '_redirects'), 'utf8'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { rules: new Map(), skipped: [] }
    throw error
  }
}
