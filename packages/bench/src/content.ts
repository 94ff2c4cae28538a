// Synthetic content for the benchmarks: deterministic (seeded PRNG), French, shaped like what the
// marketing team writes. Pure: no Payload here, so it can be unit-tested. Rich text is built with
// the seed's own Lexical builder, so the JSON is exactly what the editor would store.
import {
  block,
  doc,
  h2,
  h3,
  ol,
  p,
  ul,
  type LexicalDoc,
  type LexicalNode,
} from '@vitrine/cms/seed/lexical'
import { slugify } from '@vitrine/cms/slugify'
import { expertiseAreas, regions, serviceRoles } from '@vitrine/contracts'
import {
  actions,
  angles,
  complements,
  endings,
  links,
  objects,
  subjects,
  syntheticAuthors,
  tags,
  verbs,
} from './words.ts'

export { extraCategories, syntheticAuthors } from './words.ts'

export type Rng = () => number

/** mulberry32: small, fast, good enough for filler text; same seed → same site. */
export const rng = (seed: number): Rng => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(r: Rng, items: readonly T[]): T => items[Math.floor(r() * items.length)]!
const between = (r: Rng, min: number, max: number) => min + Math.floor(r() * (max - min + 1))

/** How much of everything a site of N articles has (documented in the README). */
export const proportions = (articles: number) => ({
  articles,
  whitePapers: Math.ceil(articles / 50),
  webinars: Math.ceil(articles / 25),
  freelancers: Math.ceil(articles / 8),
  /** Distinct hero images, reused across articles (each upload encodes 8 variants): at most 200. */
  images: Math.min(200, Math.max(12, Math.ceil(articles / 40))),
})

const sentence = (r: Rng): string => {
  let s = `${pick(r, subjects)} ${pick(r, verbs)} ${pick(r, complements)}${pick(r, endings)}`
  const roll = r()
  if (roll < 0.12) s = s.replace(/ en ([^.,]+)/, ' en **$1**')
  else if (roll < 0.2) s = s.replace(/ en ([^.,]+)/, ' en *$1*')
  else if (roll < 0.26)
    s = s.replace(/ en ([^.,]+)/, (_, m: string) => ` en [${m}](${pick(r, links)})`)
  return s
}

export const paragraphText = (r: Rng, sentences = between(r, 3, 5)) =>
  Array.from({ length: sentences }, () => sentence(r)).join(' ')

export const titleFor = (r: Rng) => `${pick(r, actions)} ${pick(r, objects)} : ${pick(r, angles)}`

export type BlockRefs = { whitePapers: (number | string)[]; webinars: (number | string)[] }

const embeddedBlock = (r: Rng, refs: BlockRefs): LexicalNode => {
  const roll = r()
  if (roll < 0.3)
    return block('ctaBanner', {
      title: `${pick(r, actions)} ${pick(r, objects)} avec nous`,
      text: paragraphText(r, 1),
      buttonLabel: 'Demander un diagnostic gratuit',
      buttonUrl: '/diagnostic-gratuit/',
      style: pick(r, ['brand', 'light']),
    })
  if (roll < 0.5)
    return block('quote', {
      style: pick(r, ['quote', 'tip', 'warning']),
      text: paragraphText(r, 2),
      author: 'Une cliente du réseau',
      role: 'Dirigeante de TPE',
    })
  if (roll < 0.65)
    return block('valueProps', {
      title: 'Ce que cela change',
      items: ['clock', 'euro', 'shield'].map((icon) => ({
        icon,
        title: `${pick(r, actions)} ${pick(r, objects)}`,
        text: sentence(r),
      })),
    })
  if (roll < 0.85 && refs.whitePapers.length)
    return block('whitePaperPromo', { whitePaper: pick(r, refs.whitePapers) })
  if (refs.webinars.length) return block('webinarPromo', { webinar: pick(r, refs.webinars) })
  return block('quote', { style: 'tip', text: paragraphText(r, 2) })
}

/** An article body: intro, 4–6 sections (h2, sometimes h3), lists, 1–2 embedded blocks. */
export const articleBody = (r: Rng, key: string, refs: BlockRefs): LexicalDoc => {
  const nodes: LexicalNode[] = [p(paragraphText(r)), p(paragraphText(r))]
  const sections = between(r, 4, 6)
  const blockAt = new Set([between(r, 1, sections - 1), ...(r() < 0.5 ? [sections] : [])])
  for (let s = 1; s <= sections; s++) {
    nodes.push(h2(`${s}. ${pick(r, actions)} ${pick(r, objects)}`))
    for (let k = between(r, 1, 2); k > 0; k--) nodes.push(p(paragraphText(r)))
    if (r() < 0.3)
      nodes.push(
        h3(`${pick(r, angles)[0]!.toUpperCase()}${pick(r, angles).slice(1)}`),
        p(paragraphText(r)),
      )
    if (r() < 0.4) {
      const items = Array.from({ length: between(r, 3, 6) }, () => sentence(r))
      nodes.push(r() < 0.6 ? ul(items) : ol(items))
    }
    if (blockAt.has(s)) nodes.push(embeddedBlock(r, refs))
  }
  return doc(nodes, key)
}

