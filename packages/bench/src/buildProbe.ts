// Runs the site build (scripts/dev/build-site.ts, or BENCH_BUILD_SCRIPT) and records how long it
// took, how much memory its process tree held and the site's own build stats, as one JSON line in
// BENCH_BUILD_LOG. The harness runs it directly and hands it to the publisher as PUBLISHER_BUILD_CMD,
// so every build of a run is measured the same way. Exits with the build's exit code.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { sampleTree } from './memory.ts'

const script = process.env.BENCH_BUILD_SCRIPT
const log = process.env.BENCH_BUILD_LOG
if (!script || !log) {
  process.stderr.write('buildProbe: BENCH_BUILD_SCRIPT and BENCH_BUILD_LOG must be set\n')
  process.exit(2)
}
const statsFile = path.join(path.dirname(log), `build-stats-${process.pid}-${Date.now()}.json`)
const startedAt = new Date()
const t0 = performance.now()
// BENCH_BUILD_OUTPUT: write the build's output to this file instead of inheriting the terminal.
const output = process.env.BENCH_BUILD_OUTPUT
  ? fs.openSync(process.env.BENCH_BUILD_OUTPUT, 'a')
  : 'inherit'
const child = spawn(process.execPath, [script], {
  stdio: output === 'inherit' ? 'inherit' : ['ignore', output, output],
  env: { ...process.env, BUILD_STATS_FILE: statsFile, ASTRO_TELEMETRY_DISABLED: '1' },
})
const sampler = sampleTree(child.pid!, 200)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))

const code: number = await new Promise((resolve) =>
  child.on('exit', (c, s) => resolve(c ?? (s ? 143 : 1))),
)
const wallMs = Math.round(performance.now() - t0)
const memory = sampler.stop()
let stats: unknown = null
try {
  stats = JSON.parse(fs.readFileSync(statsFile, 'utf8'))
} catch {
  /* the build failed before writing its stats, or the site does not write them */
}
const record = {
  label: process.env.BENCH_BUILD_LABEL ?? null,
  release: process.env.PUBLISHER_RELEASE_ID ?? null,
  outDir: process.env.OUT_DIR ?? null,
  startedAt: startedAt.toISOString(),
  wallMs,
  exitCode: code,
  peakTreeBytes: memory.peakTreeBytes,
  stats,
}
fs.appendFileSync(log, `${JSON.stringify(record)}\n`)
process.exit(code)
