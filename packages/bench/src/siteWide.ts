// A site-wide edit → live: an editor renames the first entry of the main menu (the `navigation`
// array of the site-settings global, shown in every page's header) through the REST API; we poll
// an article page — far from home, so only the menu change can put the label there — until the
// new label is served. Every page reads the menu, so every page renders again.
import { say } from '../../../scripts/dev/lib/proc.ts'
import { buildAfter, publisherIdle, servedBefore } from './publish.ts'

export type SiteWideResult = {
  articles: number
  what: 'menu label'
  /** Path of the page polled. */
  page: string
  /** Edit sent → new label served; null when it was not (see `failures`). */
  ms: number | null
  /** Edit sent → the build start, and the publisher's build record (as in a publish sample). */
  waitMs: number | null
  buildMs: number | null
  release: string | null
  /** build-site.ts alone and its incremental figures, from the harness's build log. */
  siteBuildMs?: number
  pagesRendered?: number
  pages?: number
  /** Whether the original label was put back (and published) afterwards. */
  restored: boolean
  failures: string[]
}

type MenuEntry = { id?: string; label: string; url: string; style?: string | null }

export const measureSiteWideEdit = async (opts: {
  articles: number
  cmsUrl: string
  siteUrl: string
  publisherUrl: string
  token: string
  /** An article's slug: its page is the one polled. */
  slug: string
  timeoutMs?: number
}): Promise<SiteWideResult> => {
  const { cmsUrl, publisherUrl, token } = opts
  const page = `/blog/${opts.slug}/`
  const result: SiteWideResult = {
    articles: opts.articles,
    what: 'menu label',
    page,
    ms: null,
    waitMs: null,
    buildMs: null,
    release: null,
    restored: false,
    failures: [],
  }
  const headers = { 'content-type': 'application/json', authorization: `JWT ${token}` }
  const settingsUrl = `${cmsUrl}/api/globals/site-settings`
  const current = await fetch(`${settingsUrl}?depth=0`, { headers })
  if (!current.ok) {
    result.failures.push(`GET ${settingsUrl} answered ${current.status}`)
    return result
  }
  const menu = ((await current.json()) as { navigation?: MenuEntry[] }).navigation ?? []
  if (!menu[0]) {
    result.failures.push(`the site-settings global at ${settingsUrl} has no menu entry to rename`)
    return result
  }
  await publisherIdle(publisherUrl)
  const marker = `Menu-bench-${Date.now().toString(36)}`
  const t0 = performance.now()
  const startedAt = Date.now()
  // The whole array goes back (entry ids kept): a partial array would replace the menu.
  const res = await fetch(settingsUrl, {
    method: 'POST',
    headers,
    body: JSON.stringify({ navigation: [{ ...menu[0], label: marker }, ...menu.slice(1)] }),
  })
  if (!res.ok) {
    result.failures.push(`POST ${settingsUrl} (menu label) answered ${res.status}`)
    return result
  }
  const deadline = startedAt + (opts.timeoutMs ?? 5 * 60_000)
  if (!(await servedBefore(`${opts.siteUrl}${page}`, marker, deadline))) {
    result.failures.push(
      `${opts.siteUrl}${page} did not show the new menu label within ${Math.round((deadline - startedAt) / 1000)} s`,
    )
    return result
  }
  result.ms = Math.round(performance.now() - t0)
  const build = await buildAfter(publisherUrl, startedAt)
  result.release = build?.id ?? null
  result.buildMs = build?.durationMs ?? null
  const buildStarted = build ? Date.parse(build.started) : NaN
  result.waitMs = Number.isFinite(buildStarted) ? Math.max(0, buildStarted - startedAt) : null
  say(
    `Site-wide edit (menu label, ${opts.articles} articles): live in ${(result.ms / 1000).toFixed(1)} s (build ${((result.buildMs ?? 0) / 1000).toFixed(1)} s)`,
  )
  await publisherIdle(publisherUrl)
  return result
}
