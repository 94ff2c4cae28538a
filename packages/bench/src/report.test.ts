import { describe, expect, it } from 'vitest'
import { markdownTable, tally, verdict, type Row } from './report.ts'

const row = (value: number | null, target?: Row['target'], unit: Row['unit'] = 'ms'): Row => ({
  section: 'S',
  label: 'L',
  value,
  unit,
  target,
})

describe('verdict', () => {
  it('says by how much an upper bound is missed, in the unit and in %', () => {
    expect(verdict(row(16_800, { op: '<=', value: 10_000 }))).toEqual({
      status: 'miss',
      by: 'misses by 6.8 s (+68 %)',
    })
  })

  it('says how far a lower bound is short', () => {
    expect(verdict(row(120, { op: '>=', value: 300 }, 'req/s'))).toEqual({
      status: 'miss',
      by: 'short by 180 req/s (−60 %)',
    })
  })

  it('meets a bound exactly on the limit', () => {
    expect(verdict(row(4, { op: '<=', value: 4 }, 'ms/page')).status).toBe('ok')
    expect(verdict(row(0, { op: '=', value: 0 }, 'count')).status).toBe('ok')
  })

  it('counts the gap of an exact target without a percentage', () => {
    expect(verdict(row(12, { op: '=', value: 0 }, 'count'))).toEqual({
      status: 'miss',
      by: 'misses by 12',
    })
  })

  it('reports an unmeasured figure as skipped with its reason', () => {
    expect(
      verdict({ ...row(null, { op: '<=', value: 50 }), note: 'not measured: endpoint missing' }),
    ).toEqual({ status: 'skipped', reason: 'not measured: endpoint missing' })
  })
})

describe('markdownTable', () => {
  const rows: Row[] = [
    {
      section: 'Build',
      label: 'Per page',
      value: 5.5,
      unit: 'ms/page',
      target: { op: '<=', value: 4 },
    },
    {
      section: 'Leads',
      label: 'p99 | 50 req/s',
      value: 30,
      unit: 'ms',
      target: { op: '<=', value: 50 },
    },
    { section: 'Memory', label: 'CMS', value: 312.4, unit: 'MB', note: 'VmHWM' },
    { section: 'Leads', label: 'endpoint', value: null, unit: 'ms', note: 'not measured: 404' },
  ]
  const lines = markdownTable(rows).split('\n')

  it('has a header, a separator and one line per row, each with five cells', () => {
    expect(lines).toHaveLength(2 + rows.length)
    for (const line of lines) expect(line.split(/(?<!\\)\|/).length - 2).toBe(5)
  })

  it('puts the target next to each value and the miss after it', () => {
    expect(lines[2]).toBe(
      '| Build | Per page | 5.50 ms/page | ≤ 4.00 ms/page | ❌ misses by 1.50 ms/page (+38 %) |',
    )
    expect(lines[3]).toContain('| ✅ met |')
    expect(lines[4]).toBe('| Memory | CMS | 312 MB | — | VmHWM |')
    expect(lines[5]).toBe('| Leads | endpoint | — | — | ⏭ not measured: 404 |')
  })

  it('escapes pipes inside cells', () => {
    expect(lines[3]).toContain('p99 \\| 50 req/s')
  })

  it('tallies met, missed and skipped rows', () => {
    expect(tally(rows)).toEqual({ met: 1, missed: 1, skipped: 1 })
  })
})
