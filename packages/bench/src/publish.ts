// Publish → live: an editor changes an article's title through the CMS REST API; the CMS hook
// queues a rebuild, its job sends the signed webhook, the publisher builds and switches the
// release; we poll the served page until the new title is there.
import { say } from '../../../scripts/dev/lib/proc.ts'
import { percentile } from './stats.ts'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export const login = async (cmsUrl: string, email: string, password: string): Promise<string> => {
  const res = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await res.json().catch(() => ({}))) as { token?: string }
  if (!res.ok || !body.token)
    throw new Error(`Login as ${email} at ${cmsUrl}/api/users/login failed: HTTP ${res.status}`)
  return body.token
}

type HistoryRecord = {
  id: string
  ok?: boolean
  started: string
  finished?: string
  durationMs?: number
  /** A long-lived renderer's release: pages rendered / reused (publisher/src/state.ts). */
  rendered?: number
  reused?: number
  /** Its search phase, after the pages went live. */
  searching?: boolean
  searchDurationMs?: number
}
type Status = {
  state: string
  queued: boolean
  lastBuild: HistoryRecord | null
  lastSuccess: HistoryRecord | null
  history: HistoryRecord[]
}

/** The full status (history included) needs the webhook secret (publisher/src/server.ts). */
export const publisherStatus = async (
  publisherUrl: string,
  secret = process.env.PUBLISHER_WEBHOOK_SECRET,
): Promise<Status> => {
  const res = await fetch(`${publisherUrl}/status`, {
    headers: secret ? { authorization: `Bearer ${secret}` } : {},
  })
  if (!res.ok) throw new Error(`GET ${publisherUrl}/status answered ${res.status}`)
  return (await res.json()) as Status
}

/** Waits until the publisher neither builds, nor indexes a release for search, nor has a build waiting. */
export const publisherIdle = async (publisherUrl: string, timeoutMs = 15 * 60_000) => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const s = await publisherStatus(publisherUrl)
    if (s.state !== 'building' && !s.queued && !s.lastBuild?.searching) return s
    if (Date.now() > deadline)
      throw new Error(`Publisher at ${publisherUrl} still busy after ${timeoutMs / 1000} s`)
    await sleep(250)
  }
}

/**
 * The first successful build that started after `since`: the one that put the edit live. The site
 * switches to a release before the publisher records the build as finished, so `lastSuccess` may
 * still be the previous build when the page already shows the edit: wait (≤ 10 s) for the record.
 */
export const buildAfter = async (publisherUrl: string, since: number) => {
  const deadline = Date.now() + 10_000
  for (;;) {
    const { history } = await publisherStatus(publisherUrl)
    const build = history.filter((b) => Date.parse(b.started) >= since).at(-1)
    if (build?.finished || Date.now() > deadline) return build?.ok ? build : null
    await sleep(100)
  }
}

/** Polls `url` every 100 ms until its body holds `marker` (true) or `deadline` passes (false). */
export const servedBefore = async (url: string, marker: string, deadline: number) => {
  while (Date.now() < deadline) {
    const page = await fetch(url, { headers: { 'cache-control': 'no-cache' } }).catch(() => null)
    if (page?.ok && (await page.text()).includes(marker)) return true
    await sleep(100)
  }
  return false
}

export type PublishSample = {
  /** Edit sent → new title served. */
  ms: number
  /** The publisher's build record: build-site + checks + precompression + switch. */
  buildMs: number | null
  /** Edit sent → that build started (hook, debounce, job, webhook). */
  waitMs: number | null
  release: string | null
  /** build-site.ts alone, when the harness's probe ran it. */
  siteBuildMs?: number
  /** Pages that build rendered (the others were reused), and all its pages, from its stats. */
  pagesRendered?: number
  pages?: number
  /** With a long-lived renderer: the search index's own release, after the pages went live. */
  searchMs?: number
}
export type PublishResult = {
  edits: number
  samples: PublishSample[]
  p50: number
  p95: number
  builds: number
  failures: string[]
}

/**
 * `edits` title changes of one article, one after the other (each waits until the previous one is
 * live and the publisher is idle, so every sample is a full publish, not a coalesced one).
 */
