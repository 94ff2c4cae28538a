// The « Publish → live » rows of the report: the one-article series of each site, the pages each
// publish re-rendered, the burst, the site-wide edit. Pure.
import type { Row } from './report.ts'
import type { Results } from './results.ts'
import { percentile } from './stats.ts'

// Issue 16's targets.
/** One-article edit → live, p50, on the seeded site. */
const SEEDED_P50_MS = 3_000
/** One-article edit → live, p50, on a synthetic site (stated at 1,000 and 5,000 articles). */
const SYNTHETIC_P50_MS = 5_000
/** A site-wide edit (menu label) → live, at 1,000 articles. */
const SITE_WIDE_MS = 30_000

const seconds = (ms: number | null | undefined) =>
  typeof ms === 'number' ? `${(ms / 1000).toFixed(1)} s` : '?'

/** Results older than the `articles` field name the seeded site « seeded site (N pages) ». */
const isSeeded = (p: Results['publish'][number]) =>
  p.articles === undefined && p.site.startsWith('seeded')

export const publishRows = (r: Results): Row[] => {
  const rows: Row[] = []
  const add = (row: Row) => rows.push(row)
  for (const p of r.publish) {
    const fails = p.failures.length ? `, ${p.failures.length} failed` : ''
    const p50 = (pick: (s: (typeof p.samples)[number]) => number | null | undefined) => {
      const values = p.samples.map(pick).filter((v): v is number => typeof v === 'number')
      return values.length ? seconds(percentile(values, 50)) : '?'
    }
    const siteBuild = p.samples.some((s) => s.siteBuildMs)
      ? ` (build-site alone ${p50((s) => s.siteBuildMs)}; the rest: checks, precompression, switch)`
      : ''
    // A long-lived renderer's releases: the search index follows in a release of its own.
    const search = p.samples.some((s) => s.searchMs)
      ? `; search index live ${p50((s) => s.searchMs)} after the pages`
      : ''
    add({
      section: 'Publish → live',
      label: `p50, ${p.site} (${p.samples.length} edit${p.samples.length === 1 ? '' : 's'}${fails})`,
      value: p.p50,
      unit: 'ms',
      target: { op: '<=', value: isSeeded(p) ? SEEDED_P50_MS : SYNTHETIC_P50_MS },
      note: `p50s: edit → build start ${p50((s) => s.waitMs)}, publisher build ${p50((s) => s.buildMs)}${siteBuild}${search}`,
    })
    const rendered = p.samples.map((s) => s.pagesRendered).filter((v) => typeof v === 'number')
    if (rendered.length)
      add({
        section: 'Publish → live',
        label: `Pages re-rendered per publish, p50, ${p.site}`,
        value: percentile(rendered as number[], 50),
        unit: 'count',
        note: `of ${p.samples.find((s) => s.pages)?.pages ?? '?'} pages (the others reused from the previous release); max ${Math.max(...(rendered as number[]))}`,
      })
    // One sample has no spread to report (--quick edits each synthetic site once).
    if (p.samples.length > 1)
      add({
        section: 'Publish → live',
        label: `p95, ${p.site}`,
        value: p.p95,
        unit: 'ms',
        note: `${p.builds} builds for ${p.edits} edits`,
      })
  }
  for (const w of r.siteWide ?? []) {
    const rendered =
      w.pagesRendered === undefined
        ? 'pages re-rendered unknown (no incremental stats)'
        : `${w.pagesRendered} of ${w.pages ?? '?'} pages re-rendered`
    add({
      section: 'Publish → live',
      label: `Site-wide edit (${w.what}) → live, ${w.articles.toLocaleString('en-US')} articles`,
      value: w.ms,
      unit: 'ms',
      target: { op: '<=', value: SITE_WIDE_MS },
      note:
        w.ms === null
          ? w.failures.join('; ') || 'not measured'
          : `${rendered}; edit → build start ${seconds(w.waitMs)}, publisher build ${seconds(w.buildMs)}${w.siteBuildMs ? ` (build-site alone ${seconds(w.siteBuildMs)})` : ''}; polled ${w.page}; label ${w.restored ? 'restored after' : 'not restored (the synthetic site is discarded after the run)'}`,
    })
  }
  if (r.burst) {
    const b = r.burst
    add({
      section: 'Publish → live',
      label: `Builds for a burst of ${b.publishes} publishes (sent in ${(b.sendMs / 1000).toFixed(1)} s), seeded site`,
      value: b.builds,
      unit: 'count',
      target: { op: '<=', value: 2 },
      note: `last title live ${b.liveMs === null ? 'never' : `${(b.liveMs / 1000).toFixed(1)} s after the first publish`}${b.failures.length ? `; ${b.failures.join('; ')}` : ''}`,
    })
  }
  return rows
}
