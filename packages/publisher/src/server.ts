import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import { errorMessage, type Logger } from './logger.ts'
import type { WebhookVerifier } from './signature.ts'
import type { BuildReason, DocumentRef } from './state.ts'
import type { PublisherHealth } from './health.ts'
import type { PublisherStatus, RollbackResult } from './publisher.ts'
import { REBUILD_REQUESTED } from './webhook.ts'

/** What the HTTP API needs from the publisher. */
export type ApiHandlers = {
  requestBuild: (reason: Omit<BuildReason, 'at'>) => { queued: boolean }
  rollback: () => Promise<RollbackResult>
  status: () => Promise<PublisherStatus>
  health: () => Promise<PublisherHealth>
  /** Path of a build's log, or null when there is no such build. */
  logPath: (id: string) => string | null
}

const MAX_BODY = 1024 * 1024

type Reply = {
  status: number
  body?: unknown
  text?: string
  file?: string
  headers?: http.OutgoingHttpHeaders
  /** Appended to the request's log line. */
  note?: string
}

class HttpError extends Error {
  readonly status: number
  readonly code: string

  constructor(status: number, code: string, message: string) {
    super(message)
    this.status = status
    this.code = code
  }
}

const readBody = (req: http.IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) reject(new HttpError(413, 'too-large', 'Request body larger than 1 MB'))
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })

/** Keeps only the document fields the history shows, bounded in size. */
const documentsOf = (value: unknown): DocumentRef[] | undefined => {
  if (!Array.isArray(value)) return undefined
  const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 200) : undefined)
  return value.slice(0, 20).map((d: Record<string, unknown>) => ({
    collection: text(d?.collection),
    id: typeof d?.id === 'number' ? d.id : text(d?.id),
    action: text(d?.action),
    title: text(d?.title),
  }))
}

