import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import { lastLines } from './command.ts'

/**
 * The publisher's side of the long-lived site renderer (docs/adr/0035-long-lived-renderer.md):
 * one child process, spawned at the first request, kept between builds, asked one thing at a
 * time over Node IPC. A request fails when the child answers ok: false, runs past the timeout
 * (its process group is killed), exits, or the publisher shuts down; the next request spawns a
 * new child.
 */

export type BuildRequest = { id: string; outDir: string; previousDir: string | null }
export type Built = { pages: number; rendered: number; reused: number; searchPending: boolean }
export type SearchRequest = { id: string; outDir: string }
export type Searched = { pages: number }

export type RequestOptions = {
  /** The build log: the child's output goes here while the request runs. */
  logPath: string
  timeoutMs: number
  /** Aborting kills the child (shutdown). */
  signal?: AbortSignal
}

export type Renderer = {
  build: (request: BuildRequest, options: RequestOptions) => Promise<Built>
  search: (request: SearchRequest, options: RequestOptions) => Promise<Searched>
  /** The child's process id (its process group), null when none runs. */
  readonly pid: number | null
  /** Kills the child's process group and waits for it to exit. */
  stop: () => Promise<void>
}

type Reply = { type?: string; id?: string; ok?: boolean; error?: unknown } & Record<string, unknown>

type Child = {
  process: ChildProcess
  /** Last output, for the error of a failed request. */
  tail: string
  exit: { code: number | null; signal: NodeJS.Signals | null; error?: string } | null
  /** Settles once the child is gone and its output read (or 2 s after it exited). */
  gone: Promise<void>
  escalation?: NodeJS.Timeout
}

const TAIL_BYTES = 4096

/** The child exited 0 ("restart me") with a request in flight: it never started that request. */
class CleanExit extends Error {}

const killGroup = (pid: number | undefined, signal: NodeJS.Signals) => {
  if (!pid) return
  try {
    process.kill(-pid, signal)
  } catch {
    // Already gone.
  }
}

/** An idle child must not keep the publisher's event loop alive (CLI build, tests). */
const hold = (child: ChildProcess, on: boolean) => {
  for (const handle of [child, child.channel, child.stdout, child.stderr] as const) {
    const h = handle as { ref?: () => void; unref?: () => void } | null | undefined
    if (on) h?.ref?.()
    else h?.unref?.()
  }
}

