// Differential oracle for incremental builds (docs/adr/0023-incremental-releases.md): random edits
// through the CMS REST API across every collection and the settings global, in batches; after
// each batch an incremental `astro build` (cache kept from the previous batch) must equal a full
// build of the same data (VITRINE_FULL_BUILD=1, empty Astro cache), file by file, byte by byte.
// Compared: everything `astro build` writes into OUT_DIR, the Pagefind index (pagefind/) included
// since it is written by the build (src/integrations/searchIndex.ts). Nothing is left out.
// The long-lived renderer (scripts/renderer.mjs, docs/adr/0035) is held to the same: after each
// batch its release — pages first, then the search index written into a copy, as the publisher
// does — must equal the same full build; its pages-only release differs by the index alone.
import { execFileSync, fork } from 'node:child_process'
import type { EventEmitter } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { expect, test } from '@playwright/test'
import { CMS_URL, cmsAll, demoLogin } from './helpers'

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const node = path.resolve(web, '../node_modules/node/bin/node')
/** The benchmark's private copy of web/ (imported at run time: it type-checks with the bench). */
const shadowModule = pathToFileURL(path.resolve(web, '../packages/bench/src/shadow.ts')).href
type Shadow = { web: string }
/** The file-by-file comparison of two builds (scripts/dev/compare-builds.ts, same reason). */
const compareModule = pathToFileURL(path.resolve(web, '../scripts/dev/compare-builds.ts')).href
type Comparison = { files: number; onlyA: string[]; onlyB: string[]; differ: string[] }
const BATCHES = Number(process.env.ORACLE_BATCHES ?? 8)
/** Even batches: any edit (a site-wide one re-renders every page); odd ones: edits of one page. */
const MIXED_EDITS = Number(process.env.ORACLE_EDITS ?? 20)
const LOCAL_EDITS = 5
const LOCAL = ['article title', 'content image alt', 'page title', 'freelancer name']

type Doc = Record<string, unknown> & { id: number | string }
/** cmsAll, sent again once when a kept-alive socket was closed by the CMS meanwhile. */
const all = <T extends Doc = Doc>(collection: string, query = '') =>
  cmsAll<T>(collection, query).catch(() => cmsAll<T>(collection, query))
const rng = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  return seed / 0x7fffffff
}

test.describe.configure({ mode: 'serial' })