export const createApiServer = ({
  verifier,
  handlers,
  logger,
  allowedOrigin,
  readSecret,
}: {
  verifier: WebhookVerifier
  handlers: ApiHandlers
  logger: Logger
  allowedOrigin: string
  /** `Authorization: Bearer <it>` reads the full status and the build logs (the webhook secret). */
  readSecret: string
}) => {
  const origins = allowedOrigin
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
  const cors = (req: http.IncomingMessage): http.OutgoingHttpHeaders => {
    const origin = req.headers.origin
    return origin && origins.includes(origin)
      ? { 'access-control-allow-origin': origin, vary: 'Origin' }
      : { vary: 'Origin' }
  }

  const expected = crypto.createHash('sha256').update(`Bearer ${readSecret}`).digest()
  /** Is the caller the CMS (or an operator) holding the secret? Public callers see only up-to-date. */
  const mayRead = (req: http.IncomingMessage) => {
    const given = crypto
      .createHash('sha256')
      .update(req.headers.authorization ?? '')
      .digest()
    return Boolean(readSecret) && crypto.timingSafeEqual(given, expected)
  }
  /** The public answer of /status: whether the site is up to date, nothing about documents. */
  const publicStatus = (status: PublisherStatus) => ({
    upToDate:
      status.state === 'idle' &&
      !status.queued &&
      status.lastBuild?.ok !== false &&
      !!status.current,
    state: status.state,
    queued: status.queued,
  })

  /** Signature, age and replay check; the JSON payload when the request is authentic. */
  const authenticate = async (req: http.IncomingMessage, expectedType: string) => {
    const body = await readBody(req)
    const result = verifier.verify(body, req.headers)
    if (!result.ok) {
      const from = req.socket.remoteAddress
      throw new HttpError(401, result.reason, `${result.message} (from ${from})`)
    }
    const payload = result.payload as Record<string, unknown> | undefined
    if (payload?.type !== expectedType) {
      throw new HttpError(400, 'invalid-body', `Body must be JSON with "type": "${expectedType}"`)
    }
    return { id: result.id, payload }
  }

  const route = async (req: http.IncomingMessage, pathname: string): Promise<Reply> => {
    const { method } = req
    if (pathname === '/status' && method === 'OPTIONS') {
      return {
        status: 204,
        headers: {
          ...cors(req),
          'access-control-allow-methods': 'GET',
          'access-control-max-age': '86400',
        },
      }
    }
    if (pathname === '/status' && (method === 'GET' || method === 'HEAD')) {
      return {
        status: 200,
        body: mayRead(req) ? await handlers.status() : publicStatus(await handlers.status()),
        headers: { ...cors(req), 'cache-control': 'no-store', vary: 'Origin, Authorization' },
      }
    }
    if (pathname === '/health' && (method === 'GET' || method === 'HEAD')) {
      const health = await handlers.health()
      return {
        status: health.status === 'unhealthy' ? 503 : 200,
        body: health,
        headers: { 'cache-control': 'no-store' },
      }
    }
    if (pathname === '/hooks/rebuild' && method === 'POST') {
      const { id, payload } = await authenticate(req, REBUILD_REQUESTED)
      const reason =
        typeof payload.reason === 'string' && payload.reason.trim()
          ? payload.reason.slice(0, 300)
          : 'rebuild requested'
      const { queued } = handlers.requestBuild({
        reason,
        source: 'webhook',
        webhookId: id,
        documents: documentsOf(payload.documents),
      })
      return {
        status: 202,
        body: { accepted: true, queued },
        note: `webhook ${id}, ${queued ? 'queued' : 'building'}: ${reason}`,
      }
    }
    if (pathname === '/rollback' && method === 'POST') {
      const { id } = await authenticate(req, 'rollback.requested')
      const result = await handlers.rollback()
      if (!result.ok) {
        return {
          status: 409,
          body: { error: 'no-previous-release', message: result.message },
          note: `webhook ${id}`,
        }
      }
      return {
        status: 200,
        body: { ok: true, current: result.current, from: result.from },
        note: `webhook ${id}, now ${result.current.id}`,
      }
    }
    const log = /^\/releases\/([^/]+)\/log$/.exec(pathname)
    if (log && (method === 'GET' || method === 'HEAD')) {
      if (!mayRead(req))
        throw new HttpError(401, 'unauthorized', `Build logs need the webhook secret (${pathname})`)
      const file = handlers.logPath(log[1]!)
      if (!file || !fs.existsSync(file))
        throw new HttpError(404, 'not-found', `No build log for ${log[1]}`)
      return {
        status: 200,
        file,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
      }
    }
    const known = ['/status', '/health', '/hooks/rebuild', '/rollback'].includes(pathname) || log
    throw known
      ? new HttpError(405, 'method-not-allowed', `${method} is not allowed on ${pathname}`)
      : new HttpError(404, 'not-found', `No route ${method} ${pathname}`)
  }

  const send = (req: http.IncomingMessage, res: http.ServerResponse, reply: Reply) => {
    const head = req.method === 'HEAD'
    if (reply.file) {
      res.writeHead(reply.status, reply.headers)
      if (head) res.end()
      else
        fs.createReadStream(reply.file)
          .on('error', () => res.destroy())
          .pipe(res)
      return
    }
    const payload =
      reply.body !== undefined ? `${JSON.stringify(reply.body, null, 2)}\n` : (reply.text ?? '')
    res.writeHead(reply.status, {
      ...(reply.body !== undefined ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      ...reply.headers,
    })
    res.end(head ? undefined : payload)
  }

  return http.createServer((req, res) => {
    const t0 = performance.now()
    const pathname = new URL(req.url ?? '/', 'http://api.invalid').pathname
    route(req, pathname)
      .catch((error): Reply => {
        if (error instanceof HttpError) {
          return {
            status: error.status,
            body: { error: error.code, message: error.message },
            headers: error.status === 413 ? { connection: 'close' } : undefined,
            note: `${error.code}: ${error.message}`,
          }
        }
        return {
          status: 500,
          body: { error: 'Internal error' },
          note: `internal error: ${errorMessage(error)}`,
        }
      })
      .then((reply) => {
        send(req, res, reply)
        const line = `${req.method} ${pathname} ${reply.status} ${Math.round(performance.now() - t0)} ms${reply.note ? ` — ${reply.note}` : ''}`
        if (reply.status >= 500) logger.error(line)
        else if (reply.status >= 400) logger.warn(line)
        else logger.info(line)
      })
  })
}
