import { describe, expect, it } from 'vitest'
import { verdict, type Row } from './report'
import { rowsOf, type BuildFigures, type Results } from './results'

const sample = (pagesRendered: number, ms = 4000) => ({
  ms,
  buildMs: 3000,
  waitMs: 300,
  release: null,
  pagesRendered,
  pages: 1427,
})

const results = (part: Partial<Results>): Results =>
  ({
    mode: 'full',
    builds: [],
    generation: [],
    weight: [],
    lighthouse: [],
    memory: [],
    phases: [],
    problems: [],
    leads: { skipped: 'not measured' },
    publish: [],
    ...part,
  }) as unknown as Results

const find = (rows: Row[], start: string) => {
  const row = rows.find((r) => r.label.startsWith(start))
  if (!row) throw new Error(`no row "${start}…" in ${rows.map((r) => r.label).join(' / ')}`)
  return row
}

const series = (site: string, ms: number[], articles?: number) => ({
  site,
  ...(articles ? { articles } : {}),
  edits: ms.length,
  samples: ms.map((m) => sample(9, m)),
  p50: [...ms].sort((a, b) => a - b)[Math.ceil(ms.length / 2) - 1]!,
  p95: Math.max(...ms),
  builds: ms.length,
  failures: [],
})

describe('publish rows', () => {
  it('reports the pages re-rendered per publish, out of all the pages', () => {
    const r = results({
      publish: [
        {
          site: '1,000 articles',
          edits: 3,
          samples: [sample(9), sample(12), sample(1427)],
          p50: 4000,
          p95: 4000,
          builds: 3,
          failures: [],
        },
      ],
    })
    const row = find(rowsOf(r), 'Pages re-rendered per publish')
    expect(row).toMatchObject({ value: 12, unit: 'count' })
    expect(row?.note).toContain('of 1427 pages')
    expect(row?.note).toContain('max 1427')
  })

  it('holds the seeded site to 3 s and each synthetic size to 5 s, with the miss', () => {
    const rows = rowsOf(
      results({
        publish: [
          series('seeded site (78 pages)', [3500, 3600]),
          series('1,000 articles', [4200, 4800], 1000),
          series('5,000 articles', [7000, 8000], 5000),
        ],
      }),
    )
    const seeded = find(rows, 'p50, seeded site')
    expect(seeded.target).toEqual({ op: '<=', value: 3000 })
    expect(verdict(seeded)).toEqual({ status: 'miss', by: 'misses by 500 ms (+17 %)' })
    const thousand = find(rows, 'p50, 1,000 articles')
    expect(thousand.target).toEqual({ op: '<=', value: 5000 })
    expect(verdict(thousand).status).toBe('ok')
    const five = find(rows, 'p50, 5,000 articles')
    expect(five.target).toEqual({ op: '<=', value: 5000 })
    expect(verdict(five)).toEqual({ status: 'miss', by: 'misses by 2.0 s (+40 %)' })
  })

  it('shows a pages re-rendered row for every size that published', () => {
    const rows = rowsOf(
      results({
        publish: [series('1,000 articles', [4000], 1000), series('5,000 articles', [6000], 5000)],
      }),
    )
    expect(
      rows.filter((r) => r.label.startsWith('Pages re-rendered per publish')).map((r) => r.label),
    ).toEqual([
      'Pages re-rendered per publish, p50, 1,000 articles',
      'Pages re-rendered per publish, p50, 5,000 articles',
    ])
  })
})

describe('site-wide edit row', () => {
  const siteWide = (ms: number | null, failures: string[] = []) => ({
    articles: 1000,
    what: 'menu label' as const,
    page: '/blog/some-article/',
    ms,
    waitMs: 600,
    buildMs: 21_000,
    siteBuildMs: 19_000,
    release: 'r1',
    pagesRendered: 1420,
    pages: 1427,
    restored: false,
    failures,
  })

  it('holds a menu-label edit to 30 s live and says how many pages it re-rendered', () => {
    const rows = rowsOf(results({ siteWide: [siteWide(34_000)] }))
    const row = find(rows, 'Site-wide edit (menu label) → live, 1,000 articles')
    expect(row).toMatchObject({ value: 34_000, unit: 'ms', target: { op: '<=', value: 30_000 } })
    expect(verdict(row)).toEqual({ status: 'miss', by: 'misses by 4.0 s (+13 %)' })
    expect(row.note).toContain('1420 of 1427 pages re-rendered')
    expect(row.note).toContain('/blog/some-article/')
    expect(row.note).toContain('label not restored')
    expect(verdict({ ...row, value: 29_000 }).status).toBe('ok')
  })

  it('is listed as not measured, with the reason, when the label never showed', () => {
    const rows = rowsOf(
      results({ siteWide: [siteWide(null, ['the new label was not served within 300 s'])] }),
    )
    const row = find(rows, 'Site-wide edit (menu label) → live')
    expect(verdict(row)).toEqual({
      status: 'skipped',
      reason: 'the new label was not served within 300 s',
    })
  })
})

