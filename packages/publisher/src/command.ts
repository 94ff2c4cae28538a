import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { once } from 'node:events'

export type CommandResult = {
  exitCode: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  aborted: boolean
  /** Could not start at all (missing directory, no shell). */
  spawnError?: string
  /** Last lines of output, for the error shown in /status. */
  tail: string
}

export type CommandOptions = {
  command: string
  cwd: string
  env: NodeJS.ProcessEnv
  /** stdout and stderr are appended here as they come. */
  logPath: string
  timeoutMs: number
  /** Aborting kills the whole process group (shutdown). */
  signal?: AbortSignal
  /** Time between SIGTERM and SIGKILL. */
  killGraceMs?: number
}

const TAIL_BYTES = 4096

const killGroup = (pid: number | undefined, signal: NodeJS.Signals) => {
  if (!pid) return
  try {
    process.kill(-pid, signal)
  } catch {
    // Already gone.
  }
}

/** The last non-empty lines of output, short enough for a status line. */
export const lastLines = (tail: string, count = 3) =>
  tail
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-count)
    .join(' | ')
    .slice(-500)

/**
 * Runs the build through /bin/sh in its own process group, so a timeout or shutdown can stop
 * it and everything it started (astro, workers).
 */
export const runCommand = async (options: CommandOptions): Promise<CommandResult> => {
  const { command, cwd, env, logPath, timeoutMs, signal, killGraceMs = 5000 } = options
  const log = fs.createWriteStream(logPath, { flags: 'a' })
  let tail = ''
  const keep = (chunk: Buffer) => {
    log.write(chunk)
    tail = (tail + chunk.toString('utf8')).slice(-TAIL_BYTES)
  }
  const finish = async (result: Omit<CommandResult, 'tail'>): Promise<CommandResult> => {
    log.end()
    await once(log, 'close').catch(() => {})
    return { ...result, tail }
  }

  if (!fs.existsSync(cwd)) {
    return finish({
      exitCode: null,
      signal: null,
      timedOut: false,
      aborted: false,
      spawnError: `build directory ${cwd} does not exist (PUBLISHER_BUILD_CWD)`,
    })
  }

  const child = spawn('/bin/sh', ['-c', command], {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)

  let timedOut = false
  let aborted = false
  let escalation: NodeJS.Timeout | undefined
  const stop = () => {
    killGroup(child.pid, 'SIGTERM')
    escalation = setTimeout(() => killGroup(child.pid, 'SIGKILL'), killGraceMs)
  }
  const timer = setTimeout(() => {
    timedOut = true
    stop()
  }, timeoutMs)
  const onAbort = () => {
    aborted = true
    stop()
  }
  if (signal?.aborted) onAbort()
  else signal?.addEventListener('abort', onAbort, { once: true })

  const outcome = await new Promise<{
    code: number | null
    sig: NodeJS.Signals | null
    error?: string
  }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, sig: null, error: error.message }))
    child.once('exit', (code, sig) => {
      // Grandchildren that keep stdout open must not hold the build: wait briefly for 'close'.
      const late = setTimeout(() => resolve({ code, sig }), 2000)
      child.once('close', () => {
        clearTimeout(late)
        resolve({ code, sig })
      })
    })
  })
  clearTimeout(timer)
  clearTimeout(escalation)
  signal?.removeEventListener('abort', onAbort)
  // Whatever the shell left behind in its group goes too.
  killGroup(child.pid, 'SIGKILL')
  child.stdout.destroy()
  child.stderr.destroy()

  return finish({
    exitCode: outcome.code,
    signal: outcome.sig,
    timedOut,
    aborted,
    spawnError: outcome.error,
  })
}
