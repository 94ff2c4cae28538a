import type { Payload } from 'payload'
import { RefMaps, Tally, type SeedRun } from './context'
import { seedArticles } from './steps/articles'
import { seedFreelancers } from './steps/freelancers'
import { seedMedia } from './steps/media'
import { seedPages, seedSiteSettings } from './steps/pages'
import { seedCategories } from './steps/taxonomy'
import { seedUsers } from './steps/users'
import { seedWebinars } from './steps/webinars'
import { seedWhitePapers } from './steps/whitePapers'

export type SeedOptions = {
  /** Create (or reset) the admin/editor/sales demo accounts. */
  demoUsers: boolean
  log?: (msg: string) => void
  /** The seed's "today" (webinar Thursdays, publication dates); tests may pin it. */
  now?: Date
}

export type SeedSummary = {
  counts: Record<string, { created: number; updated: number }>
  durationMs: number
}

/**
 * Idempotent demo content for Vitrine Office Services: every document is upserted by slug
 * (email for users, filename for uploads), so a second run updates in place and adds nothing.
 * Order matters: what is referenced is written first.
 */
export const seed = async (
  payload: Payload,
  { demoUsers, log = () => {}, now = new Date() }: SeedOptions,
): Promise<SeedSummary> => {
  const started = Date.now()
  const run: SeedRun = { payload, maps: new RefMaps(), tally: new Tally(), log, now }
  const steps: [string, (run: SeedRun) => Promise<void>][] = [
    ['categories', seedCategories],
    ['media', seedMedia],
    ['white papers', seedWhitePapers],
    ['webinars', seedWebinars],
    ['freelancers', seedFreelancers],
    ['articles', seedArticles],
    ['pages', seedPages],
    ['site settings', seedSiteSettings],
    ...(demoUsers
      ? ([['demo users', seedUsers]] as [string, (run: SeedRun) => Promise<void>][])
      : []),
  ]
  for (const [name, step] of steps) {
    const t = Date.now()
    await step(run)
    log(`seed: ${name} done in ${Date.now() - t} ms`)
  }
  for (const [collection, { created, updated }] of Object.entries(run.tally.rows)) {
    log(`seed: ${collection}: ${created} created, ${updated} updated`)
  }
  const durationMs = Date.now() - started
  log(`seed: finished in ${(durationMs / 1000).toFixed(1)} s`)
  return { counts: run.tally.rows, durationMs }
}