describe('build rows', () => {
  const build = (articles: number, msPerPage: number, baselineMsPerPage: number) =>
    ({
      articles,
      cold: {
        label: null,
        release: null,
        outDir: null,
        startedAt: '',
        wallMs: 1000,
        exitCode: 0,
        peakTreeBytes: 0,
        stats: null,
      },
      baseline: { wallMs: 100, pages: 10, peakTreeBytes: 0 },
      msPerPage,
      baselineMsPerPage,
      ratioPerPage: msPerPage / baselineMsPerPage,
      ratioTotal: 1,
    }) satisfies BuildFigures

  it('compares the cold build per page to 5 ms and to twice bare Astro', () => {
    const rows = rowsOf(results({ builds: [build(1000, 6, 2.5), build(5000, 4.5, 2)] }))
    const perPage = find(rows, 'Per page, 5,000 articles')
    expect(perPage.target).toEqual({ op: '<=', value: 5 })
    expect(verdict(perPage).status).toBe('ok')
    expect(verdict(find(rows, 'Per page, 1,000 articles'))).toEqual({
      status: 'miss',
      by: 'misses by 1.00 ms/page (+20 %)',
    })
    const ratio1k = find(rows, 'Ours / bare Astro per page, 1,000')
    expect(ratio1k.target).toEqual({ op: '<=', value: 2 })
    expect(verdict(ratio1k)).toEqual({ status: 'miss', by: 'misses by 0.40× (+20 %)' })
    expect(verdict(find(rows, 'Ours / bare Astro per page, 5,000'))).toEqual({
      status: 'miss',
      by: 'misses by 0.25× (+13 %)',
    })
  })

  it('says how many pages each rebuild rendered and reused', () => {
    const stats = (rendered: number, reused: number) => ({
      buildMs: 900,
      pages: 1427,
      media: { files: 0, downloaded: 0, downloadedBytes: 0 },
      incremental: { rendered, reused },
    })
    const b = build(1000, 6, 2.5)
    const rows = rowsOf(
      results({
        builds: [
          {
            ...b,
            rebuildNoChange: { ...b.cold, stats: stats(12, 1419), imagesEncoded: 0 },
            rebuildOneChange: {
              ...b.cold,
              stats: stats(15, 1416),
              imagesEncoded: 0,
              changedTitleLive: true,
            },
          },
        ],
      }),
    )
    expect(find(rows, 'No change, 1,000 articles').note).toContain('12 rendered, 1419 reused')
    expect(find(rows, 'One article changed, 1,000 articles').note).toContain(
      '15 rendered, 1416 reused',
    )
  })

  it('holds the peak RSS of the 5,000-article site build to 1.5 GB, other sizes shown only', () => {
    const rows = rowsOf(
      results({
        memory: [
          {
            name: 'site build, 1000 articles',
            peakRssMb: 900,
            how: 'tree',
            siteBuildArticles: 1000,
          },
          {
            name: 'site build, 5000 articles',
            peakRssMb: 2800,
            how: 'tree',
            siteBuildArticles: 5000,
          },
          { name: 'CMS, 5000 articles', peakRssMb: 400, how: 'VmHWM' },
        ],
      }),
    )
    const big = find(rows, 'Peak RSS, site build, 5000 articles')
    expect(big.target).toEqual({ op: '<=', value: 1536 })
    expect(verdict(big)).toEqual({ status: 'miss', by: 'misses by 1264 MB (+82 %)' })
    expect(find(rows, 'Peak RSS, site build, 1000 articles').target).toBeUndefined()
    expect(find(rows, 'Peak RSS, CMS, 5000 articles').target).toBeUndefined()
  })
})

describe('lead CPU rows', () => {
  const leads = (cpu: unknown) =>
    results({
      leads: { emailPath: { skipped: 'not measured' }, runs: [], cpu },
    } as unknown as Partial<Results>)

  it('reports the CPU one lead costs the web process and the worker, with what was counted', () => {
    const rows = rowsOf(
      leads({ leads: 750, webMsPerLead: 4.25, workerMsPerLead: 43.1, mailsDelivered: 1522 }),
    )
    expect(find(rows, 'CPU per lead, CMS web process')).toMatchObject({ value: 4.25, unit: 'ms' })
    const worker = find(rows, 'CPU per lead, jobs worker')
    expect(worker).toMatchObject({ value: 43.1, unit: 'ms' })
    expect(worker.note).toContain('750 leads')
    expect(worker.note).toContain('1522 in the catcher')
  })

  it('has no worker row when no separate worker ran', () => {
    const rows = rowsOf(
      leads({ leads: 750, webMsPerLead: 9, workerMsPerLead: null, mailsDelivered: 1500 }),
    )
    expect(find(rows, 'CPU per lead, CMS web process').value).toBe(9)
    expect(rows.some((r) => r.label.startsWith('CPU per lead, jobs worker'))).toBe(false)
  })
})
