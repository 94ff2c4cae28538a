/**
 * The CMS web process (`pnpm start`): Next.js — the admin and the REST API — behind one HTTP
 * server that answers the lead forms' two routes itself (`GET /api/leads/form-token`,
 * `POST /api/leads/submit`: src/lib/directRoutes.ts), with the very Payload handler Next would
 * call, without Next's router in between (docs/adr/0039-lead-route-outside-next.md). Everything
 * else, and those routes until the API's first request has loaded them, goes through Next.
 *
 * Run by Node as it is (type stripping): only node: modules and `next` are imported here, so the
 * server holds no second copy of Payload or of the config.
 *
 *   node server.ts [--port 3000] [--hostname 0.0.0.0]     or CMS_PORT / PORT; all interfaces by default
 *   LEADS_DIRECT_ROUTE=false                                every request through Next
 */
import fs from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { Readable } from 'node:stream'
import { gzipSync } from 'node:zlib'
import next from 'next'

type DirectHandler = (request: Request) => Promise<Response>

const dir = import.meta.dirname

const option = (long: string, short: string): string | undefined => {
  const args = process.argv.slice(2)
  const at = args.findIndex((a) => a === long || a === short)
  if (at >= 0) return args[at + 1]
  return args.find((a) => a.startsWith(`${long}=`))?.slice(long.length + 1)
}

const port = Number(option('--port', '-p') ?? process.env.CMS_PORT ?? process.env.PORT ?? 3000)
// Not $HOSTNAME: Docker sets it to the container's name, which would leave 127.0.0.1 (the health
// probe) unanswered. Every interface unless told.
const hostname = option('--hostname', '-H')
if (!Number.isInteger(port) || port < 0 || port > 65535)
  throw new Error(`server.ts: the port must be a number from 0 to 65535; got "${port}"`)
const directEnabled = (process.env.LEADS_DIRECT_ROUTE ?? 'true') !== 'false'

const directRoute = (route: string): DirectHandler | undefined =>
  (globalThis as { [key: symbol]: Map<string, DirectHandler> | undefined })[
    Symbol.for('vitrine.directRoutes')
  ]?.get(route)

/** The response headers next.config.ts gives every path (CSP, nosniff…), as `next build` wrote them. */
const configHeaders = (): (readonly [RegExp, [string, string][]])[] => {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(dir, '.next/routes-manifest.json'), 'utf8'),
  ) as {
    headers: {
      regex: string
      has?: unknown
      missing?: unknown
      headers: { key: string; value: string }[]
    }[]
  }
  return manifest.headers.map((rule) => {
    // A condition on the request (has/missing) would need Next's matcher: refuse to guess.
    if (rule.has || rule.missing)
      throw new Error('server.ts: next.config.ts headers with has/missing are not supported')
    return [new RegExp(rule.regex), rule.headers.map((h) => [h.key, h.value])] as const
  })
}

/** The Node request as the Web Request Next would hand the route, x-forwarded-* filled as Next does. */
const toRequest = (req: IncomingMessage): Request => {
  const headers = new Headers()
  for (let i = 0; i < req.rawHeaders.length; i += 2)
    headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!)
  const https = headers.get('x-forwarded-proto') === 'https'
  if (!headers.has('x-forwarded-host')) headers.set('x-forwarded-host', req.headers.host ?? '')
  if (!headers.has('x-forwarded-port')) headers.set('x-forwarded-port', String(port))
  if (!headers.has('x-forwarded-proto')) headers.set('x-forwarded-proto', 'http')
  if (!headers.has('x-forwarded-for') && req.socket.remoteAddress)
    headers.set('x-forwarded-for', req.socket.remoteAddress)
  let url: URL
  try {
    url = new URL(req.url!, `${https ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`)
  } catch {
    url = new URL(req.url!, 'http://localhost')
  }
  if (req.method === 'GET' || req.method === 'HEAD') return new Request(url, { headers })
  return new Request(url, {
    method: req.method,
    headers,
    body: Readable.toWeb(req) as ReadableStream,
    // @ts-expect-error Node's fetch needs it for a streamed body; lib.dom's RequestInit lacks it.
    duplex: 'half',
  })
}

