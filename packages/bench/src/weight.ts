// Page weight from a built site: HTML bytes (raw, gzip -9 like the publisher's precompression) and
// JavaScript bytes per page type — inline scripts, scripts loaded with the page, and island code
// fetched later (component + renderer + everything they import), followed through the files.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

export type PageType = 'home' | 'article' | 'blog index' | 'white paper' | 'webinar' | 'freelancer'
/** Pages read, not filled in: the 0-JS target applies to them (forms may hydrate islands elsewhere). */
export const contentPages: PageType[] = ['article', 'blog index', 'freelancer']

const notDetail = new Set(['page', 'categorie', 'region', 'specialite', 'rss.xml'])

/** The first detail page (alphabetically) under `section`, as a site path. */
const firstDetail = (outDir: string, section: string): string | null => {
  const dir = path.join(outDir, section)
  if (!fs.existsSync(dir)) return null
  const slug = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter(
      (e) =>
        e.isDirectory() &&
        !notDetail.has(e.name) &&
        fs.existsSync(path.join(dir, e.name, 'index.html')),
    )
    .map((e) => e.name)
    .sort()[0]
  return slug ? `/${section}/${slug}/` : null
}

/** One site path per page type (null when the build has no such page). */
export const pagePaths = (outDir: string): Record<PageType, string | null> => ({
  home: '/',
  article: firstDetail(outDir, 'blog'),
  'blog index': fs.existsSync(path.join(outDir, 'blog', 'index.html')) ? '/blog/' : null,
  'white paper': firstDetail(outDir, 'livres-blancs'),
  webinar: firstDetail(outDir, 'webinaires'),
  freelancer: firstDetail(outDir, 'freelances'),
})

const gzipSize = (data: Buffer | string) => zlib.gzipSync(data, { level: 9 }).length

export type JsRefs = { inline: string[]; eager: string[]; lazy: string[] }

/** Scripts an HTML page carries or points at (JSON-LD and other data scripts are not JavaScript). */
export const scriptsOf = (html: string): JsRefs => {
  const refs: JsRefs = { inline: [], eager: [], lazy: [] }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? ''
    const type = attrs.match(/\btype=["']?([^"'\s>]+)/i)?.[1]?.toLowerCase()
    if (type && type !== 'module' && type !== 'text/javascript') continue
    const src = attrs.match(/\bsrc=["']([^"']+)["']/i)?.[1]
    if (src) refs.eager.push(src)
    else if (m[2]?.trim()) refs.inline.push(m[2])
  }
  for (const m of html.matchAll(/<link\b[^>]*rel=["']modulepreload["'][^>]*>/gi)) {
    const href = m[0].match(/\bhref=["']([^"']+)["']/i)?.[1]
    if (href) refs.eager.push(href)
  }
  for (const m of html.matchAll(
    /\b(?:component-url|renderer-url|before-hydration-url)=["']([^"']+)["']/gi,
  )) {
    if (m[1]) refs.lazy.push(m[1].replace(/&amp;/g, '&'))
  }
  return refs
}

/** Relative module specifiers a JS file imports (static, bare side-effect and dynamic). */
export const importsOf = (code: string): string[] => {
  const out = new Set<string>()
  for (const m of code.matchAll(
    /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g,
  ))
    out.add(m[1]!)
  return [...out]
}

/** Bytes of the JS files reachable from `urls` (site paths), each counted once. */
const closure = (outDir: string, urls: string[], seen: Set<string>) => {
  let bytes = 0
  let gzip = 0
  const queue = urls.filter((u) => u.startsWith('/') && !u.startsWith('//'))
  while (queue.length) {
    const url = queue.shift()!.split(/[?#]/)[0]!
    if (seen.has(url)) continue
    seen.add(url)
    const file = path.join(outDir, decodeURIComponent(url))
    if (!fs.existsSync(file)) continue
    const data = fs.readFileSync(file)
    bytes += data.length
    gzip += gzipSize(data)
    for (const spec of importsOf(data.toString('utf8')))
      queue.push(spec.startsWith('/') ? spec : path.posix.join(path.posix.dirname(url), spec))
  }
  return { bytes, gzip }
}

export type PageWeight = {
  type: PageType
  path: string
  htmlBytes: number
  htmlGzip: number
  jsInlineBytes: number
  jsEagerBytes: number
  jsLazyBytes: number
  jsBytes: number
  jsGzip: number
}

export const pageWeight = (outDir: string, type: PageType, sitePath: string): PageWeight => {
  const html = fs.readFileSync(path.join(outDir, sitePath, 'index.html'))
  const refs = scriptsOf(html.toString('utf8'))
  const inline = refs.inline.reduce((n, s) => n + Buffer.byteLength(s), 0)
  const inlineGzip = refs.inline.length ? gzipSize(refs.inline.join('\n')) : 0
  const seen = new Set<string>()
  const eager = closure(outDir, refs.eager, seen)
  const lazy = closure(outDir, refs.lazy, seen)
  return {
    type,
    path: sitePath,
    htmlBytes: html.length,
    htmlGzip: gzipSize(html),
    jsInlineBytes: inline,
    jsEagerBytes: eager.bytes,
    jsLazyBytes: lazy.bytes,
    jsBytes: inline + eager.bytes + lazy.bytes,
    jsGzip: inlineGzip + eager.gzip + lazy.gzip,
  }
}

export const siteWeight = (outDir: string): PageWeight[] =>
  Object.entries(pagePaths(outDir))
    .filter((e): e is [PageType, string] => e[1] !== null)
    .map(([type, sitePath]) => pageWeight(outDir, type, sitePath))
