// The demo seed: idempotent (a second run changes no count and no slug), rich enough for the site
// (published articles in several categories, upcoming Thursday lives, white papers with their PDF),
// and careful with what must stay private (the draft article, the freelancer without consent).
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CollectionSlug, Payload, Where } from 'payload'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { seed } from '../../src/seed'
import { articles as articleSeeds } from '../../src/seed/data/articles'
import { freelancers as freelancerSeeds } from '../../src/seed/data/freelancers'
import { demoPassword, demoUsers } from '../../src/seed/data/users'
import { countWords } from '../../src/lib/readingTime'
import { mediaDir } from '../../src/lib/directories'

const collections: CollectionSlug[] = [
  'articles',
  'categories',
  'white-papers',
  'webinars',
  'freelancers',
  'pages',
  'media',
  'documents',
  'users',
]
const anonymous = { overrideAccess: false } as const
const draftSlug = articleSeeds.find((a) => a.draft)!.slug
const hiddenFreelancer = freelancerSeeds.find((f) => !f.publicationConsent)!.slug

type Doc = Record<string, unknown> & { id: number | string }
let payload: Payload

/** Every document of every collection, as staff sees them, keyed by slug / email / filename. */
const snapshot = async () => {
  const out: Record<string, string[]> = {}
  for (const collection of collections) {
    const { docs } = await payload.find({
      collection,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    out[collection] = (docs as unknown as Doc[])
      .map((d) => String(d.slug ?? d.email ?? d.filename))
      .sort()
  }
  return out
}

const all = async (collection: CollectionSlug, options: { where?: Where; depth?: number } = {}) =>
  (
    await payload.find({
      collection,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      ...options,
    })
  ).docs as unknown as Doc[]

const paris = (iso: string) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso))
  const get = (t: string) => parts.find((p) => p.type === t)?.value
  return `${get('weekday')} ${get('hour')}:${get('minute')}`
}

let withoutUsers: Record<string, string[]>
let firstRun: Record<string, string[]>
let bodiesAfterFirst: Map<string, string>

beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => shutdownPayload(payload))

describe('seed', () => {
  it('without demo users creates content and no account', async () => {
    await seed(payload, { demoUsers: false })
    withoutUsers = await snapshot()
    expect(withoutUsers.users).toEqual([])
    expect(withoutUsers.articles!.length).toBeGreaterThanOrEqual(15)
  }, 120_000)

  it('with demo users adds exactly the three accounts', async () => {
    await seed(payload, { demoUsers: true })
    firstRun = await snapshot()
    expect(firstRun.users).toEqual(demoUsers.map((u) => u.email).sort())
    expect({ ...firstRun, users: [] }).toEqual(withoutUsers)
    bodiesAfterFirst = new Map(
      (await all('articles')).map((a) => [String(a.slug), JSON.stringify(a.body)]),
    )
  }, 120_000)

  it('run again, it updates in place: same documents, same slugs, identical bodies, nothing re-uploaded', async () => {
    const summary = await seed(payload, { demoUsers: true })
    expect(await snapshot()).toEqual(firstRun)
    for (const [collection, { created }] of Object.entries(summary.counts)) {
      expect(created, `${collection} created on the second run`).toBe(0)
    }
    for (const a of await all('articles'))
      expect(JSON.stringify(a.body)).toBe(bodiesAfterFirst.get(String(a.slug)))
    // Uploads are deduplicated by filename: no "-1" copies on disk either.
    expect((await all('media')).every((m) => !/-\d+\.(jpg|png)$/.test(String(m.filename)))).toBe(
      true,
    )
  }, 120_000)
})