const announced = new Set<string>()

const answerDirectly = async (
  handler: DirectHandler,
  pathname: string,
  req: IncomingMessage,
  res: ServerResponse,
  rules: ReturnType<typeof configHeaders>,
) => {
  const route = `${req.method} ${pathname}`
  if (!announced.has(route)) {
    announced.add(route)
    console.log(`server.ts: ${route} answered directly from now on`)
  }
  const response = await handler(toRequest(req))
  // Next's own header rules first, then the route's; Vary is the union of both, as Next makes it.
  const vary = new Set<string>()
  const addVary = (value: string) => value.split(',').forEach((v) => v.trim() && vary.add(v.trim()))
  for (const [regex, headers] of rules)
    if (regex.test(pathname))
      for (const [key, value] of headers)
        key.toLowerCase() === 'vary' ? addVary(value) : res.setHeader(key, value)
  const cookies = response.headers.getSetCookie()
  response.headers.forEach((value, key) => {
    if (key === 'vary') addVary(value)
    else if (key !== 'set-cookie') res.setHeader(key, value)
  })
  if (cookies.length) res.setHeader('set-cookie', cookies)
  // Pages (a confirmation, a refusal without JavaScript) are gzipped as Next would; a JSON answer
  // of a few bytes is not worth it.
  let body = Buffer.from(await response.arrayBuffer())
  if (body.length) addVary('Accept-Encoding')
  if (vary.size) res.setHeader('vary', [...vary].join(', '))
  if (
    body.length >= 1024 &&
    !response.headers.has('content-encoding') &&
    /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
  ) {
    body = gzipSync(body)
    res.setHeader('content-encoding', 'gzip')
  }
  res.setHeader('content-length', body.length)
  res.statusCode = response.status
  res.end(body)
}

const main = async () => {
  const app = next({ dev: false, dir, port, hostname })
  await app.prepare()
  const handle = app.getRequestHandler()
  const rules = configHeaders()

  const server = http.createServer((req, res) => {
    const query = req.url?.indexOf('?') ?? -1
    const pathname = query >= 0 ? req.url!.slice(0, query) : req.url
    // The routes src/lib/directRoutes.ts lists, once the API's module has offered them.
    const handler =
      directEnabled && pathname?.startsWith('/api/leads/')
        ? directRoute(`${req.method} ${pathname}`)
        : undefined
    const answered = handler
      ? answerDirectly(handler, pathname!, req, res, rules)
      : handle(req, res)
    answered.catch((error: unknown) => {
      console.error(`server.ts: ${req.method} ${pathname} failed:`, error)
      if (res.headersSent) return void res.end()
      res.statusCode = 500
      res.setHeader('content-type', 'text/plain; charset=utf-8')
      res.end('Erreur interne du serveur : réessayez dans quelques minutes.')
    })
  })

  let closing = false
  const close = (signal: NodeJS.Signals) => {
    if (closing) return
    closing = true
    // Stop taking connections, let the answers in flight finish, then Next's own cleanup.
    const exit = () => process.exit(signal === 'SIGINT' ? 130 : 143)
    server.close(() => void app.close().finally(exit))
    server.closeIdleConnections()
    // A keep-alive client that never lets go must not hold the stop past Docker's 10 s.
    setTimeout(() => server.closeAllConnections(), 8000).unref()
  }
  process.on('SIGINT', close)
  process.on('SIGTERM', close)

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, hostname, resolve)
  })
  console.log(`▲ CMS ready on http://${hostname ?? 'localhost'}:${port}`)
}

main().catch((error: unknown) => {
  console.error('server.ts: the CMS could not start:', error)
  process.exit(1)
})
