import fs from 'node:fs/promises'
import path from 'node:path'
import { lastLines, runCommand, type CommandResult } from './command.ts'
import type { PublisherConfig } from './config.ts'
import { countPages, linkTree } from './files.ts'
import { errorMessage } from './logger.ts'
import { precompress, type CompressionReport } from './precompress.ts'
import { createRenderer, type Built } from './renderer.ts'
import { logFile, newReleaseId, readCurrentId, releaseDir, type Releases } from './releases.ts'
import type { BuildReason, BuildRecord } from './state.ts'

const MAX_REASONS = 50

/** Why a finished command does not make a release, or null when it does. */
export const commandFailure = (result: CommandResult, timeoutMs: number): string | null => {
  const output = lastLines(result.tail)
  const suffix = output ? ` — last output: ${output}` : ''
  if (result.spawnError) return `Build command could not start: ${result.spawnError}`
  if (result.aborted) return 'Build cancelled: the publisher is shutting down'
  if (result.timedOut)
    return `Build timed out after ${Math.round(timeoutMs / 1000)} s and was killed${suffix}`
  if (result.signal) return `Build command was killed by ${result.signal}${suffix}`
  if (result.exitCode !== 0) return `Build command exited with code ${result.exitCode}${suffix}`
  return null
}

/** Refuses a release whose page count collapsed compared with the live one. */
export const pageCountFailure = (
  pageCount: number,
  livePages: number | null,
  minRatio: number,
): string | null => {
  if (livePages === null || livePages === 0) return null
  const minimum = Math.ceil(livePages * minRatio)
  if (pageCount >= minimum) return null
  return (
    `Refused to publish: the build has ${pageCount} HTML pages, fewer than ${Math.round(minRatio * 100)}% ` +
    `of the ${livePages} live now (minimum ${minimum}). If that is intended, run a forced build ` +
    `(CLI: build --force).`
  )
}

export type Builder = {
  /** Runs one build for these merged reasons; never throws, the record says what happened. */
  run: (reasons: BuildReason[]) => Promise<BuildRecord>
  /** The build in progress, if any. */
  readonly active: BuildRecord | null
  /** Stops the long-lived renderer, if one runs (after the last build). */
  close: () => Promise<void>
}

const compressedLine = (c: CompressionReport) =>
  `precompressed ${c.files} files, ${c.files - c.reused} compressed, ` +
  `${c.reused} unchanged and reused, ${c.linked} of them links not read ` +
  `(${c.bytes} B → gzip ${c.gzipBytes} B, brotli ${c.brotliBytes} B)`

