// `pnpm run bench [-- --quick]`: measures the whole system (see ../README.md), writes
// bench/results/<date>.json and prints the table. Options: --quick, --articles=1000,5000,
// --edits=N (seeded site), --site-edits=N (synthetic site), --burst=N (publishes in 10 s, 0 = none),
// --lighthouse-runs=N, --lead-seconds=N,
// --skip=seeded,lighthouse,publish,site-wide,leads, --keep; --report=<file> reprints a past run's table.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { root, say, stopAll } from '../../../scripts/dev/lib/proc.ts'
import { demoEnv } from '../../../scripts/dev/lib/env.ts'
import { buildCms, startSystem, type System } from '../../../scripts/dev/lib/system.ts'
import { copyDataset, dataset, type Dataset } from './cms.ts'
import { runLeadPhase } from './leadPhase.ts'
import { formToken } from './leads.ts'
import { runLighthouse } from './lighthouse.ts'
import { mb, sampleTree } from './memory.ts'
import { runSyntheticSite, timer } from './phases.ts'
import { login, measureBurst, measurePublish } from './publish.ts'
import { markdownTable, tally } from './report.ts'
import { rowsOf, type Results } from './results.ts'
import { countFiles, prepareShadow } from './shadow.ts'
import { pagePaths, siteWeight } from './weight.ts'

const args = process.argv.slice(2).filter((a) => a !== '--')
const quick = args.includes('--quick')
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]

/** The table and summary line of a results document. */
const printReport = (results: Results, file: string) => {
  const rows = rowsOf(results)
  const counts = tally(rows)
  process.stdout.write(`\n${markdownTable(rows)}\n\n`)
  process.stdout.write(
    `${counts.met} targets met, ${counts.missed} missed, ${counts.skipped} not measured. ` +
      `Load average at start ${results.machine.loadavgAtStart.join(' ')} on ${results.machine.cpus} CPUs.\n`,
  )
  process.stdout.write(`Results: ${path.relative(root, file)}\n`)
}

// --report=<results.json>: print the table of a past run, measure nothing.
const reportOnly = opt('report')
if (reportOnly) {
  printReport(
    JSON.parse(fs.readFileSync(path.resolve(reportOnly), 'utf8')) as Results,
    path.resolve(reportOnly),
  )
  process.exit(0)
}
const sizes =
  opt('articles')
    ?.split(',')
    .map(Number)
    .filter((n) => n > 0) ?? (quick ? [1000] : [1000, 5000])
// Each edit of the seeded site is a full publish (≈ 9 s): --quick keeps two, the full run ten.
const edits = Number(opt('edits') ?? (quick ? 2 : 10))
// Edits of each synthetic site (every size): --quick keeps one, which is also the "one article
// changed" rebuild; the full run's ten give the spread.
const siteEdits = Number(opt('site-edits') ?? (quick ? 1 : edits))
const lighthouseRuns = Number(opt('lighthouse-runs') ?? (quick ? 1 : 3))
const leadSeconds = Number(opt('lead-seconds') ?? (quick ? 5 : 10))
// Publishes sent within 10 s on the seeded site, then the builds they caused are counted (0: skip).
// Not in --quick (its 5-minute budget): ask for it with --burst=50.
const burst = Number(opt('burst') ?? (quick ? 0 : 50))
const skip = new Set(opt('skip')?.split(',') ?? [])
const portBase = Number(process.env.BENCH_PORT_BASE ?? 15000)

const started = new Date()
const runId = started
  .toISOString()
  .replace(/\.\d+Z$/, 'Z')
  .replace(/:/g, '-')
const work = path.join(root, 'var', 'bench', runId)
fs.mkdirSync(work, { recursive: true })

const git = (...a: string[]) => {
  try {
    return execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim()
  } catch {
    return null
  }
}
const results: Results = {
  schema: 1,
  runId,
  mode: quick ? 'quick' : 'full',
  startedAt: started.toISOString(),
  machine: {
    cpus: os.cpus().length,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadavgAtStart: os.loadavg().map((n) => Math.round(n * 100) / 100),
  },
  git: {
    commit: git('rev-parse', 'HEAD'),
    dirtyFiles: git('status', '--porcelain')?.split('\n').filter(Boolean).length ?? null,
  },
  generation: [],
  builds: [],
  publish: [],
  weight: [],
  lighthouse: { skipped: 'not run' },
  leads: { skipped: 'not run' },
  memory: [],
  phases: [],
  problems: [],
}
const problem = (phase: string, error: unknown) => {
  const message = `${phase}: ${(error as Error).message ?? String(error)}`
  results.problems.push(message)
  process.stderr.write(`\x1b[31m✖ ${message}\x1b[0m\n`)
}

let interrupted = false
process.on('SIGINT', () => {
  interrupted = true
  say('Interrupted: stopping every service…')
  void stopAll().then(() => process.exit(130))
})

// 0. The CMS production build (skipped when cms/ did not change since the last one): timed apart,
// it is not part of what the run measures.
try {
  const t0 = performance.now()
  await buildCms(demoEnv())
  results.cmsBuildMs = Math.round(performance.now() - t0)
} catch (error) {
  problem('CMS build', error)
}