export const createRenderer = ({
  command,
  cwd,
  env,
  killGraceMs = 5000,
}: {
  command: string
  cwd: string
  /** The build command's environment; VITRINE_RENDERER=1 is added. */
  env: NodeJS.ProcessEnv
  /** Time between SIGTERM and SIGKILL. */
  killGraceMs?: number
}): Renderer => {
  let child: Child | null = null
  let log: fs.WriteStream | null = null
  let chain: Promise<unknown> = Promise.resolve()

  const spawnChild = (): Child => {
    const proc = spawn('/bin/sh', ['-c', command], {
      cwd,
      env: { ...env, VITRINE_RENDERER: '1' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    const c: Child = { process: proc, tail: '', exit: null, gone: Promise.resolve() }
    const keep = (chunk: Buffer) => {
      // Output between requests has no build log to go to: only its tail is kept.
      if (child === c) log?.write(chunk)
      c.tail = (c.tail + chunk.toString('utf8')).slice(-TAIL_BYTES)
    }
    proc.stdout!.on('data', keep)
    proc.stderr!.on('data', keep)
    c.gone = new Promise<void>((resolve) => {
      proc.once('error', (error) => {
        c.exit ??= { code: null, signal: null, error: error.message }
        resolve()
      })
      proc.once('exit', (code, signal) => {
        c.exit = { code, signal }
        clearTimeout(c.escalation)
        // Whatever it started in its group goes too.
        killGroup(proc.pid, 'SIGKILL')
        const late = setTimeout(resolve, 2000)
        proc.once('close', () => {
          clearTimeout(late)
          resolve()
        })
      })
    }).then(() => {
      if (child === c) child = null
    })
    return c
  }

  const kill = (c: Child) => {
    if (child === c) child = null
    if (c.exit) return
    killGroup(c.process.pid, 'SIGTERM')
    clearTimeout(c.escalation)
    c.escalation = setTimeout(() => killGroup(c.process.pid, 'SIGKILL'), killGraceMs)
  }

  const exitMessage = (c: Child, what: string) => {
    const output = lastLines(c.tail)
    const suffix = output ? ` — last output: ${output}` : ''
    const exit = c.exit
    if (exit?.error) return `Renderer could not start (PUBLISHER_RENDERER_CMD): ${exit.error}`
    if (exit?.signal) return `Renderer was killed by ${exit.signal} during ${what}${suffix}`
    return `Renderer exited with code ${exit?.code} during ${what}${suffix}`
  }

  const attempt = async (
    message: { type: 'build' | 'search'; id: string } & Record<string, unknown>,
    reply: 'built' | 'searched',
    { logPath, timeoutMs, signal }: RequestOptions,
  ): Promise<Reply> => {
    const what = `${message.type} ${message.id}`
    if (signal?.aborted) throw new Error('Build cancelled: the publisher is shutting down')
    if (!fs.existsSync(cwd)) {
      throw new Error(
        `Renderer could not start: directory ${cwd} does not exist (PUBLISHER_BUILD_CWD)`,
      )
    }
    // A child that closed its channel (it is exiting after its last answer) gets no more work.
    if (child && !child.process.connected) kill(child)
    const c = child ?? (child = spawnChild())
    c.tail = ''
    log = fs.createWriteStream(logPath, { flags: 'a' })
    hold(c.process, true)
    let timer: NodeJS.Timeout | undefined
    let onAbort: (() => void) | undefined
    let onMessage: ((m: Reply) => void) | undefined
    try {
      return await new Promise<Reply>((resolve, reject) => {
        let cause: 'timeout' | 'abort' | null = null
        onMessage = (m: Reply) => {
          if (m?.type !== reply || m.id !== message.id) return
          if (m.ok === true) resolve(m)
          else reject(new Error(`Renderer failed ${what}: ${String(m.error ?? 'no error given')}`))
        }
        c.process.on('message', onMessage)
        timer = setTimeout(() => {
          cause = 'timeout'
          kill(c)
        }, timeoutMs)
        onAbort = () => {
          cause = 'abort'
          kill(c)
        }
        signal?.addEventListener('abort', onAbort, { once: true })
        void c.gone.then(() => {
          if (cause === 'abort')
            reject(new Error('Build cancelled: the publisher is shutting down'))
          else if (cause === 'timeout') {
            const output = lastLines(c.tail)
            reject(
              new Error(
                `Renderer timed out after ${Math.round(timeoutMs / 1000)} s on ${what} and was killed` +
                  (output ? ` — last output: ${output}` : ''),
              ),
            )
          } else if (c.exit?.code === 0 && !c.exit.signal && !c.exit.error) {
            reject(new CleanExit(exitMessage(c, what)))
          } else reject(new Error(exitMessage(c, what)))
        })
        c.process.send(message, (error) => {
          if (error) {
            kill(c)
            reject(new Error(`Could not send ${what} to the renderer: ${error.message}`))
          }
        })
      })
    } finally {
      clearTimeout(timer)
      if (onAbort) signal?.removeEventListener('abort', onAbort)
      if (onMessage) c.process.off('message', onMessage)
      if (!c.exit) hold(c.process, false)
      const stream = log
      log = null
      stream.end()
      await once(stream, 'close').catch(() => {})
    }
  }

  /**
   * A child exits 0 only after its last answer (protocol): a request it received while exiting
   * was never started, so a new child gets it, once.
   */
  const ask: typeof attempt = async (message, reply, options) => {
    try {
      return await attempt(message, reply, options)
    } catch (error) {
      if (!(error instanceof CleanExit)) throw error
      return attempt(message, reply, options)
    }
  }

  /** One request at a time, in order. */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const result = chain.then(task)
    chain = result.catch(() => {})
    return result
  }

  const number = (value: unknown) => (typeof value === 'number' ? value : 0)

  return {
    build: (request, options) =>
      serial(async () => {
        const m = await ask({ type: 'build', ...request }, 'built', options)
        return {
          pages: number(m.pages),
          rendered: number(m.rendered),
          reused: number(m.reused),
          searchPending: m.searchPending === true,
        }
      }),
    search: (request, options) =>
      serial(async () => {
        const m = await ask({ type: 'search', ...request }, 'searched', options)
        return { pages: number(m.pages) }
      }),
    get pid() {
      return child?.process.pid ?? null
    },
    stop: async () => {
      const c = child
      if (!c) return
      kill(c)
      await c.gone
    },
  }
}
