import { describe, expect, it } from 'vitest'
import {
  articleBody,
  proportions,
  rng,
  syntheticArticle,
  syntheticFreelancer,
  wordCount,
} from './content.ts'

const categories = ['organisation', 'rh', 'finance-tresorerie', 'juridique']
const refs = { whitePapers: [11, 12], webinars: [21, 22] }

type Node = { type: string; tag?: string; children?: Node[]; fields?: Record<string, unknown> }
const walk = (node: Node, visit: (n: Node) => void) => {
  visit(node)
  for (const child of node.children ?? []) walk(child, visit)
}

describe('synthetic articles', () => {
  const articles = Array.from({ length: 200 }, (_, i) => syntheticArticle(i, categories, 25, refs))

  it('are the same for the same index (a rerun builds the same site)', () => {
    expect(syntheticArticle(42, categories, 25, refs)).toEqual(articles[42])
  })

  it('have unique slugs made of lowercase words', () => {
    expect(new Set(articles.map((a) => a.slug)).size).toBe(articles.length)
    for (const a of articles) expect(a.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('fit the CMS fields: excerpt ≤ 320 characters, known category, an image among those uploaded', () => {
    for (const a of articles) {
      expect(a.excerpt.length).toBeGreaterThan(40)
      expect(a.excerpt.length).toBeLessThanOrEqual(320)
      expect(categories).toContain(a.category)
      expect(a.image).toBeGreaterThanOrEqual(0)
      expect(a.image).toBeLessThan(25)
    }
  })

  it('read like articles: several h2 sections, paragraphs, lists and embedded blocks across the set', () => {
    const counts = { h2: 0, list: 0, block: 0, blockTypes: new Set<string>() }
    for (const a of articles) {
      const words = wordCount(a.body)
      expect(words).toBeGreaterThan(300)
      expect(words).toBeLessThan(2500)
      walk(a.body.root as Node, (n) => {
        if (n.type === 'heading' && n.tag === 'h2') counts.h2++
        if (n.type === 'list') counts.list++
        if (n.type === 'block') {
          counts.block++
          counts.blockTypes.add(String(n.fields?.blockType))
        }
      })
    }
    expect(counts.h2 / articles.length).toBeGreaterThanOrEqual(4)
    expect(counts.list).toBeGreaterThan(articles.length / 2)
    expect(counts.block).toBeGreaterThanOrEqual(articles.length)
    expect([...counts.blockTypes].sort()).toEqual([
      'ctaBanner',
      'quote',
      'valueProps',
      'webinarPromo',
      'whitePaperPromo',
    ])
  })

  it('give every embedded block an id and point promos at existing documents', () => {
    walk(articleBody(rng(7), 'k', refs).root as Node, (n) => {
      if (n.type !== 'block') return
      expect(n.fields?.id).toMatch(/^[0-9a-f]{24}$/)
      if (n.fields?.blockType === 'whitePaperPromo')
        expect(refs.whitePapers).toContain(n.fields.whitePaper)
      if (n.fields?.blockType === 'webinarPromo') expect(refs.webinars).toContain(n.fields.webinar)
    })
  })
})

describe('proportions', () => {
  it('keep images at 200 at most and scale the other collections with the articles', () => {
    expect(proportions(1000)).toEqual({
      articles: 1000,
      whitePapers: 20,
      webinars: 40,
      freelancers: 125,
      images: 25,
    })
    expect(proportions(100_000).images).toBe(200)
  })
})

describe('synthetic freelancers', () => {
  it('stay within the CMS limits (story ≤ 1,200 characters, at least one specialty)', () => {
    for (let i = 0; i < 50; i++) {
      const f = syntheticFreelancer(i)
      expect(f.story.length).toBeLessThanOrEqual(1200)
      expect(f.specialties.length).toBeGreaterThan(0)
    }
  })
})