export const measurePublish = async (opts: {
  label: string
  cmsUrl: string
  siteUrl: string
  publisherUrl: string
  token: string
  article: { id: number | string; slug: string; title: string }
  edits: number
  timeoutMs?: number
}): Promise<PublishResult> => {
  const { cmsUrl, siteUrl, publisherUrl, article } = opts
  const samples: PublishSample[] = []
  const failures: string[] = []
  const seen = new Set((await publisherIdle(publisherUrl)).history.map((b) => b.id))
  const pageUrl = `${siteUrl}/blog/${article.slug}/`
  for (let n = 1; n <= opts.edits; n++) {
    await publisherIdle(publisherUrl)
    const marker = `bench-${Date.now().toString(36)}-${n}`
    const t0 = performance.now()
    const startedAt = Date.now()
    const res = await fetch(`${cmsUrl}/api/articles/${article.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${opts.token}` },
      // What « Publier » sends (an autosaved draft of the article, if any, does not hold it back).
      body: JSON.stringify({ title: `${article.title} (${marker})`, _status: 'published' }),
    })
    if (!res.ok) {
      failures.push(`edit ${n}: PATCH /api/articles/${article.id} answered ${res.status}`)
      continue
    }
    const deadline = startedAt + (opts.timeoutMs ?? 5 * 60_000)
    const live = await servedBefore(pageUrl, marker, deadline)
    const ms = Math.round(performance.now() - t0)
    if (!live) {
      failures.push(
        `edit ${n}: ${pageUrl} did not show the new title within ${Math.round((deadline - startedAt) / 1000)} s`,
      )
      continue
    }
    const build = await buildAfter(publisherUrl, startedAt)
    const buildStarted = build ? Date.parse(build.started) : NaN
    samples.push({
      ms,
      buildMs: build?.durationMs ?? null,
      waitMs: Number.isFinite(buildStarted) ? Math.max(0, buildStarted - startedAt) : null,
      release: build?.id ?? null,
    })
    say(
      `Publish → live (${opts.label}) ${n}/${opts.edits}: ${(ms / 1000).toFixed(1)} s (build ${((build?.durationMs ?? 0) / 1000).toFixed(1)} s)`,
    )
  }
  const after = await publisherIdle(publisherUrl)
  const times = samples.map((s) => s.ms)
  return {
    edits: opts.edits,
    samples,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    builds: after.history.filter((b) => !seen.has(b.id)).length,
    failures,
  }
}

export type BurstResult = {
  publishes: number
  /** From the first publish sent to the last one answered. */
  sendMs: number
  /** Builds the burst started (counted once the publisher is idle again). */
  builds: number
  /** First publish sent → the last title served. */
  liveMs: number | null
  failures: string[]
}

/**
 * A burst: `publishes` title changes of one article sent within `withinMs` (as an editor saving
 * again and again, or a bulk edit), then how many builds the publisher ran for them and when the
 * last title was live. The CMS debounce and the publisher's one-running + one-waiting rule should
 * turn the whole burst into at most 2 builds.
 */
export const measureBurst = async (opts: {
  cmsUrl: string
  siteUrl: string
  publisherUrl: string
  token: string
  article: { id: number | string; slug: string; title: string }
  publishes: number
  withinMs: number
  timeoutMs?: number
}): Promise<BurstResult> => {
  const { cmsUrl, siteUrl, publisherUrl, article } = opts
  const failures: string[] = []
  const seen = new Set((await publisherIdle(publisherUrl)).history.map((b) => b.id))
  const gap = opts.withinMs / opts.publishes
  const t0 = performance.now()
  let marker = ''
  for (let n = 1; n <= opts.publishes; n++) {
    const next = t0 + (n - 1) * gap
    if (performance.now() < next) await sleep(next - performance.now())
    marker = `burst-${Date.now().toString(36)}-${n}`
    const res = await fetch(`${cmsUrl}/api/articles/${article.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${opts.token}` },
      body: JSON.stringify({ title: `${article.title} (${marker})`, _status: 'published' }),
    })
    if (!res.ok) failures.push(`publish ${n}: PATCH answered ${res.status}`)
  }
  const sendMs = Math.round(performance.now() - t0)
  const deadline = Date.now() + (opts.timeoutMs ?? 5 * 60_000)
  const live = await servedBefore(`${siteUrl}/blog/${article.slug}/`, marker, deadline)
  const liveMs = live ? Math.round(performance.now() - t0) : null
  if (liveMs === null) failures.push('the last title of the burst was never served')
  // A build may still be waiting its turn after the title is live: let the queue empty first.
  await sleep(3000)
  const after = await publisherIdle(publisherUrl)
  const builds = after.history.filter((b) => !seen.has(b.id)).length
  say(`Burst of ${opts.publishes} publishes in ${(sendMs / 1000).toFixed(1)} s: ${builds} builds`)
  return { publishes: opts.publishes, sendMs, builds, liveMs, failures }
}
