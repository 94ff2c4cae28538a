// A tiny static server for the built site (local checks and e2e): `node scripts/serve.mjs [dir] [port]`.
// Directory URLs serve index.html, a path without its trailing slash redirects to it, unknown paths
// get 404.html. Production is served by the publisher (packages/publisher) or nginx.
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'

const root = path.resolve(process.argv[2] || process.env.OUT_DIR || 'dist')
const port = Number(process.argv[3] || process.env.PORT || 4321)
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
}
const isFile = async (file) => (await fs.stat(file).catch(() => null))?.isFile() ?? false

http
  .createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const pathname = decodeURIComponent(url.pathname)
    const file = path.join(root, pathname)
    if (!file.startsWith(root) || pathname.split('/').some((part) => part.startsWith('.'))) {
      res.writeHead(400).end()
      return
    }
    let target = pathname.endsWith('/') ? path.join(file, 'index.html') : file
    if (
      !pathname.endsWith('/') &&
      !(await isFile(target)) &&
      (await isFile(path.join(file, 'index.html')))
    ) {
      res.writeHead(301, { Location: `${pathname}/${url.search}` }).end()
      return
    }
    let status = 200
    if (!(await isFile(target))) {
      status = 404
      target = path.join(root, '404.html')
    }
    res.writeHead(status, {
      'Content-Type': types[path.extname(target)] ?? 'application/octet-stream',
    })
    createReadStream(target).pipe(res)
  })
  .listen(port, () => console.log(`serving ${root} at http://localhost:${port}/`))
