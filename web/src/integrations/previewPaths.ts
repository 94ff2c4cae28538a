import fs from 'node:fs'
import path from 'node:path'

/**
 * What the draft-preview server may answer (docs/adr/0013-preview-server.md): pages, the public/
 * files and the site's media (/media/…, served from the media cache). Everything Vite would serve
 * on its own — `/@fs/<any file>`, `/@id/…`, `/@vite/…`, `/node_modules/…`, `/src/…`, files of the
 * project root (`/package.json`), dot-files, `?raw`/`?import` module requests — is refused, with or
 * without a preview session. Islands therefore do not hydrate in the preview (the pages render and
 * their forms are plain HTML); the public site is unaffected.
 */

const VITE_PREFIXES = ['/@', '/__', '/node_modules/', '/src/', '/.astro/', '/_image']
const MODULE_QUERY =
  /[?&](raw|url|import|inline|worker|sharedworker|html-proxy|direct|astro|lang\.[a-z]+)\b/i

/** The request path decoded as a server would read it, or null when it cannot be read safely. */
const decodedPath = (rawUrl: string): string | null => {
  const pathname = rawUrl.split(/[?#]/)[0] ?? ''
  let decoded = pathname
  // Decode repeatedly: `%252e` must not slip through as `%2e` then `.`.
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(decoded)
      if (next === decoded) break
      decoded = next
    } catch {
      return null
    }
  }
  if (/[\0\\]/.test(decoded)) return null
  return decoded
}

/** True when `rawUrl` (req.url) asks for something other than a page or a public asset. */
export const isServerFileRequest = (
  rawUrl: string,
  roots: { root: string; publicDir: string },
): boolean => {
  const pathname = decodedPath(rawUrl)
  if (pathname === null || !pathname.startsWith('/')) return true
  const query = rawUrl.includes('?') ? rawUrl.slice(rawUrl.indexOf('?')) : ''
  if (MODULE_QUERY.test(query)) return true
  const lower = pathname.toLowerCase()
  if (VITE_PREFIXES.some((prefix) => lower.startsWith(prefix))) return true
  const segments = pathname.split('/')
  if (segments.some((s) => s === '..' || (s.startsWith('.') && s !== '.well-known'))) return true
  if (lower.startsWith('/media/')) return false
  // A file of the project (package.json, astro.config.mjs, scripts/…) unless it is in public/.
  const onDisk = path.join(roots.root, pathname)
  if (!onDisk.startsWith(roots.root)) return true
  if (onDisk.startsWith(roots.publicDir + path.sep)) return false
  try {
    return fs.statSync(onDisk).isFile()
  } catch {
    return false
  }
}
