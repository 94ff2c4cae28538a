import fs from 'node:fs/promises'
import path from 'node:path'
import { lastLines, runCommand, type CommandResult } from './command.ts'
import type { PublisherConfig } from './config.ts'
import { countPages } from './files.ts'
import { errorMessage } from './logger.ts'
import { precompress } from './precompress.ts'
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
}

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

  const build = async (record: BuildRecord, force: boolean) => {
    const outDir = releaseDir(layout, record.id)
    const logPath = logFile(layout, record.id)
    await fs.mkdir(outDir, { recursive: true })
    const header = [
      `# Build ${record.id} started ${record.started}`,
      `# Command: ${config.buildCommand}`,
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

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...config.buildEnv,
      OUT_DIR: outDir,
      PUBLISHER_RELEASE_ID: record.id,
    }
    delete env.PUBLISHER_WEBHOOK_SECRET // the build has no use for it
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
    await mark(
      `precompressed ${compressed.files} files, ${compressed.files - compressed.reused} compressed, ` +
        `${compressed.reused} unchanged and reused ` +
        `(${compressed.bytes} B → gzip ${compressed.gzipBytes} B, brotli ${compressed.brotliBytes} B)`,
    )
    await releases.publish({ id: record.id, builtAt: new Date().toISOString(), pageCount })
    // The release is live from here: what follows must not fail the build (F13).
    await mark(`published: ${layout.current} → releases/${record.id}`).catch((error) =>
      logger.warn(
        `Build ${record.id} is live, but its log ${logPath} could not be appended: ${errorMessage(error)}`,
      ),
    )
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

    try {
      await build(
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
    record.finished = new Date().toISOString()
    record.durationMs = Math.round(performance.now() - t0)
    active = null
    await store.save()
    const seconds = (record.durationMs / 1000).toFixed(1)
    if (record.ok) {
      logger.info(
        `Build ${record.id} succeeded in ${seconds} s: ${record.pageCount} pages, now live`,
      )
    } else {
      logger.error(
        `Build ${record.id} failed after ${seconds} s: ${record.error} (log: ${logFile(layout, record.id)})`,
      )
    }
    return record
  }

  return {
    run,
    get active() {
      return active
    },
  }
}
