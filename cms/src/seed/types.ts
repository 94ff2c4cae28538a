import type { LexicalNode } from './lexical'
import type { PdfSpec } from './pdf'

/** Resolves the symbolic references seed data uses (slugs, image keys) to document ids. */
export type Refs = {
  category: (slug: string) => number | string
  image: (key: string) => number | string
  whitePaper: (slug: string) => number | string
  webinar: (slug: string) => number | string
}

export type Author = { name: string; jobTitle: string }

export type ArticleSeed = {
  slug: string
  title: string
  excerpt: string
  category: string
  tags: string[]
  author: Author
  /** Key of an illustration in data/images.ts. */
  image: string
  /** Published that many days before the day the seed runs (Paris). */
  daysAgo: number
  related?: string[]
  /** Never published: stays a draft. */
  draft?: boolean
  body: (refs: Refs) => LexicalNode[]
}

export type WhitePaperSeed = {
  slug: string
  title: string
  summary: string
  image: string
  daysAgo: number
  learnings: string[]
  body: (refs: Refs) => LexicalNode[]
  pdf: PdfSpec
}

export type WebinarSeed = {
  slug: string
  title: string
  summary: string
  /** +1 = next Thursday to come, +2 the one after…; -1 = last Thursday gone, -2 the one before. */
  slot: number
  durationMinutes: number
  capacity?: number
  speakers: { name: string; role: string }[]
  status?: 'scheduled' | 'cancelled'
  replay?: boolean
  body: (refs: Refs) => LexicalNode[]
}

export type FreelancerSeed = {
  slug: string
  firstName: string
  lastInitial: string
  role: string
  specialties: string[]
  region: string
  cities: string
  /** YYYY-MM */
  joined: string
  story: string
  quote: string
  publicationConsent: boolean
  /** YYYY-MM-DD */
  consentDate?: string
}

export type PageSeed = {
  slug: string
  title: string
  description: string
  layout: (refs: Refs) => Record<string, unknown>[]
}