describe('seeded content', () => {
  it('publishes at least 12 real articles across at least 5 categories', async () => {
    const published = (
      await payload.find({ collection: 'articles', pagination: false, depth: 0, ...anonymous })
    ).docs as unknown as Doc[]
    expect(published.length).toBeGreaterThanOrEqual(12)
    expect(new Set(published.map((a) => a.category)).size).toBeGreaterThanOrEqual(5)
    for (const a of published) {
      const words = countWords(a.body)
      expect(words, String(a.slug)).toBeGreaterThanOrEqual(600)
      expect(words, String(a.slug)).toBeLessThanOrEqual(1200)
      const nodes = (a.body as { root: { children: { type: string; tag?: string }[] } }).root
        .children
      expect(
        nodes.some((n) => n.type === 'heading' && n.tag === 'h2'),
        String(a.slug),
      ).toBe(true)
      expect(
        nodes.some((n) => n.type === 'list'),
        String(a.slug),
      ).toBe(true)
      expect(
        a.heroImage && a.excerpt && a.publishedAt && (a.author as { name?: string }).name,
      ).toBeTruthy()
      expect((a.tags as string[]).length).toBeGreaterThan(0)
    }
  })

  it('uses every embeddable block in at least two articles', async () => {
    const usage: Record<string, number> = {}
    for (const a of await all('articles')) {
      const types = new Set(
        (
          a.body as { root: { children: { type: string; fields?: { blockType: string } }[] } }
        ).root.children
          .filter((n) => n.type === 'block')
          .map((n) => n.fields!.blockType),
      )
      for (const t of types) usage[t] = (usage[t] ?? 0) + 1
    }
    for (const t of ['ctaBanner', 'valueProps', 'whitePaperPromo', 'webinarPromo', 'quote']) {
      expect(usage[t] ?? 0, t).toBeGreaterThanOrEqual(2)
    }
  })

  it('spreads publication dates over the last eight months', async () => {
    const dates = (await all('articles', { where: { _status: { equals: 'published' } } })).map(
      (a) => Date.parse(String(a.publishedAt)),
    )
    const days = (ms: number) => (Date.now() - ms) / 86_400_000
    expect(Math.max(...dates.map(days))).toBeGreaterThan(180)
    expect(Math.max(...dates.map(days))).toBeLessThanOrEqual(245)
    expect(Math.min(...dates.map(days))).toBeGreaterThanOrEqual(0)
  })

  it('never relates an article to itself or twice to the same article', async () => {
    const withRelated = (await all('articles')).filter(
      (a) => (a.relatedArticles as unknown[] | undefined)?.length,
    )
    expect(withRelated.length).toBeGreaterThanOrEqual(4)
    for (const a of withRelated) {
      const ids = a.relatedArticles as (number | string)[]
      expect(ids).not.toContain(a.id)
      expect(new Set(ids).size).toBe(ids.length)
      expect(ids.length).toBeLessThanOrEqual(3)
    }
  })

  it('keeps the draft article invisible to visitors', async () => {
    const staff = await all('articles', { where: { slug: { equals: draftSlug } } })
    expect(staff).toHaveLength(1)
    expect(staff[0]!._status).toBe('draft')
    const asVisitor = await payload.find({
      collection: 'articles',
      where: { slug: { equals: draftSlug } },
      ...anonymous,
    })
    expect(asVisitor.totalDocs).toBe(0)
    const asVisitorDraft = await payload.find({
      collection: 'articles',
      where: { slug: { equals: draftSlug } },
      draft: true,
      ...anonymous,
    })
    expect(asVisitorDraft.totalDocs).toBe(0)
  })

  it('schedules upcoming lives on Thursdays at 12:30 Paris time, and keeps replays of past ones', async () => {
    const webinars = await payload.find({
      collection: 'webinars',
      pagination: false,
      depth: 0,
      ...anonymous,
    })
    const now = Date.now()
    const upcoming = (webinars.docs as unknown as Doc[]).filter(
      (w) => Date.parse(String(w.startsAt)) > now && w.status === 'scheduled',
    )
    expect(upcoming.length).toBeGreaterThanOrEqual(2)
    for (const w of upcoming) expect(paris(String(w.startsAt))).toBe('Thursday 12:30')
    const past = (webinars.docs as unknown as Doc[]).filter(
      (w) => Date.parse(String(w.startsAt)) < now,
    )
    expect(
      past.some((w) => typeof w.replayUrl === 'string' && w.replayUrl.startsWith('https://')),
    ).toBe(true)
    // The join link is for registrants only.
    expect((webinars.docs as unknown as Doc[]).every((w) => w.joinUrl === undefined)).toBe(true)
    const staff = await all('webinars')
    expect(
      staff.every((w) => String(w.joinUrl).startsWith('https://visio.vitrine.test/live/')),
    ).toBe(true)
  })

  it('moves upcoming webinars to the new Thursdays when re-seeded a week later', async () => {
    const before = new Map(
      (await all('webinars')).map((w) => [w.slug, Date.parse(String(w.startsAt))]),
    )
    await seed(payload, { demoUsers: false, now: new Date(Date.now() + 7 * 86_400_000) })
    const after = await all('webinars')
    expect(after).toHaveLength(before.size)
    for (const w of after) {
      // One week later on Paris clocks: 7 days, give or take the hour of a change of time.
      const shift = Date.parse(String(w.startsAt)) - before.get(w.slug)!
      expect(Math.abs(shift - 7 * 86_400_000)).toBeLessThanOrEqual(3_600_000)
      expect(paris(String(w.startsAt))).toBe('Thursday 12:30')
    }
    await seed(payload, { demoUsers: false }) // back to today for the other tests
  }, 120_000)

  it('re-seeding takes back to draft an article someone published by hand', async () => {
    const [draft] = await all('articles', { where: { slug: { equals: draftSlug } } })
    await payload.update({
      collection: 'articles',
      id: draft!.id,
      data: { _status: 'published' } as never,
    })
    const visible = () =>
      payload.find({ collection: 'articles', where: { slug: { equals: draftSlug } }, ...anonymous })
    expect((await visible()).totalDocs).toBe(1)
    await seed(payload, { demoUsers: false })
    expect((await visible()).totalDocs).toBe(0)
  }, 120_000)

  it('attaches a real PDF to every white paper', async () => {
    const papers = await all('white-papers', { depth: 1 })
    expect(papers.length).toBeGreaterThanOrEqual(3)
    for (const wp of papers) {
      const file = wp.file as { mimeType: string; filename: string; filesize: number }
      expect(file.mimeType).toBe('application/pdf')
      const bytes = fs.readFileSync(path.join(mediaDir, 'private', 'documents', file.filename))
      expect(bytes.length).toBe(file.filesize)
      expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4')
      expect(bytes.toString('latin1')).toContain(`/Count ${wp.pageCount}`)
      expect((wp.learnings as unknown[]).length).toBeGreaterThan(0)
      expect(wp.cover).toBeTruthy()
    }
  })

  it('shows every freelancer profile but the one without consent', async () => {
    const visible = (
      await payload.find({ collection: 'freelancers', pagination: false, depth: 0, ...anonymous })
    ).docs as unknown as Doc[]
    expect(visible.length).toBeGreaterThanOrEqual(10)
    expect(visible.map((f) => f.slug)).not.toContain(hiddenFreelancer)
    expect((await all('freelancers')).map((f) => f.slug)).toContain(hiddenFreelancer)
    expect(visible.every((f) => f.photo && f.story && f.joinedAt && f.consentDate)).toBe(true)
  })

  it('builds the pages and the site settings the site needs', async () => {
    const pages = new Map(
      (
        (await payload.find({ collection: 'pages', pagination: false, depth: 0, ...anonymous }))
          .docs as unknown as Doc[]
      ).map((p) => [p.slug, p]),
    )
    for (const slug of [
      'accueil',
      'services',
      'a-propos',
      'mentions-legales',
      'politique-de-confidentialite',
      'rejoindre-le-reseau',
      'contact',
      'diagnostic-gratuit',
    ]) {
      expect(pages.has(slug), slug).toBe(true)
    }
    const blocks = (slug: string) =>
      pages.get(slug)!.layout as { blockType: string; kind?: string; source?: string }[]
    expect(blocks('accueil').map((b) => b.source ?? b.kind ?? b.blockType)).toEqual(
      expect.arrayContaining([
        'hero',
        'valueProps',
        'articles',
        'white-papers',
        'webinarPromo',
        'freelancers',
        'faq',
        'diagnostic',
      ]),
    )
    expect(blocks('rejoindre-le-reseau').find((b) => b.blockType === 'leadForm')?.kind).toBe(
      'freelancer_application',
    )
    expect(blocks('contact').find((b) => b.blockType === 'leadForm')?.kind).toBe('contact')
    expect(blocks('diagnostic-gratuit').find((b) => b.blockType === 'leadForm')?.kind).toBe(
      'diagnostic',
    )

    const settings = (await payload.findGlobal({
      slug: 'site-settings',
      depth: 0,
      ...anonymous,
    })) as unknown as Doc
    expect((settings.navigation as { url: string }[]).map((l) => l.url)).toEqual([
      '/blog/',
      '/livres-blancs/',
      '/webinaires/',
      '/freelances/',
      '/services/',
    ])
    expect((settings.navCtas as { url: string }[]).map((l) => l.url)).toEqual([
      '/diagnostic-gratuit/',
      '/rejoindre-le-reseau/',
    ])
    expect(
      (settings.announcement as { messages: unknown[] }).messages.length,
    ).toBeGreaterThanOrEqual(3)
    expect((settings.sidebarValueProps as unknown[]).length).toBe(3)
  })

  it('keeps the media library small and described', async () => {
    const media = await all('media')
    expect(media.length).toBeLessThanOrEqual(30)
    expect(media.every((m) => typeof m.alt === 'string' && m.alt.length > 20)).toBe(true)
  })

  it('creates demo accounts with the right roles that can sign in', async () => {
    for (const { email, role } of demoUsers) {
      const { user, token } = await payload.login({
        collection: 'users',
        data: { email, password: demoPassword() },
      })
      expect(token).toBeTruthy()
      expect((user as unknown as { role: string }).role).toBe(role)
    }
  })
})
