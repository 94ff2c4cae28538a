import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const nodeBin = process.execPath
export const bin = (pkgDir: string, name: string) =>
  path.join(root, pkgDir, 'node_modules', '.bin', name)

/** The CMS web process as `pnpm start` runs it: cms/server.ts around Next (docs/adr/0039). */
export const cmsServer = (port: number | string): [string, string[]] => [
  nodeBin,
  [path.join(root, 'cms', 'server.ts'), '--port', String(port)],
]

/** Every child runs on this same pinned Node (bin scripts say `#!/usr/bin/env node`). */
const withNodeOnPath = (env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv => ({
  ...env,
  PATH: `${path.dirname(process.execPath)}${path.delimiter}${env.PATH ?? process.env.PATH ?? ''}`,
})

const colours = [36, 35, 33, 32, 34, 31]
let colourIndex = 0
const running = new Set<ChildProcess>()

export const say = (msg: string) => process.stdout.write(`\x1b[1;36m▸\x1b[0m ${msg}\n`)

/** Prefixes every line of a stream, so interleaved service logs stay readable. */
const pipeWithPrefix = (
  stream: NodeJS.ReadableStream | null,
  prefix: string,
  out: NodeJS.WriteStream,
) => {
  let buffer = ''
  stream?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString()
    const lines = buffer.split('\n')
    buffer = lines.pop() ?? ''
    for (const line of lines) out.write(`${prefix} ${line}\n`)
  })
}

export type Service = { name: string; child: ChildProcess; exited: Promise<number | null> }

/** A long-running process in its own process group, killed (with its children) on shutdown. */
export const startService = (
  name: string,
  cmd: string,
  args: string[],
  opts: SpawnOptions & { quiet?: boolean } = {},
): Service => {
  const colour = colours[colourIndex++ % colours.length]
  const child = spawn(cmd, args, {
    cwd: root,
    ...opts,
    env: withNodeOnPath(opts.env),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const prefix = `\x1b[${colour}m${name.padEnd(9)}│\x1b[0m`
  if (!opts.quiet) {
    pipeWithPrefix(child.stdout, prefix, process.stdout)
    pipeWithPrefix(child.stderr, prefix, process.stderr)
  } else {
    child.stdout?.resume()
    pipeWithPrefix(child.stderr, prefix, process.stderr)
  }
  running.add(child)
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running.delete(child)
      resolve(code)
    }),
  )
  return { name, child, exited }
}

/** A step that must finish: output shown, a heartbeat every 15 s, an error naming the command. */
export const runStep = async (
  label: string,
  cmd: string,
  args: string[],
  opts: SpawnOptions & { quiet?: boolean } = {},
) => {
  const started = Date.now()
  say(`${label}…`)
  const service = startService(label.split(' ')[0]!.toLowerCase(), cmd, args, opts)
  const beat = setInterval(
    () => say(`${label}: still working (${Math.round((Date.now() - started) / 1000)} s)`),
    15_000,
  )
  const code = await service.exited
  clearInterval(beat)
  if (code !== 0) throw new Error(`${label} failed (exit code ${code}): ${cmd} ${args.join(' ')}`)
  say(`${label}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/** Stops every service: SIGTERM to each process group, SIGKILL after a grace period. */
export const stopAll = async (graceMs = 5000) => {
  const children = [...running]
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    } catch {
      /* already gone */
    }
  }
  const deadline = Date.now() + graceMs
  while (running.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  for (const child of running) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    } catch {
      /* already gone */
    }
  }
}

/** Waits until `url` answers (any status below 500), or throws after `timeoutMs`. */
export const waitForHttp = async (url: string, timeoutMs: number, service?: Service) => {
  const deadline = Date.now() + timeoutMs
  let exited = false
  service?.exited.then(() => (exited = true))
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${service?.name} exited before ${url} answered`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000), redirect: 'manual' })
      if (res.status < 500) return
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${url}`)
}
