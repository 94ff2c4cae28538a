// Lighthouse (default config = mobile: Moto G Power emulation, simulated slow 4G) with Debian's
// chromium, `runs` times per page; the report keeps the median score of each category.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumPath } from '@vitrine/devkit/chromium'
import { say } from '../../../scripts/dev/lib/proc.ts'
import { median } from './stats.ts'

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof categories)[number]

export type LighthousePage = {
  type: string
  url: string
  runs: number
  /** Median of the runs, 0–100. */
  scores: Record<Category, number>
  /** Every run's scores, in order. */
  all: Record<Category, number>[]
  /** Audits below a perfect score in at least one run, per category: what stands between the page and 100. */
  shortfalls: Partial<Record<Category, string[]>>
}

type Lhr = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string }>
  runtimeError?: { message: string }
}

export const runLighthouse = async (
  pages: { type: string; url: string }[],
  runs: number,
): Promise<LighthousePage[]> => {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
    ],
  })
  try {
    const results: LighthousePage[] = []
    for (const page of pages) {
      const all: Record<Category, number>[] = []
      const shortfalls: Partial<Record<Category, Set<string>>> = {}
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(page.url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...categories],
          // Screenshots weigh nothing in any score; the full-page one alone took 1.8 s a run.
          disableFullPageScreenshot: true,
          skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
        })
        const lhr = result?.lhr as unknown as Lhr | undefined
        if (!lhr || lhr.runtimeError)
          throw new Error(
            `Lighthouse on ${page.url} failed: ${lhr?.runtimeError?.message ?? 'no result'}`,
          )
        const scores = Object.fromEntries(
          categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
        ) as Record<Category, number>
        all.push(scores)
        for (const c of categories) {
          for (const ref of lhr.categories[c]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id]
            if (
              ref.weight > 0 &&
              audit &&
              audit.score !== null &&
              audit.score < 1 &&
              audit.scoreDisplayMode !== 'informative'
            ) {
              ;(shortfalls[c] ??= new Set()).add(ref.id)
            }
          }
        }
        say(
          `Lighthouse ${page.type} (${i + 1}/${runs}): ${categories.map((c) => `${c} ${scores[c]}`).join(', ')}`,
        )
      }
      results.push({
        ...page,
        runs,
        scores: Object.fromEntries(
          categories.map((c) => [c, median(all.map((s) => s[c]))]),
        ) as Record<Category, number>,
        all,
        shortfalls: Object.fromEntries(Object.entries(shortfalls).map(([c, set]) => [c, [...set]])),
      })
    }
    return results
  } finally {
    chrome.kill()
  }
}
