// The long-lived renderer (docs/adr/0035-long-lived-renderer.md). Spawned by the publisher
// (PUBLISHER_RENDERER_CMD) with a Node IPC channel; one request at a time:
//   { type: 'build', id, outDir, previousDir }  → { type: 'built', id, ok, pages, rendered, reused, searchPending }
//   { type: 'search', id, outDir }              → { type: 'searched', id, ok, pages }
// Its first build is a real `astro build` (src/integrations/renderer.ts keeps Astro's renderer);
// the next ones render only the pages whose recorded inputs changed (src/lib/renderer/session.ts).
// When the site's code changed since it started it exits with code 0 before answering: the
// publisher starts a new one, whose first build is a real build of the new code.
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const web = fileURLToPath(new URL('..', import.meta.url))
if (!process.send) {
  console.error(
    'renderer: start it from the publisher (PUBLISHER_RENDERER_CMD): it needs an IPC channel',
  )
  process.exit(2)
}
process.chdir(web)
process.env.VITRINE_RENDERER = '1'
process.env.ASTRO_TELEMETRY_DISABLED ??= '1'
const CODE_CHANGED = 0

/** What a change of means a new process: the site's code, its packages, the lockfile. */
const CODE = [
  'src',
  'public',
  'astro.config.ts',
  'package.json',
  'tsconfig.json',
  '../pnpm-lock.yaml',
  '../packages/contracts/src',
  '../packages/cms-client/src',
]
const fingerprint = async () => {
  const hash = crypto.createHash('sha256')
  const walk = async (file) => {
    const stat = await fs.stat(file).catch(() => null)
    if (!stat) return hash.update(`${file}:missing\n`)
    if (!stat.isDirectory()) return hash.update(`${file}:${stat.size}:${stat.mtimeMs}\n`)
    for (const name of (await fs.readdir(file)).sort()) await walk(path.join(file, name))
  }
  for (const entry of CODE) await walk(path.join(web, entry))
  return hash.digest('hex')
}

const SESSION = Symbol.for('vitrine.renderer.session')
// Node's own import() for the site code that runs in Vite's module runner (rendererState.ts).
globalThis[Symbol.for('vitrine.renderer.nativeImport')] = (url) => import(url)
const INPUTS = Symbol.for('vitrine.pageInputs')
const statsFile = process.env.BUILD_STATS_FILE || path.join(web, 'build-stats.json')
let session
let code

const build = async ({ id, outDir, previousDir, env }) => {
  const started = performance.now()
  // A release's own settings (the oracle's clock: BUILD_NOW), kept for the ones after it.
  for (const [key, value] of Object.entries(env ?? {})) process.env[key] = String(value)
  if (!session) {
    code = await fingerprint()
    process.env.OUT_DIR = outDir
    const { build: astroBuild } = await import('astro')
    await astroBuild({ root: web })
    session = globalThis[SESSION]
    if (!session)
      throw new Error('renderer: the build left no session (is renderer() in astro.config.ts?)')
    const summary = globalThis[INPUTS]?.summary ?? { rendered: 0, reused: 0 }
    return { type: 'built', id, ok: true, first: true, searchPending: false, ...summary }
  }
  if ((await fingerprint()) !== code) {
    console.error(
      'renderer: the site code changed since this process started: exiting (the publisher starts a new one)',
    )
    process.exit(CODE_CHANGED)
  }
  const result = await profiled(`release-${id}`, () => session.release(outDir, previousDir ?? null))
  const ms = Math.round(performance.now() - started)
  const steps = Object.entries(result.timings)
    .map(([k, v]) => `${k} ${v} ms`)
    .join(', ')
  console.log(
    `renderer: release ${outDir}: ${result.rendered} pages rendered, ${result.reused} reused, ${result.removed} removed in ${ms} ms (${steps})`,
  )
  const stats = {
    finishedAt: new Date().toISOString(),
    buildMs: ms,
    pages: result.pages,
    incremental: { rendered: result.rendered, reused: result.reused },
  }
  await fs.writeFile(statsFile, `${JSON.stringify(stats, null, 2)}\n`).catch(() => {})
  return { type: 'built', id, ok: true, ...result }
}

// RENDERER_CPU_PROFILE=<dir>: a CPU profile of each release (open it in Chrome's DevTools).
const profiled = async (name, task) => {
  const dir = process.env.RENDERER_CPU_PROFILE
  if (!dir) return task()
  const { Session } = await import('node:inspector/promises')
  const inspector = new Session()
  inspector.connect()
  await inspector.post('Profiler.enable')
  await inspector.post('Profiler.start')
  try {
    return await task()
  } finally {
    const { profile } = await inspector.post('Profiler.stop')
    await fs.mkdir(dir, { recursive: true })
    await fs.writeFile(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile))
    inspector.disconnect()
  }
}

const search = async ({ id, outDir }) => {
  if (!session) throw new Error('renderer: no release to index yet (send a build first)')
  const started = performance.now()
  const pages = await session.search(outDir)
  console.log(
    `renderer: search index of ${pages} pages in ${outDir} in ${Math.round(performance.now() - started)} ms`,
  )
  return { type: 'searched', id, ok: true, pages }
}

let chain = Promise.resolve()
process.on('message', (message) => {
  chain = chain.then(async () => {
    const answer = message?.type === 'search' ? 'searched' : 'built'
    try {
      if (message?.type === 'build') process.send(await build(message))
      else if (message?.type === 'search') process.send(await search(message))
      else throw new Error(`renderer: unknown request ${JSON.stringify(message)?.slice(0, 200)}`)
    } catch (error) {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error)
      console.error(`renderer: ${message?.type} failed: ${text}`)
      process.send({
        type: answer,
        id: message?.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      })
      // A first build that failed leaves Astro half set up: the next request gets a new process.
      if (!session) setTimeout(() => process.exit(1), 50)
    }
  })
})
// The publisher went away: nothing left to serve.
process.on('disconnect', () => process.exit(0))