/** Words in a Lexical document (text nodes only), for checking that bodies look like articles. */
export const wordCount = (node: unknown): number => {
  if (!node || typeof node !== 'object') return 0
  const n = node as { text?: unknown; children?: unknown[]; root?: unknown }
  if (typeof n.text === 'string') return n.text.split(/\s+/).filter(Boolean).length
  if (n.root) return wordCount(n.root)
  return (n.children ?? []).reduce<number>((sum, child) => sum + wordCount(child), 0)
}

export type ArticleInput = {
  title: string
  slug: string
  excerpt: string
  category: string
  tags: string[]
  author: { name: string; jobTitle: string }
  image: number
  daysAgo: number
  draft: boolean
  body: LexicalDoc
}

/** The i-th synthetic article (deterministic in `i`), its category picked among `categories`. */
export const syntheticArticle = (
  i: number,
  categories: string[],
  images: number,
  refs: BlockRefs,
): ArticleInput => {
  const r = rng(0x5eed + i * 7919)
  const title = titleFor(r)
  const excerpt = paragraphText(r, 2)
    .replace(/\*|\[|\]\([^)]*\)/g, '')
    .slice(0, 300)
  return {
    title,
    slug: `${slugify(title).slice(0, 70).replace(/-+$/, '')}-${i}`,
    excerpt,
    category: pick(r, categories),
    tags: [...new Set([pick(r, tags), pick(r, tags)])],
    author: pick(r, syntheticAuthors),
    image: i % images,
    daysAgo: 1 + Math.floor(r() * 1800),
    draft: r() < 0.01,
    body: articleBody(r, `bench:article:${i}`, refs),
  }
}

export const syntheticFreelancer = (i: number) => {
  const r = rng(0xf7ee + i * 104729)
  const firstName = pick(r, [
    'Anne',
    'Bruno',
    'Chloé',
    'David',
    'Emma',
    'Farid',
    'Gaëlle',
    'Hélène',
    'Inès',
    'Jules',
    'Karine',
    'Louis',
    'Manon',
    'Nicolas',
    'Océane',
    'Pauline',
  ])
  const lastInitial = pick(r, [...'ABCDEFGHJLMNPRSTV'])
  const role = pick(r, serviceRoles)
  return {
    slug: `${slugify(`${firstName}-${lastInitial}-${role}`)}-${i}`,
    firstName,
    lastInitial,
    role,
    specialties: [...new Set([pick(r, expertiseAreas), pick(r, expertiseAreas)])],
    region: pick(r, regions),
    cities: pick(r, [
      'Lyon',
      'Nantes',
      'Lille',
      'Bordeaux',
      'Rennes',
      'Paris',
      'Toulouse',
      'Dijon',
    ]),
    joinedYearsAgo: between(r, 0, 8),
    story: paragraphText(r, 5)
      .replace(/\*|\[|\]\([^)]*\)/g, '')
      .slice(0, 1100),
    quote: sentence(r).replace(/\*|\[|\]\([^)]*\)/g, ''),
  }
}

export const syntheticWebinar = (i: number) => {
  const r = rng(0x3eb1 + i * 15485863)
  return {
    title: `Webinaire : ${pick(r, actions).toLowerCase()} ${pick(r, objects)}`,
    slug: `webinaire-bench-${i}`,
    summary: paragraphText(r, 2)
      .replace(/\*|\[|\]\([^)]*\)/g, '')
      .slice(0, 300),
    /** Every 4th is to come; the rest are past, most with a replay. */
    weeksFromNow: i % 4 === 0 ? 1 + Math.floor(i / 4) : -(1 + i),
    durationMinutes: pick(r, [30, 45, 60]),
    speakers: [{ name: pick(r, syntheticAuthors).name, role: 'Vitrine Office Services' }],
    description: doc(
      [p(paragraphText(r)), h2('Au programme'), ul(Array.from({ length: 4 }, () => sentence(r)))],
      `bench:webinar:${i}`,
    ),
  }
}

export const syntheticWhitePaper = (i: number) => {
  const r = rng(0x7a9e + i * 32452843)
  const title = `Guide pratique : ${pick(r, actions).toLowerCase()} ${pick(r, objects)}`
  return {
    title,
    slug: `livre-blanc-bench-${i}`,
    summary: paragraphText(r, 2)
      .replace(/\*|\[|\]\([^)]*\)/g, '')
      .slice(0, 380),
    learnings: Array.from({ length: 4 }, () => sentence(r).replace(/\*|\[|\]\([^)]*\)/g, '')),
    body: doc(
      [
        p(paragraphText(r)),
        h2('Ce que contient ce guide'),
        p(paragraphText(r)),
        ul(Array.from({ length: 5 }, () => sentence(r))),
      ],
      `bench:white-paper:${i}`,
    ),
  }
}
