import fs from 'node:fs'
import fsp from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { errorMessage, type Logger } from './logger.ts'
import { contentType } from './mime.ts'
import { COMPRESSIBLE } from './precompress.ts'
import { readRedirects, redirectKey, type RedirectTable } from './redirects.ts'

const IMMUTABLE = 'public, max-age=31536000, immutable'
const REVALIDATE = 'public, max-age=0, must-revalidate'

/** Encodings the client takes, best first, among the precompressed ones we have. */
export const acceptedEncodings = (header: string | undefined): Array<'br' | 'gzip'> => {
  const accepted = new Map<string, number>()
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    accepted.set(name, q ? Number(q.slice(2)) : 1)
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  return (['br', 'gzip'] as const).filter(ok)
}

const statFile = (file: string) => fsp.stat(file).catch(() => null)

type Target = { file: string; status: number }

/**
 * Serves whatever `currentLink` points at, resolved on every request so a release switch is
 * instant. Used for development, tests and small hosts; production may use nginx on the same
 * directory (docs/deploy/nginx.conf).
 */
export const createStaticServer = ({
  currentLink,
  logger,
  securityHeaders = {},
}: {
  currentLink: string
  logger: Logger
  /** Sent with every answer (CSP frame-ancestors, nosniff, Referrer-Policy…). */
  securityHeaders?: Record<string, string>
}) => {
  const redirectCache = new Map<string, Promise<RedirectTable>>()
  const redirectsFor = (root: string) => {
    let table = redirectCache.get(root)
    if (!table) {
      table = readRedirects(root).then((t) => {
        for (const line of t.skipped)
          logger.warn(`Unsupported line in ${root}/_redirects, ignored: ${line}`)
        return t
      })
      redirectCache.set(root, table)
      // Releases are immutable; keep the tables of the last few only.
      for (const key of [...redirectCache.keys()].slice(0, -4)) redirectCache.delete(key)
    }
    return table
  }

  const send = (
    res: http.ServerResponse,
    status: number,
    text: string,
    headers: http.OutgoingHttpHeaders = {},
  ) => {
    res.writeHead(status, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    })
    res.end(res.req.method === 'HEAD' ? undefined : text)
  }

  const serveFile = async (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    target: Target,
    urlPath: string,
  ) => {
    const stat = await fsp.stat(target.file)
    const ext = path.extname(target.file).toLowerCase()
    const compressible = COMPRESSIBLE.has(ext)
    let file = target.file
    let size = stat.size
    let encoding: 'br' | 'gzip' | undefined
    if (compressible) {
      for (const candidate of acceptedEncodings(req.headers['accept-encoding'])) {
        const variant = await statFile(`${target.file}.${candidate === 'br' ? 'br' : 'gz'}`)
        if (variant?.isFile()) {
          file = `${target.file}.${candidate === 'br' ? 'br' : 'gz'}`
          size = variant.size
          encoding = candidate
          break
        }
      }
    }
    const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}${encoding ? `-${encoding}` : ''}"`
    const headers: http.OutgoingHttpHeaders = {
      'content-type': contentType(ext),
      'cache-control':
        urlPath.startsWith('/_astro/') && target.status === 200 ? IMMUTABLE : REVALIDATE,
      'last-modified': stat.mtime.toUTCString(),
      etag,
      'x-content-type-options': 'nosniff',
    }
    if (compressible) headers.vary = 'Accept-Encoding'
    if (target.status === 200 && isFresh(req, etag, stat.mtime)) {
      res.writeHead(304, headers)
      res.end()
      return
    }
    if (encoding) headers['content-encoding'] = encoding
    headers['content-length'] = size
    res.writeHead(target.status, headers)
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    fs.createReadStream(file)
      .on('error', (error) => {
        logger.error(`Site server could not read ${file}: ${errorMessage(error)}`)
        res.destroy()
      })
      .pipe(res)
  }

  /** Maps a URL path to a file of the release, a redirect, or nothing (404). */
  const resolve = async (
    root: string,
    urlPath: string,
  ): Promise<Target | { location: string } | null> => {
    const segments = urlPath.split('/')
    const hidden = segments.some((s) => s.startsWith('.') && s !== '.well-known')
    if (hidden || urlPath === '/_redirects') return null
    const inside = (file: string) => file === root || file.startsWith(root + path.sep)
    const real = async (file: string) => {
      const resolved = await fsp.realpath(file).catch(() => null)
      return resolved && inside(resolved) ? resolved : null
    }
    const base = path.join(root, urlPath)
    if (!inside(base)) return null
    if (urlPath.endsWith('/')) {
      const index = await real(path.join(base, 'index.html'))
      return index && (await statFile(index))?.isFile() ? { file: index, status: 200 } : null
    }
    const found = await real(base)
    const stat = found ? await statFile(found) : null
    if (stat?.isFile()) return { file: found!, status: 200 }
    if (stat?.isDirectory()) return { location: `${urlPath}/` }
    const html = await real(`${base}.html`)
    return html && (await statFile(html))?.isFile() ? { file: html, status: 200 } : null
  }

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed\n', { allow: 'GET, HEAD' })
      return
    }
    const url = new URL(req.url ?? '/', 'http://site.invalid')
    let urlPath: string
    try {
      urlPath = decodeURIComponent(url.pathname)
    } catch {
      send(res, 400, 'Bad request: malformed URL encoding\n')
      return
    }
    if (urlPath.includes('\0')) {
      send(res, 400, 'Bad request\n')
      return
    }
    // `/../` and `%2e%2e%2f` both collapse at the root: nothing outside the release is reachable.
    urlPath = path.posix.normalize(urlPath)
    if (!urlPath.startsWith('/')) urlPath = `/${urlPath}`

    let root: string
    try {
      root = await fsp.realpath(currentLink)
    } catch {
      send(res, 503, 'No release is live yet: the first build has not finished.\n', {
        'retry-after': '5',
      })
      return
    }

    const redirect = (await redirectsFor(root)).rules.get(redirectKey(urlPath))
    if (redirect) {
      const location =
        redirect.to.includes('?') || !url.search ? redirect.to : `${redirect.to}${url.search}`
      send(res, redirect.status, `Redirecting to ${location}\n`, {
        location,
        'cache-control': REVALIDATE,
      })
      return
    }

    const target = await resolve(root, urlPath)
    if (target && 'location' in target) {
      const location = `${urlPath.split('/').map(encodeURIComponent).join('/')}/${url.search}`
      send(res, 301, `Redirecting to ${location}\n`, { location, 'cache-control': REVALIDATE })
      return
    }
    if (target) {
      await serveFile(req, res, target, urlPath)
      return
    }
    const notFound = path.join(root, '404.html')
    if ((await statFile(notFound))?.isFile())
      await serveFile(req, res, { file: notFound, status: 404 }, urlPath)
    else send(res, 404, 'Not found\n')
  }

  return http.createServer((req, res) => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value)
    handle(req, res).catch((error) => {
      logger.error(`Site server failed on ${req.method} ${req.url}: ${errorMessage(error)}`)
      if (!res.headersSent) send(res, 500, 'Internal error\n')
      else res.destroy()
    })
  })
}

/** Conditional GET: If-None-Match wins; otherwise If-Modified-Since (second precision). */
const isFresh = (req: http.IncomingMessage, etag: string, mtime: Date) => {
  const inm = req.headers['if-none-match']
  if (inm)
    return inm
      .split(',')
      .some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*')
  const ims = req.headers['if-modified-since']
  if (!ims) return false
  const since = Date.parse(ims)
  return !Number.isNaN(since) && Math.floor(mtime.getTime() / 1000) * 1000 <= since
}
