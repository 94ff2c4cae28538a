import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createBuilder, type Builder } from './builder.ts'
import { resolveConfig, type PublisherConfig, type PublisherOptions } from './config.ts'
import { acquireRootLock, type RootLock } from './lock.ts'
import { errorMessage } from './logger.ts'
import { createBuildQueue, type BuildQueue } from './queue.ts'
import {
  isReleaseId,
  layoutFor,
  logFile,
  openReleases,
  readCurrentId,
  type Releases,
} from './releases.ts'
import { checkHealth } from './health.ts'
import { createApiServer } from './server.ts'
import { createWebhookVerifier } from './signature.ts'
import { readState, type BuildReason, type BuildRecord, type ReleaseInfo } from './state.ts'
import { siteSecurityHeaders } from '@vitrine/contracts/security-headers'
import { createStaticServer } from './static.ts'

export type PublisherStatus = {
  state: 'idle' | 'building' | 'failed'
  queued: boolean
  current: ReleaseInfo | null
  /** The build in progress, else the last finished one. */
  lastBuild: BuildRecord | null
  lastSuccess: BuildRecord | null
  /** Newest first, at most 20. */
  history: BuildRecord[]
}

export type RollbackResult =
  { ok: true; current: ReleaseInfo; from: string | null } | { ok: false; message: string }

export type BuildRequest = Partial<Omit<BuildReason, 'at'>> & { reason: string }

export type Publisher = {
  readonly config: PublisherConfig
  /** Opens the root (lock, state); `listen: false` skips the HTTP servers (CLI build). */
  start: (options?: {
    listen?: boolean
  }) => Promise<{ apiUrl: string | null; siteUrl: string | null }>
  /** Stops accepting, kills a running build's process group, drops the queued one. */
  stop: () => Promise<void>
  /** `done` settles when the build this request was merged into has finished. */
  requestBuild: (request?: string | BuildRequest) => {
    accepted: true
    queued: boolean
    done: Promise<BuildRecord>
  }
  rollback: () => Promise<RollbackResult>
  status: () => Promise<PublisherStatus>
  /** Resolves when no build runs or waits. */
  idle: () => Promise<void>
}

/** The status document, from the history and what is live. */
export const describeStatus = (
  history: BuildRecord[],
  current: ReleaseInfo | null,
  queued: boolean,
): PublisherStatus => {
  const lastBuild = history[0] ?? null
  const building = lastBuild !== null && !lastBuild.finished
  const lastFinished = history.find((b) => b.finished) ?? null
  return {
    state: building ? 'building' : lastFinished?.ok === false ? 'failed' : 'idle',
    queued,
    current: current
      ? { id: current.id, builtAt: current.builtAt, pageCount: current.pageCount }
      : null,
    lastBuild,
    lastSuccess: history.find((b) => b.ok === true) ?? null,
    history: history.slice(0, 20),
  }
}

/** Status straight from disk, for `cli status` next to (or without) a running server. */
export const readStatus = async (root: string): Promise<PublisherStatus> => {
  const layout = layoutFor(root)
  const state = await readState(layout.stateFile)
  const id = await readCurrentId(layout)
  const current =
    state.releases.find((r) => r.id === id) ?? (id ? { id, builtAt: '', pageCount: 0 } : null)
  return describeStatus(state.history, current, false)
}

const listen = (server: http.Server, port: number, host: string, what: string) =>
  new Promise<string>((resolve, reject) => {
    server.once('error', (error) =>
      reject(
        new Error(`Could not listen on ${host}:${port} for the ${what}: ${errorMessage(error)}`),
      ),
    )
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo
      const shown =
        host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
      resolve(`http://${shown}:${address.port}`)
    })
  })

const close = (server: http.Server) =>
  new Promise<void>((resolve) => {
    if (!server.listening) return resolve()
    const force = setTimeout(() => server.closeAllConnections(), 1000)
    server.close(() => {
      clearTimeout(force)
      resolve()
    })
    server.closeIdleConnections()
  })

type Running = {
  lock: RootLock
  builder: Builder
  releases: Releases
  queue: BuildQueue<BuildReason, BuildRecord>
  abort: AbortController
  servers: http.Server[]
}

