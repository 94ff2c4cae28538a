// The synthetic-site phase of a run: generate N articles, start a CMS on them, cold build + the
// bare-Astro baseline, then the rebuilds — through the publisher (publish → live, and a site-wide
// menu edit when asked) unless --skip=publish, directly then.
import fs from 'node:fs'
import path from 'node:path'
import { nodeBin, root, say, startService, waitForHttp } from '../../../scripts/dev/lib/proc.ts'
import {
  probeCommand,
  probeEnv,
  readBuildLog,
  runBaselineBuild,
  runSiteBuild,
  type BuildRecord,
} from './builds.ts'
import { copyDataset, dataset, generate, startCms, stopService, type Dataset } from './cms.ts'
import { mb, sampleTree } from './memory.ts'
import { login, measurePublish, publisherIdle, publisherStatus } from './publish.ts'
import { measureSiteWideEdit } from './siteWide.ts'
import type { BuildFigures, Results } from './results.ts'
import { countFiles, type Shadow } from './shadow.ts'

export type SiteRun = {
  articles: number
  /** Seeded database to start from (copied); null = seed a fresh one. */
  template: Dataset | null
  dir: string
  shadow: Shadow
  env: NodeJS.ProcessEnv
  ports: { cms: number; site: number; publisher: number }
  /** The publisher series: one-article edits, then (siteWide) a menu-label edit. */
  publish: { edits: number; siteWide: boolean } | null
  results: Results
}

/** Records how long each step took (results.phases), for the run's budget row. */
export const timer = (results: Results, prefix: string) => {
  let last = performance.now()
  return (name: string) => {
    const now = performance.now()
    results.phases.push({ name: `${prefix}: ${name}`, ms: Math.round(now - last) })
    last = now
  }
}

const editor = { email: 'bench-editor@vitrine.test', password: 'bench-editor-password' }

/** Image files Astro's own image pipeline produced (the site should encode none: the CMS made the variants). */
const encodedImages = (outDir: string | null) =>
  outDir
    ? countFiles(path.join(outDir, '_astro'), (n) => /\.(avif|webp|png|jpe?g|gif)$/i.test(n))
    : 0

const titleLive = (outDir: string | null, slug: string, marker: string) => {
  const file = outDir ? path.join(outDir, 'blog', slug, 'index.html') : ''
  return !!file && fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes(marker)
}

