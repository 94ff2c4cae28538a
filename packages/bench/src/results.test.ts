import { describe, expect, it } from 'vitest'
import { rowsOf, type Results } from './results'

const sample = (pagesRendered: number) => ({
  ms: 4000,
  buildMs: 3000,
  waitMs: 300,
  release: null,
  pagesRendered,
  pages: 1427,
})

describe('publish rows', () => {
  it('reports the pages re-rendered per publish, out of all the pages', () => {
    const results = {
      builds: [],
      generation: [],
      weight: [],
      lighthouse: [],
      memory: [],
      phases: [],
      problems: [],
      leads: { skipped: 'not measured' },
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
    } as unknown as Results
    const row = rowsOf(results).find((r) => r.label.startsWith('Pages re-rendered per publish'))
    expect(row).toMatchObject({ value: 12, unit: 'count' })
    expect(row?.note).toContain('of 1427 pages')
    expect(row?.note).toContain('max 1427')
  })
})
