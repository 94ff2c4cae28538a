import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

const cmsDir = path.resolve(import.meta.dirname, '../../..')
const payloadBin = path.join(cmsDir, 'node_modules/payload/bin.js')

export type Worker = { child: ChildProcess; exited: Promise<void>; log: string[] }

/** `node <args>` in the CMS folder, in its own process group (a kill takes what it forked too). */
export const spawnInGroup = (args: string[], env: NodeJS.ProcessEnv): Worker => {
  const child = spawn(process.execPath, args, {
    cwd: cmsDir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const log: string[] = []
  const keep = (chunk: Buffer) => log.push(chunk.toString())
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  return { child, exited, log }
}

/**
 * `payload jobs:run` as production runs it (`pnpm run worker`: a cron tick every second, schedules
 * handled), in its own process on this test file's database. Killed with `killWorker`.
 */
export const startWorker = (env: Record<string, string> = {}): Worker =>
  spawnInGroup(
    [
      payloadBin,
      'jobs:run',
      '--cron',
      '* * * * * *',
      '--queue',
      'default',
      '--limit',
      '50',
      '--handle-schedules',
    ],
    { ...process.env, ...env },
  )

export const killWorker = async (worker: Worker | undefined, sig: NodeJS.Signals = 'SIGKILL') => {
  if (!worker?.child.pid || worker.child.exitCode !== null || worker.child.signalCode) return
  try {
    process.kill(-worker.child.pid, sig)
  } catch {
    return // already gone
  }
  await worker.exited
}

/**
 * `waitFor(what, check)`: polls `check` until it holds; on timeout, fails with the end of each of
 * `workers`' logs (what a dead or stuck worker said is the first thing to read).
 */
export const waiterFor =
  (workers: Worker[], { ms = 60_000, every = 250 } = {}) =>
  async (what: string, check: () => Promise<boolean> | boolean) => {
    const deadline = Date.now() + ms
    while (Date.now() < deadline) {
      if (await check()) return
      await new Promise((r) => setTimeout(r, every))
    }
    const logs = workers.map((w, i) => `--- worker ${i}\n${w.log.join('').slice(-1500)}`)
    throw new Error(`Timed out waiting for ${what}\n${logs.join('\n')}`)
  }
