import type { Payload } from 'payload'
import type { Id } from '@vitrine/contracts/ids'
import type { Refs } from './types'

export type { Id }

/** Counts what each step created and updated, for the log and the tests. */
export class Tally {
  readonly rows: Record<string, { created: number; updated: number }> = {}
  add(collection: string, created: boolean) {
    const row = (this.rows[collection] ??= { created: 0, updated: 0 })
    if (created) row.created++
    else row.updated++
  }
}

/** slug/key → id maps behind `Refs`; a missing key is a bug in the seed data, so it throws. */
export class RefMaps {
  readonly categories = new Map<string, Id>()
  readonly images = new Map<string, Id>()
  readonly whitePapers = new Map<string, Id>()
  readonly webinars = new Map<string, Id>()
  readonly articles = new Map<string, Id>()

  private static get(map: Map<string, Id>, kind: string, key: string): Id {
    const id = map.get(key)
    if (id === undefined) throw new Error(`seed: unknown ${kind} "${key}" referenced in seed data`)
    return id
  }

  readonly refs: Refs = {
    category: (slug) => RefMaps.get(this.categories, 'category', slug),
    image: (key) => RefMaps.get(this.images, 'image', key),
    whitePaper: (slug) => RefMaps.get(this.whitePapers, 'white paper', slug),
    webinar: (slug) => RefMaps.get(this.webinars, 'webinar', slug),
  }

  article(slug: string): Id {
    return RefMaps.get(this.articles, 'article', slug)
  }
}

export type SeedRun = {
  payload: Payload
  maps: RefMaps
  tally: Tally
  log: (msg: string) => void
  now: Date
}

/** SEO description: the first 160 characters, cut on a word. */
export const metaDescription = (text: string, max = 160): string => {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`
}