// 1. The seeded demo, exactly as `npm start` runs it (own ports and folder).
let system: System | null = null
let leadToken: { token: string | undefined; at: number } | undefined
let template: Dataset | null = null
if (!skip.has('seeded')) {
  try {
    const t0 = performance.now()
    fs.mkdirSync(path.join(work, 'seeded'), { recursive: true })
    const phase = timer(results, 'seeded demo')
    // The bench plays the reverse proxy: each simulated visitor comes with its own address in
    // X-Forwarded-For (the CMS trusts its last entry only with TRUSTED_PROXIES=1).
    process.env.TRUSTED_PROXIES ??= '1'
    system = await startSystem({
      workDir: path.join(work, 'seeded'),
      portBase,
      demoUsers: true,
      preview: false,
      worker: true, // the jobs queue in its own process, as production runs it
    })
    phase('startSystem (seed, CMS, first site build)')
    // The publisher's build history (publish → live, bursts) is read with the webhook secret
    // (publisher/src/server.ts); `publisherStatus` takes it from here, as the CMS does.
    process.env.PUBLISHER_WEBHOOK_SECRET ??= system.env.PUBLISHER_WEBHOOK_SECRET
    const current = path.join(work, 'seeded', 'releases', 'current')
    results.seeded = {
      startSystemMs: Math.round(performance.now() - t0),
      pages: countFiles(current, (n) => n.endsWith('.html')),
    }
    // The lead phase's form token, fetched now: by then it is older than the minimum fill time.
    leadToken = { token: await formToken(system.env.CMS_URL!), at: Date.now() }
    template = copyDataset(dataset(path.join(work, 'seeded')), path.join(work, 'template'))
    results.weight = siteWeight(current)
    if (!skip.has('lighthouse')) {
      const paths = pagePaths(current)
      const pages = (['home', 'article', 'white paper', 'webinar'] as const)
        .filter((t) => paths[t])
        .map((t) => ({ type: t, url: `${system!.env.SITE_URL}${paths[t]}` }))
      results.lighthouse = await runLighthouse(pages, lighthouseRuns).catch((error: Error) => ({
        skipped: `not measured: ${error.message}`,
      }))
      phase('Lighthouse')
    }
    if (!skip.has('publish')) {
      const { CMS_URL, SITE_URL, PUBLISHER_URL, DEMO_PASSWORD } = system.env
      const token = await login(CMS_URL!, 'editor@vitrine.test', DEMO_PASSWORD ?? 'vitrine-demo')
      const found = await fetch(
        `${CMS_URL}/api/articles?limit=1&depth=0&sort=-publishedAt&where[_status][equals]=published`,
      )
      const article = (
        (await found.json()) as { docs: { id: number | string; slug: string; title: string }[] }
      ).docs[0]
      if (!article) throw new Error('the seeded CMS has no published article to edit')
      const r = await measurePublish({
        label: 'seeded site',
        cmsUrl: CMS_URL!,
        siteUrl: SITE_URL!,
        publisherUrl: PUBLISHER_URL!,
        token,
        article,
        edits,
      })
      results.publish.push({ ...r, site: `seeded site (${results.seeded.pages} pages)` })
      phase(`${edits} edits`)
      if (burst > 0) {
        const b = await measureBurst({
          cmsUrl: CMS_URL!,
          siteUrl: SITE_URL!,
          publisherUrl: PUBLISHER_URL!,
          token,
          article,
          publishes: burst,
          withinMs: 10_000,
        })
        results.burst = b
        phase(`burst of ${burst} publishes`)
      }
    }
  } catch (error) {
    problem('seeded site', error)
  }
}

// 2. Synthetic sites: generation, cold build vs bare Astro, rebuilds and publish → live at every
// size, the site-wide edit at the first.
const shadow = prepareShadow(path.join(work, 'shadow'))
const syntheticEnv = system?.env ?? demoEnv()
process.env.PUBLISHER_WEBHOOK_SECRET ??= syntheticEnv.PUBLISHER_WEBHOOK_SECRET
for (const [i, articles] of sizes.entries()) {
  if (interrupted) break
  try {
    await runSyntheticSite({
      articles,
      template,
      dir: path.join(work, `site-${articles}`),
      shadow,
      env: syntheticEnv,
      ports: { cms: portBase + 10, site: portBase + 11, publisher: portBase + 12 },
      // Publish → live at every size (issue 16: ≤ 5 s at 1,000 and at 5,000 articles); the
      // site-wide menu edit (≤ 30 s at 1,000) at the first size only: each renders every page.
      publish: skip.has('publish')
        ? null
        : { edits: siteEdits, siteWide: i === 0 && !skip.has('site-wide') },
      results,
    })
  } catch (error) {
    problem(`${articles}-article site`, error)
  }
  fs.rmSync(path.join(work, `site-${articles}`, 'media'), { recursive: true, force: true })
}

// 3. The lead endpoint, last (its e-mail jobs keep the CMS busy for a while), on the seeded CMS.
if (system && !skip.has('leads') && !interrupted) {
  await runLeadPhase({ system, runId, seconds: leadSeconds, results, problem, early: leadToken })
}
if (system) {
  const publisher = system.services.find((s) => s.name === 'publisher')
  if (publisher?.child.pid)
    results.memory.push({
      name: 'publisher, seeded demo',
      peakRssMb: mb(sampleTree(publisher.child.pid).stop().hwmBytes),
      how: 'VmHWM of the publisher process',
    })
}

await stopAll()
results.finishedAt = new Date().toISOString()
results.durationMs = Date.now() - started.getTime()
results.machine.loadavgAtEnd = os.loadavg().map((n) => Math.round(n * 100) / 100)

const resultsDir = path.join(root, 'bench', 'results')
fs.mkdirSync(resultsDir, { recursive: true })
const file = path.join(resultsDir, `${runId}.json`)
fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
if (!args.includes('--keep') && results.problems.length === 0)
  fs.rmSync(work, { recursive: true, force: true })

printReport(results, file)
if (fs.existsSync(work)) process.stdout.write(`Work files kept in ${path.relative(root, work)}\n`)
process.exit(results.problems.length ? 1 : 0)