export const createBuilder = ({
  config,
  releases,
  signal,
}: {
  config: PublisherConfig
  releases: Releases
  signal: AbortSignal
}): Builder => {
  const { logger } = config
  const { layout, store } = releases
  let active: BuildRecord | null = null

  /** The environment of the build command, and of the renderer (which lives across builds). */
  const baseEnv = (): NodeJS.ProcessEnv => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...config.buildEnv }
    delete env.PUBLISHER_WEBHOOK_SECRET // the build has no use for it
    return env
  }
  // docs/adr/0035-long-lived-renderer.md: spawned at the first build, kept between builds.
  const renderer = config.rendererCommand
    ? createRenderer({ command: config.rendererCommand, cwd: config.buildCwd, env: baseEnv() })
    : null

  /**
   * Phase 2 of a rendered build: release B = links of A without pagefind/, the renderer writes
   * the search index into it, B goes live. Never throws: on failure A stays live and the record
   * says why in `searchError`.
   */
  const publishSearch = async (
    record: BuildRecord,
    pageCount: number,
    mark: (what: string) => Promise<void>,
  ) => {
    const id = newReleaseId()
    const dirA = releaseDir(layout, record.id)
    const dirB = releaseDir(layout, id)
    try {
      record.searchRelease = id
      record.searching = true
      await store.save() // prune spares the search release while it is prepared
      await linkTree(dirA, dirB, ['pagefind'])
      await mark(`search release ${id} prepared: links of ${record.id} without pagefind/`)
      const searched = await renderer!.search(
        { id, outDir: dirB },
        { logPath: logFile(layout, record.id), timeoutMs: config.buildTimeoutMs, signal },
      )
      if (!(await fs.stat(path.join(dirB, 'pagefind')).catch(() => null))?.isDirectory()) {
        throw new Error(`Renderer answered the search but wrote no pagefind/ into ${dirB}`)
      }
      await mark(`search index written: ${searched.pages} pages`)
      await mark(compressedLine(await precompress(dirB, dirA)))
      await releases.publish({
        id,
        builtAt: new Date().toISOString(),
        pageCount,
        supersedes: record.id,
      })
    } catch (error) {
      record.searchError = errorMessage(error)
      const live = await readCurrentId(layout).catch(() => id)
      if (live !== id) {
        delete record.searchRelease // never live, and removed
        await fs.rm(dirB, { recursive: true, force: true }).catch(() => {})
      }
      logger.error(
        `Build ${record.id}: its pages are live, but the search index failed and search still ` +
          `shows the previous one (release ${id} discarded): ${record.searchError}`,
      )
      await mark(`SEARCH FAILED: ${record.searchError}`).catch(() => {})
      return
    }
    await mark(`published search: ${layout.current} → releases/${id}`).catch((error) =>
      logger.warn(
        `Build ${record.id}: search release ${id} is live, but the log could not be appended: ${errorMessage(error)}`,
      ),
    )
  }

  const build = async (record: BuildRecord, force: boolean) => {
    const outDir = releaseDir(layout, record.id)
    const logPath = logFile(layout, record.id)
    await fs.mkdir(outDir, { recursive: true })
    const header = [
      `# Build ${record.id} started ${record.started}`,
      renderer ? `# Renderer: ${config.rendererCommand}` : `# Command: ${config.buildCommand}`,
      `# Directory: ${config.buildCwd}`,
      `# OUT_DIR: ${outDir}`,
      `# Reasons: ${record.reasons.map((r) => r.reason).join('; ')}${record.moreReasons ? ` (+${record.moreReasons} more)` : ''}`,
      '',
    ]
    await fs.writeFile(logPath, `${header.join('\n')}\n`)
    // Where the time goes: one line per step after the build command, seconds since the start.
    const t0 = performance.now()
    const mark = (what: string) =>
      fs.appendFile(logPath, `# [${((performance.now() - t0) / 1000).toFixed(2)} s] ${what}\n`)

    let built: Built | null = null
    if (renderer) {
      const previous = await releases.current()
      built = await renderer.build(
        { id: record.id, outDir, previousDir: previous ? releaseDir(layout, previous.id) : null },
        { logPath, timeoutMs: config.buildTimeoutMs, signal },
      )
      record.rendered = built.rendered
      record.reused = built.reused
      await mark(
        `rendered: ${built.rendered} pages rendered, ${built.reused} reused` +
          (built.searchPending ? ', search index to follow' : ''),
      )
    } else {
      const env: NodeJS.ProcessEnv = {
        ...baseEnv(),
        OUT_DIR: outDir,
        PUBLISHER_RELEASE_ID: record.id,
      }
      const result = await runCommand({
        command: config.buildCommand,
        cwd: config.buildCwd,
        env,
        logPath,
        timeoutMs: config.buildTimeoutMs,
        signal,
      })
      const failed = commandFailure(result, config.buildTimeoutMs)
      if (failed) throw new Error(failed)
      await mark('build command finished')
    }

    if (!(await fs.stat(path.join(outDir, 'index.html')).catch(() => null))?.isFile()) {
      throw new Error(`Build exited 0 but wrote no index.html into OUT_DIR (${outDir})`)
    }
    const pageCount = await countPages(outDir)
    record.pageCount = pageCount
    const live = await releases.current()
    const collapsed = pageCountFailure(pageCount, live?.pageCount ?? null, config.minPageRatio)
    if (collapsed && !force) throw new Error(collapsed)
    if (collapsed) logger.warn(`Build ${record.id}: ${collapsed} — forced, publishing anyway`)

    await mark(`checked: ${pageCount} HTML pages`)

    // Files identical to the live release reuse its .gz/.br: only changed files are compressed.
    const compressed = await precompress(outDir, live ? releaseDir(layout, live.id) : null)
    await mark(compressedLine(compressed))
    // With a search phase to follow, pruning (seconds of unlinking at 5,000 pages) waits for it.
    await releases.publish(
      { id: record.id, builtAt: new Date().toISOString(), pageCount },
      { prune: !built?.searchPending },
    )
    // The release is live from here: what follows must not fail the build (F13).
    await mark(`published: ${layout.current} → releases/${record.id}`).catch((error) =>
      logger.warn(
        `Build ${record.id} is live, but its log ${logPath} could not be appended: ${errorMessage(error)}`,
      ),
    )
    return built?.searchPending ? () => publishSearch(record, pageCount, mark) : null
  }

  /** Removes a failed build's directory, unless `current` points at it (it is then live). */
  const discard = async (id: string) => {
    const live = await readCurrentId(layout).catch(() => id)
    if (live === id) {
      logger.warn(`Build ${id} failed after its release went live: the release is kept`)
      return
    }
    await fs.rm(releaseDir(layout, id), { recursive: true, force: true }).catch(() => {})
  }

  const run = async (reasons: BuildReason[]): Promise<BuildRecord> => {
    const record: BuildRecord = {
      id: newReleaseId(),
      started: new Date().toISOString(),
      reasons: reasons.slice(0, MAX_REASONS),
    }
    if (reasons.length > MAX_REASONS) record.moreReasons = reasons.length - MAX_REASONS
    const t0 = performance.now()
    active = record
    store.data.history.unshift(record)
    await store.save()
    const why = reasons.map((r) => r.webhookId ?? r.reason).join(', ')
    logger.info(`Build ${record.id} started (${reasons.length} request(s): ${why.slice(0, 300)})`)

    let search: (() => Promise<void>) | null = null
    try {
      search = await build(
        record,
        reasons.some((r) => r.force),
      )
      record.ok = true
    } catch (error) {
      record.ok = false
      record.error = errorMessage(error)
      await discard(record.id)
      await fs
        .appendFile(logFile(layout, record.id), `\n# FAILED: ${record.error}\n`)
        .catch(() => {})
    }
    if (search) record.searching = true // in the same save as `finished`: never finished and not searching
    record.finished = new Date().toISOString()
    record.durationMs = Math.round(performance.now() - t0)
    await store.save()
    const seconds = (record.durationMs / 1000).toFixed(1)
    if (record.ok) {
      const rendered =
        record.rendered === undefined
          ? ''
          : ` (${record.rendered} rendered, ${record.reused} reused)`
      const next = search ? ', search index to follow' : ''
      logger.info(
        `Build ${record.id} succeeded in ${seconds} s: ${record.pageCount} pages${rendered}, now live${next}`,
      )
    } else {
      logger.error(
        `Build ${record.id} failed after ${seconds} s: ${record.error} (log: ${logFile(layout, record.id)})`,
      )
    }
    // Phase 2 after the record is finished: the pages are live, the editor's status says so; the
    // queue still waits for it (one renderer request at a time), so bursts keep coalescing.
    if (search) {
      const t1 = performance.now()
      await search()
      delete record.searching
      record.searchDurationMs = Math.round(performance.now() - t1)
      await store.save()
      if (!record.searchError) {
        logger.info(
          `Build ${record.id}: search index live in ${(record.searchDurationMs / 1000).toFixed(1)} s (release ${record.searchRelease})`,
        )
      }
    }
    active = null
    return record
  }

  return {
    run,
    get active() {
      return active
    },
    close: async () => {
      await renderer?.stop()
    },
  }
}
