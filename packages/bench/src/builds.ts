// Site builds (through buildProbe.ts, so each is measured the same way) and the bare-Astro baseline.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { nodeBin, say, startService } from '../../../scripts/dev/lib/proc.ts'
import { sampleTree } from './memory.ts'
import { countFiles, type Shadow } from './shadow.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
export const probeScript = path.join(here, 'buildProbe.ts')
const benchDir = path.resolve(here, '..')

export type SiteStats = {
  buildMs: number
  pages: number
  media: { files: number; downloaded: number; downloadedBytes: number }
  /** Pages Astro rendered and pages it reused from the previous build (incremental builds). */
  incremental?: { rendered: number; reused: number }
}
export type BuildRecord = {
  label: string | null
  release: string | null
  outDir: string | null
  startedAt: string
  wallMs: number
  exitCode: number
  peakTreeBytes: number
  stats: SiteStats | null
}

export const readBuildLog = (file: string): BuildRecord[] =>
  fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as BuildRecord)
    : []

/** The command the publisher runs for each release: the probe around the shadow's build script. */
export const probeCommand = () => `"${nodeBin}" "${probeScript}"`
export const probeEnv = (shadow: Shadow, log: string) => ({
  BENCH_BUILD_SCRIPT: shadow.buildScript,
  BENCH_BUILD_LOG: log,
})

const tail = (file: string, lines = 30) =>
  fs.existsSync(file)
    ? fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')
    : '(no output)'

/** One build of the site into `outDir`, reading the CMS at `cmsUrl`; throws with the output's tail on failure. */
export const runSiteBuild = async (opts: {
  shadow: Shadow
  outDir: string
  cmsUrl: string
  siteUrl: string
  log: string
  label: string
}) => {
  const output = `${opts.log}.${opts.label}.out`
  say(`Site build (${opts.label})…`)
  const service = startService(`build`, nodeBin, [probeScript], {
    env: {
      ...process.env,
      ...probeEnv(opts.shadow, opts.log),
      BENCH_BUILD_LABEL: opts.label,
      BENCH_BUILD_OUTPUT: output,
      OUT_DIR: opts.outDir,
      CMS_URL: opts.cmsUrl,
      SITE_URL: opts.siteUrl,
    },
  })
  const code = await service.exited
  const record = readBuildLog(opts.log).findLast((r) => r.label === opts.label)
  if (code !== 0 || !record)
    throw new Error(
      `Site build "${opts.label}" failed (exit ${code}); last lines of ${output}:\n${tail(output)}`,
    )
  say(
    `Site build (${opts.label}): ${record.stats?.pages ?? '?'} pages in ${(record.wallMs / 1000).toFixed(1)} s`,
  )
  return record
}

export type BaselineResult = { wallMs: number; pages: number; peakTreeBytes: number }

/**
 * The floor: packages/bench/baseline, a bare Astro project with one [slug].astro page and a minimal
 * layout, rendering the same articles from a JSON file of pre-rendered HTML bodies. Built cold
 * (its own cache directory, emptied) with the same Node.
 */
export const runBaselineBuild = async (opts: {
  articlesJson: string
  workDir: string
}): Promise<BaselineResult> => {
  const outDir = path.join(opts.workDir, 'out')
  const cacheDir = path.join(opts.workDir, 'cache')
  fs.rmSync(opts.workDir, { recursive: true, force: true })
  say('Baseline build (bare Astro)…')
  const t0 = performance.now()
  const astro = path.join(benchDir, 'node_modules', 'astro', 'bin', 'astro.mjs')
  const { child, exited } = startService(
    'baseline',
    nodeBin,
    [astro, 'build', '--root', path.join(benchDir, 'baseline')],
    {
      cwd: path.join(benchDir, 'baseline'),
      quiet: true,
      env: {
        ...process.env,
        BASELINE_ARTICLES_JSON: opts.articlesJson,
        BASELINE_OUT_DIR: outDir,
        BASELINE_CACHE_DIR: cacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  )
  const sampler = sampleTree(child.pid!, 200)
  const code = await exited
  const wallMs = Math.round(performance.now() - t0)
  const { peakTreeBytes } = sampler.stop()
  if (code !== 0) throw new Error(`Baseline build failed (exit ${code}): see its output above`)
  const pages = countFiles(outDir, (n) => n.endsWith('.html'))
  say(`Baseline build: ${pages} pages in ${(wallMs / 1000).toFixed(1)} s`)
  return { wallMs, pages, peakTreeBytes }
}