test('incremental builds equal full builds after every batch of random edits', async () => {
  test.setTimeout(30 * 60_000)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-oracle-'))
  const token = await demoLogin('editor')
  const api = async (method: string, url: string, body?: unknown) => {
    const send = () =>
      fetch(`${CMS_URL}/api/${url}`, {
        method,
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    // A kept-alive socket the CMS closed meanwhile fails once ("other side closed"): send again.
    const response = await send().catch(send)
    if (!response.ok && response.status !== 404)
      throw new Error(`${method} ${url} answered ${response.status}: ${await response.text()}`)
    return response.ok ? ((await response.json()) as { doc?: Doc }) : null
  }
  let clock = Date.now()
  // A private copy of web/ (the publisher builds web/ itself on every edit). Both builds run in
  // it — islands' ids hash the component's path, so the same path for both — the full one with
  // Astro's caches moved aside (content store, incremental manifest and pages, Vite's). Shared:
  // node_modules/.cache — the form token the CMS hands back within a day (else every page
  // differs by its token) and downloaded media files.
  const { prepareShadow } = (await import(shadowModule)) as {
    prepareShadow: (dir: string) => Shadow
  }
  const { compareBuilds } = (await import(compareModule)) as {
    compareBuilds: (a: string, b: string) => Comparison
  }
  const copy = prepareShadow(path.join(work, 'web-copy'))
  const astroCaches = [
    path.join(copy.web, 'node_modules/.astro'),
    path.join(copy.web, 'node_modules/.vite'),
    path.join(copy.web, '.astro'),
  ]
  const swapCaches = () => {
    for (const dir of astroCaches) {
      const aside = `${dir}.aside`
      if (fs.existsSync(dir)) fs.renameSync(dir, `${dir}.swap`)
      if (fs.existsSync(aside)) fs.renameSync(aside, dir)
      if (fs.existsSync(`${dir}.swap`)) fs.renameSync(`${dir}.swap`, aside)
    }
  }
  const build = (name: string, env: Record<string, string> = {}) => {
    const outDir = path.join(work, 'out', name)
    execFileSync(
      node,
      [path.join(copy.web, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'],
      {
        cwd: copy.web,
        stdio: 'pipe',
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          OUT_DIR: outDir,
          BUILD_NOW: new Date(clock).toISOString(),
          BUILD_STATS_FILE: path.join(work, `${name}.stats.json`),
          ...env,
        },
      },
    )
    return outDir
  }

  // A new seed each run (slugs must be new in a CMS that keeps earlier runs' edits); printed.
  const seed = Number(process.env.ORACLE_SEED ?? Date.now() % 1e9)
  console.log(`oracle seed ${seed} (ORACLE_SEED=${seed} replays the same choices)`)
  const r = rng(seed)
  const pick = <T>(list: T[]) => list[Math.floor(r() * list.length)]!
  const suffix = () => Math.floor(r() * 1e6).toString(36)
  const edits: Record<string, () => Promise<unknown>> = {
    'article title': async () =>
      api('PATCH', `articles/${pick(await all('articles')).id}`, { title: `Titre ${suffix()}` }),
    'article slug': async () =>
      api('PATCH', `articles/${pick(await all('articles')).id}`, {
        slug: `article-${suffix()}`,
      }),
    'article category': async () =>
      api('PATCH', `articles/${pick(await all('articles')).id}`, {
        category: pick(await all('categories')).id,
      }),
    'hero image': async () =>
      api('PATCH', `articles/${pick(await all('articles')).id}`, {
        heroImage: pick(await all('media')).id,
      }),
    // Both leave at least 5 published articles (listings, related cards stay meaningful).
    'unpublish article': async () => {
      const list = await all('articles')
      if (list.length > 5) await api('PATCH', `articles/${pick(list).id}`, { _status: 'draft' })
    },
    'delete article': async () => {
      const list = await all('articles')
      if (list.length > 5) await api('DELETE', `articles/${pick(list).id}`)
    },
    'new article': async () => {
      const model = pick(await all('articles'))
      const { id: _id, slug: _slug, createdAt: _c, updatedAt: _u, ...copy } = model
      return api('POST', 'articles', {
        ...copy,
        title: `Nouveau ${suffix()}`,
        _status: 'published',
      })
    },
    'category title': async () =>
      api('PATCH', `categories/${pick(await all('categories')).id}`, {
        title: `Catégorie ${suffix()}`,
      }),
    'image alt': async () =>
      api('PATCH', `media/${pick(await all('media')).id}`, { alt: `Image ${suffix()}` }),
    // One page's image: never the site's logo, which every page shows (header, JSON-LD).
    'content image alt': async () => {
      const settings = (await api('GET', 'globals/site-settings?depth=0')) as unknown as {
        logo?: unknown
      }
      const media = (await all('media')).filter((m) => m.id !== settings.logo)
      return api('PATCH', `media/${pick(media).id}`, { alt: `Image ${suffix()}` })
    },
    'white paper title': async () =>
      api('PATCH', `white-papers/${pick(await all('white-papers')).id}`, {
        title: `Livre blanc ${suffix()}`,
      }),
    'webinar title': async () =>
      api('PATCH', `webinars/${pick(await all('webinars')).id}`, {
        title: `Webinaire ${suffix()}`,
      }),
    'webinar moves into the past': async () => {
      const upcoming = (await all<Doc & { startsAt: string }>('webinars')).filter(
        (w) => Date.parse(w.startsAt) > clock,
      )
      if (!upcoming.length) return
      // The clock of the next builds passes its start (BUILD_NOW), as time would.
      clock = Math.max(clock, Date.parse(pick(upcoming).startsAt) + 60_000)
    },
    'page title': async () =>
      api('PATCH', `pages/${pick(await all('pages')).id}`, { title: `Page ${suffix()}` }),
    'freelancer name': async () => {
      const freelancers = await all('freelancers')
      if (freelancers.length)
        await api('PATCH', `freelancers/${pick(freelancers).id}`, {
          firstName: `Prénom${suffix()}`,
        })
    },
    'menu entry': async () => {
      const settings = (await api('GET', 'globals/site-settings?depth=0')) as unknown as {
        navigation?: { label: string }[]
      }
      const navigation = (settings.navigation ?? []).map((n, i) =>
        i === 0 ? { ...n, label: `Menu ${suffix()}` } : n,
      )
      return api('POST', 'globals/site-settings', { navigation })
    },
    'announcement text': async () => {
      const settings = (await api('GET', 'globals/site-settings?depth=0')) as unknown as {
        announcement?: Record<string, unknown>
      }
      return api('POST', 'globals/site-settings', {
        announcement: { ...settings.announcement, messages: [{ text: `Le {date} ${suffix()}` }] },
      })
    },
    'scheduled publish': async () => {
      // An unpublished article, scheduled for now: the CMS jobs runner publishes it (demo: every
      // second, in the CMS).
      const target = pick(await all('articles'))
      await api('PATCH', `articles/${target.id}`, { _status: 'draft' })
      await api('POST', 'schedule-publish', {
        collection: 'articles',
        id: target.id,
        type: 'publish',
        at: new Date().toISOString(),
      })
      await expect
        .poll(async () => (await all('articles')).some((a) => a.id === target.id), {
          timeout: 60_000,
        })
        .toBe(true)
    },
  }
  // A CMS that earlier runs left with few published articles: publish drafts back first.
  const drafts = (await api(
    'GET',
    'articles?draft=true&depth=0&limit=20&where[_status][equals]=draft',
  )) as unknown as { docs: Doc[] }
  for (const d of drafts.docs.slice(0, Math.max(0, 8 - (await all('articles')).length)))
    await api('PATCH', `articles/${d.id}`, { _status: 'published' })
  build('first')
  // The renderer: its own Astro cache (the astro builds above keep theirs), one process throughout.
  const renderer = startRenderer(copy.web, path.join(work, 'renderer-cache'), clock)
  let rendered = await renderer.ask({
    type: 'build',
    outDir: path.join(work, 'out', 'renderer-first'),
    previousDir: null,
  })
  expect(rendered.ok, `renderer: first build: ${rendered.error}`).toBe(true)
  let live = path.join(work, 'out', 'renderer-first')
  const names = Object.keys(edits)
  const applied: string[] = []
  for (let batch = 0; batch < BATCHES; batch++) {
    const local = batch % 2 === 1
    for (let i = 0; i < (local ? LOCAL_EDITS : MIXED_EDITS); i++) {
      const name = batch === 0 && i < names.length ? names[i]! : pick(local ? LOCAL : names)
      await edits[name]!()
      applied.push(name)
    }
    const incremental = build(`incremental-${batch}`)
    swapCaches() // the incremental caches aside, none in place
    const full = build(`full-${batch}`, { VITRINE_FULL_BUILD: '1' })
    for (const dir of astroCaches) fs.rmSync(dir, { recursive: true, force: true })
    swapCaches() // the incremental caches back
    const same = compareBuilds(incremental, full)
    expect(same.onlyA, `batch ${batch}: files only the incremental build wrote`).toEqual([])
    expect(same.onlyB, `batch ${batch}: files only the full build wrote`).toEqual([])
    expect(same.differ, `batch ${batch}: files whose bytes differ`).toEqual([])

    // The renderer's release of the same data: pages (the previous index kept), then the index.
    const pagesOnly = path.join(work, 'out', `renderer-${batch}`)
    rendered = await renderer.ask({
      type: 'build',
      outDir: pagesOnly,
      previousDir: live,
      env: { BUILD_NOW: new Date(clock).toISOString() },
    })
    expect(rendered.ok, `batch ${batch}: renderer: ${rendered.error}`).toBe(true)
    expect(rendered.searchPending, `batch ${batch}: the index comes after the pages`).toBe(true)
    const beforeIndex = compareBuilds(pagesOnly, full)
    const outsideIndex = (files: string[]) => files.filter((f) => !f.startsWith('pagefind/'))
    expect(outsideIndex(beforeIndex.onlyA), `batch ${batch}: renderer pages only it wrote`).toEqual(
      [],
    )
    expect(outsideIndex(beforeIndex.onlyB), `batch ${batch}: pages the renderer missed`).toEqual([])
    expect(outsideIndex(beforeIndex.differ), `batch ${batch}: renderer pages that differ`).toEqual(
      [],
    )
    const indexed = path.join(work, 'out', `renderer-${batch}-indexed`)
    copyTree(pagesOnly, indexed, (f) => !f.startsWith('pagefind'))
    const searched = await renderer.ask({ type: 'search', outDir: indexed })
    expect(searched.ok, `batch ${batch}: renderer search: ${searched.error}`).toBe(true)
    const sameRelease = compareBuilds(indexed, full)
    expect(sameRelease.onlyA, `batch ${batch}: files only the renderer wrote`).toEqual([])
    expect(sameRelease.onlyB, `batch ${batch}: files the renderer missed`).toEqual([])
    expect(sameRelease.differ, `batch ${batch}: renderer files that differ`).toEqual([])
    console.log(
      `oracle batch ${batch}: renderer release equal (${sameRelease.files} files); ${rendered.rendered} pages rendered, ${rendered.reused} reused`,
    )
    if (local) expect(rendered.reused, `batch ${batch}: renderer pages reused`).toBeGreaterThan(0)
    for (const dir of [live, pagesOnly])
      if (dir !== indexed) fs.rmSync(dir, { recursive: true, force: true })
    live = indexed
    // The search index is part of the release and of the comparison.
    expect(fs.existsSync(path.join(full, 'pagefind', 'pagefind-entry.json'))).toBe(true)
    const stats = JSON.parse(
      fs.readFileSync(path.join(work, `incremental-${batch}.stats.json`), 'utf8'),
    )
    console.log(
      `oracle batch ${batch} (${local ? 'local' : 'mixed'} edits): ${same.files} files equal; ${JSON.stringify(stats.incremental ?? {})}`,
    )
    // Edits of single pages leave most pages as they were: those are reused, not rendered.
    if (local) expect(stats.incremental.reused, `batch ${batch}: pages reused`).toBeGreaterThan(0)
    fs.rmSync(full, { recursive: true, force: true })
  }
  expect(applied.length).toBeGreaterThanOrEqual(100)
  expect(new Set(applied)).toEqual(new Set(names))
  await renderer.stop()
  fs.rmSync(work, { recursive: true, force: true })
})

type RendererAnswer = {
  ok: boolean
  error?: string
  searchPending?: boolean
  rendered?: number
  reused?: number
}

/** scripts/renderer.mjs with its IPC channel, as the publisher starts it; one request at a time. */
const startRenderer = (webDir: string, cacheDir: string, clock: number) => {
  const output: string[] = []
  const child = fork(path.join(webDir, 'scripts/renderer.mjs'), [], {
    cwd: webDir,
    execPath: node,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: {
      ...process.env,
      ASTRO_CACHE_DIR: cacheDir,
      BUILD_NOW: new Date(clock).toISOString(),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  })
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString())
    if (output.length > 200) output.shift()
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  // The web workspace's Node types leave EventEmitter's methods off ChildProcess.
  const events = child as unknown as EventEmitter
  let next = 0
  return {
    ask: (request: Record<string, unknown>) =>
      new Promise<RendererAnswer>((resolve, reject) => {
        const id = `oracle-${next++}`
        const exited = (code: number | null) =>
          reject(new Error(`renderer exited (${code}): ${output.join('').slice(-2000)}`))
        events.once('exit', exited)
        const answer = (message: { id?: string } & RendererAnswer) => {
          if (message.id !== id) return
          events.off('message', answer)
          events.off('exit', exited)
          if (!message.ok) message.error = `${message.error} — ${output.join('').slice(-2000)}`
          resolve(message)
        }
        events.on('message', answer)
        child.send({ ...request, id })
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        events.once('exit', () => resolve())
        child.disconnect()
      }),
  }
}

/** A hard-link copy of a release (what the publisher makes for the search phase), minus `skip`. */
const copyTree = (from: string, to: string, keep: (relative: string) => boolean, base = from) => {
  fs.mkdirSync(to, { recursive: true })
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const relative = path.relative(base, source)
    if (!keep(relative)) continue
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) copyTree(source, target, keep, base)
    else fs.linkSync(source, target)
  }
}