export const runSyntheticSite = async (run: SiteRun) => {
  const { articles, shadow, results } = run
  fs.mkdirSync(run.dir, { recursive: true })
  const d = run.template ? copyDataset(run.template, run.dir) : dataset(run.dir)
  const phase = timer(results, `${articles} articles`)
  const gen = await generate(d, { articles, seeded: !!run.template, editor, env: run.env })
  phase('generate')
  results.generation.push({ ...gen, articles })

  const siteUrl = `http://localhost:${run.ports.site}`
  const publisherUrl = `http://localhost:${run.ports.publisher}`
  const cms = await startCms(d, {
    name: `cms-${articles}`,
    port: run.ports.cms,
    env: {
      ...run.env,
      SITE_URL: siteUrl,
      PUBLISHER_URL: run.publish ? publisherUrl : '',
      DEPLOY_HOOK_URLS: '',
    },
  })
  const cmsMemory = sampleTree(cms.service.child.pid!)
  const log = path.join(run.dir, 'builds.jsonl')
  const out = (name: string) => path.join(run.dir, 'out', name)
  try {
    shadow.clearCaches()
    phase('start the CMS')
    const cold = await runSiteBuild({
      shadow,
      outDir: out('cold'),
      cmsUrl: cms.url,
      siteUrl,
      log,
      label: `cold-${articles}`,
    })
    phase('cold build')
    const baseline = await runBaselineBuild({
      articlesJson: gen.articlesJson,
      workDir: path.join(run.dir, 'baseline'),
    })
    phase('baseline build')
    const pages = cold.stats?.pages ?? countFiles(out('cold'), (n) => n.endsWith('.html'))
    const msPerPage = cold.wallMs / pages
    const baselineMsPerPage = baseline.wallMs / baseline.pages
    const figures: BuildFigures = {
      articles,
      cold,
      baseline,
      msPerPage,
      baselineMsPerPage,
      ratioPerPage: msPerPage / baselineMsPerPage,
      ratioTotal: cold.wallMs / baseline.wallMs,
    }
    results.builds.push(figures)
    fs.rmSync(out('cold'), { recursive: true, force: true })

    const token = await login(cms.url, editor.email, editor.password)
    const sample = gen.sample
    // The two rebuilds, by `astro build` as a code deploy (or a restarted renderer) makes them.
    const warm = await runSiteBuild({
      shadow,
      outDir: out('warm'),
      cmsUrl: cms.url,
      siteUrl,
      log,
      label: `warm-${articles}`,
    })
    figures.rebuildNoChange = { ...warm, imagesEncoded: encodedImages(warm.outDir) }
    const marker = `bench-${Date.now().toString(36)}`
    const res = await fetch(`${cms.url}/api/articles/${sample.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ title: `${sample.title} (${marker})` }),
    })
    if (!res.ok)
      throw new Error(`PATCH ${cms.url}/api/articles/${sample.id} answered ${res.status}`)
    const changed = await runSiteBuild({
      shadow,
      outDir: out('changed'),
      cmsUrl: cms.url,
      siteUrl,
      log,
      label: `changed-${articles}`,
    })
    figures.rebuildOneChange = {
      ...changed,
      imagesEncoded: encodedImages(changed.outDir),
      changedTitleLive: titleLive(changed.outDir, sample.slug, marker),
    }
    for (const name of ['warm', 'changed']) fs.rmSync(out(name), { recursive: true, force: true })
    phase('two rebuilds')

    // Publishing runs as in production: the publisher drives the long-lived renderer.
    if (run.publish) {
      await publishThroughPublisher({
        run,
        cmsUrl: cms.url,
        siteUrl,
        publisherUrl,
        token,
        log,
        figures,
        sample,
      })
      phase(
        `publisher: first release + ${run.publish.edits} edit${run.publish.edits === 1 ? '' : 's'}${run.publish.siteWide ? ' + a menu edit' : ''}`,
      )
    }
    const builds = readBuildLog(log)
    results.memory.push({
      name: `site build, ${articles} articles`,
      peakRssMb: mb(Math.max(...builds.map((b) => b.peakTreeBytes))),
      how: 'process tree of build-site.ts (astro + pagefind), sampled every 200 ms; the largest of its builds',
      siteBuildArticles: articles,
    })
  } finally {
    const m = cmsMemory.stop()
    results.memory.push({
      name: `CMS, ${articles} articles`,
      peakRssMb: mb(Math.max(m.hwmBytes, m.peakTreeBytes)),
      how: 'cms/server.ts: VmHWM of the server process',
    })
    await stopService(cms.service)
  }
}

/** The renderer's figures for a publisher release (pages rendered / reused, its search phase). */
type PublisherHistory = Awaited<ReturnType<typeof publisherStatus>>['history']
const renderedFigures = (history: PublisherHistory, release: string | null) => {
  const record = release ? history.find((b) => b.id === release) : undefined
  const figures: { pagesRendered?: number; pages?: number; searchMs?: number } = {}
  if (typeof record?.rendered === 'number') {
    figures.pagesRendered = record.rendered
    figures.pages = record.rendered + (record.reused ?? 0)
  }
  if (typeof record?.searchDurationMs === 'number') figures.searchMs = record.searchDurationMs
  return figures
}

const publishThroughPublisher = async (o: {
  run: SiteRun
  cmsUrl: string
  siteUrl: string
  publisherUrl: string
  token: string
  log: string
  figures: BuildFigures
  sample: { id: number | string; slug: string; title: string }
}) => {
  const { run, figures } = o
  const publisher = startService(
    'publisher',
    nodeBin,
    [path.join(root, 'packages/publisher/src/cli.ts'), 'serve'],
    {
      quiet: true,
      env: {
        ...run.env,
        ...probeEnv(run.shadow, o.log),
        CMS_URL: o.cmsUrl,
        SITE_URL: o.siteUrl,
        PUBLISHER_PORT: String(run.ports.publisher),
        PUBLISHER_SITE_PORT: String(run.ports.site),
        PUBLISHER_ROOT: path.join(run.dir, 'publisher'),
        PUBLISHER_BUILD_CMD: probeCommand(),
        // As in production (docker-compose.yml, npm start): the long-lived renderer of the same copy.
        PUBLISHER_RENDERER_CMD: `"${nodeBin}" "${path.join(run.shadow.web, 'scripts', 'renderer.mjs')}"`,
        PUBLISHER_BUILD_CWD: root,
        PUBLISHER_BUILD_ON_START: 'if-missing',
      },
    },
  )
  const memory = sampleTree(publisher.child.pid!)
  try {
    await waitForHttp(`${o.publisherUrl}/status`, 30_000, publisher)
    say(`Publisher: first release of the ${run.articles}-article site (the no-change rebuild)…`)
    const idle = await publisherIdle(o.publisherUrl)
    if (!idle.lastBuild?.ok)
      throw new Error(
        `The publisher's first build failed; see ${path.join(run.dir, 'publisher', 'logs')}`,
      )
    await waitForHttp(`${o.siteUrl}/`, 30_000, publisher)

    const result = await measurePublish({
      label: `${run.articles} articles`,
      cmsUrl: o.cmsUrl,
      siteUrl: o.siteUrl,
      publisherUrl: o.publisherUrl,
      token: o.token,
      article: o.sample,
      edits: run.publish!.edits,
    })
    const siteWide = run.publish!.siteWide
      ? await measureSiteWideEdit({
          articles: run.articles,
          cmsUrl: o.cmsUrl,
          siteUrl: o.siteUrl,
          publisherUrl: o.publisherUrl,
          token: o.token,
          slug: o.sample.slug,
        })
      : null
    const { history } = await publisherStatus(o.publisherUrl)
    for (const sample of result.samples)
      Object.assign(sample, renderedFigures(history, sample.release))
    run.results.publish.push({
      ...result,
      site: `${run.articles.toLocaleString('en-US')} articles`,
      articles: run.articles,
    })
    if (siteWide) {
      Object.assign(siteWide, renderedFigures(history, siteWide.release))
      ;(run.results.siteWide ??= []).push(siteWide)
    }
  } finally {
    const m = memory.peek()
    run.results.memory.push({
      name: `publisher, ${run.articles} articles`,
      peakRssMb: mb(m.hwmBytes),
      how: 'VmHWM of the publisher process',
    })
    run.results.memory.push({
      name: `publisher and its renderer, ${run.articles} articles`,
      peakRssMb: mb(m.peakTreeBytes),
      how: 'process tree of the publisher (the long-lived renderer, its astro build at start and its releases), sampled',
    })
    memory.stop()
    await stopService(publisher)
  }
}