export const createPublisher = (options: PublisherOptions | PublisherConfig): Publisher => {
  const config = resolveConfig(options)
  const { logger } = config
  const layout = layoutFor(config.root)
  let running: Running | null = null
  let stopping: Promise<void> | null = null

  const started = () => {
    if (!running) throw new Error('Publisher is not started: call start() first')
    return running
  }

  const requestBuild: Publisher['requestBuild'] = (request = 'requested') => {
    const input = typeof request === 'string' ? { reason: request } : request
    const reason: BuildReason = { source: 'api', ...input, at: new Date().toISOString() }
    const { queued, done } = started().queue.request(reason)
    return { accepted: true, queued, done }
  }

  const status = async () => {
    const { releases, queue } = started()
    return describeStatus(releases.store.data.history, await releases.current(), queue.queued)
  }

  const rollback = async (): Promise<RollbackResult> => {
    const result = await started().releases.rollback()
    if (!result) {
      logger.warn('Rollback refused: there is no earlier release to go back to')
      return { ok: false, message: 'There is no earlier release to roll back to' }
    }
    logger.info(`Rolled back: current → ${result.to.id} (was ${result.from ?? 'none'})`)
    return { ok: true, current: result.to, from: result.from }
  }

  const start: Publisher['start'] = async ({ listen: serve = true } = {}) => {
    if (running) throw new Error('Publisher is already started')
    fs.mkdirSync(config.root, { recursive: true })
    const lock = acquireRootLock(layout.lockFile, serve ? 'server' : 'cli')
    const servers: http.Server[] = []
    try {
      const releases = await openReleases({ root: config.root, keep: config.keep, logger })
      for (const build of releases.store.data.history.filter((b) => !b.finished)) {
        Object.assign(build, {
          finished: new Date().toISOString(),
          ok: false,
          error: 'Interrupted: the publisher stopped during this build',
        })
      }
      for (const build of releases.store.data.history.filter((b) => b.searching)) {
        delete build.searching
        build.searchError = 'Interrupted: the publisher stopped while the search index was written'
      }
      await releases.prune()
      const abort = new AbortController()
      const builder = createBuilder({ config, releases, signal: abort.signal })
      const queue = createBuildQueue<BuildReason, BuildRecord>(builder.run)
      running = { lock, builder, releases, queue, abort, servers }

      let apiUrl: string | null = null
      let siteUrl: string | null = null
      if (serve) {
        const verifier = createWebhookVerifier({
          secret: config.webhookSecret,
          seenIdsFile: layout.seenIdsFile,
          logger,
        })
        const handlers = {
          requestBuild: (reason: Omit<BuildReason, 'at'>) => requestBuild(reason),
          rollback,
          status,
          health: async () => checkHealth(layout, await status()),
          logPath: (id: string) => (isReleaseId(id) ? logFile(layout, id) : null),
        }
        const api = createApiServer({
          verifier,
          handlers,
          logger,
          allowedOrigin: config.allowedOrigin,
          readSecret: config.webhookSecret,
        })
        servers.push(api)
        apiUrl = await listen(api, config.port, config.host, 'publisher API (PUBLISHER_PORT)')
        logger.info(`Publisher API listening on ${apiUrl} (root ${config.root})`)
        if (config.sitePort !== null) {
          // docs/adr/0014-links-and-headers.md; HSTS only when the public site is https.
          const securityHeaders = siteSecurityHeaders({
            https: (process.env.SITE_URL ?? '').startsWith('https:'),
            cmsUrl: process.env.CMS_URL,
          })
          const site = createStaticServer({ currentLink: layout.current, logger, securityHeaders })
          servers.push(site)
          siteUrl = await listen(
            site,
            config.sitePort,
            config.host,
            'site server (PUBLISHER_SITE_PORT)',
          )
          logger.info(`Serving the current release on ${siteUrl}`)
        }
        const live = await releases.current()
        if (config.buildOnStart === 'always' || (config.buildOnStart === 'if-missing' && !live)) {
          requestBuild({
            reason: live ? 'publisher started' : 'publisher started with no live release',
            source: 'start',
          })
        }
      }
      return { apiUrl, siteUrl }
    } catch (error) {
      running = null
      await Promise.all(servers.map(close))
      lock.release()
      throw error
    }
  }

  const stop = async () => {
    if (!running) return
    stopping ??= (async () => {
      const { servers, queue, abort, lock, builder } = running!
      const closing = Promise.all(servers.map(close))
      queue.close('the publisher is stopping')
      abort.abort()
      await queue.idle()
      await builder.close() // no renderer process outlives the publisher
      await closing
      lock.release()
      running = null
      logger.info('Publisher stopped')
    })()
    await stopping
    stopping = null
  }

  return {
    config,
    start,
    stop,
    requestBuild,
    rollback,
    status,
    idle: () => started().queue.idle(),
  }
}
