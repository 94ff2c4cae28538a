import { describe, expect, it } from 'vitest'
import { announcementFor } from '../domain/chrome'
import { isOpen } from '../domain/webinars'
import { changedInputs, inputDigest, recordingSite, type InputKey } from './inputs'
import { assembleSite, type Site, type SiteData } from './site'

// Pages modelled on src/pages (same Site calls, the real domain helpers): what each shows is
// its "HTML". The property under test: after any edit, a page whose output changed has at least
// one recorded input whose digest changed (no stale page); pages the edit does not concern stay
// unflagged (the point of it).

const rng = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  return seed / 0x7fffffff
}

const generate = (): SiteData => {
  const day = (n: number) => new Date(Date.UTC(2027, 0, 1 + n)).toISOString()
  return {
    settings: {
      id: 1,
      siteName: 'Vitrine',
      navigation: [{ label: 'Blog', url: '/blog/' }],
      announcement: { enabled: true, messages: [{ text: 'Rendez-vous le {date}' }] },
      updatedAt: day(0),
    } as never,
    categories: [1, 2, 3].map((i) => ({
      id: i,
      title: `Catégorie ${i}`,
      slug: `cat-${i}`,
    })) as never,
    media: [1, 2, 3, 4].map((i) => ({
      id: i,
      alt: `Image ${i}`,
      filename: `img-${i}.jpg`,
    })) as never,
    articles: Array.from({ length: 12 }, (_, i) => ({
      id: i + 1,
      title: `Article ${i + 1}`,
      slug: `article-${i + 1}`,
      excerpt: `Chapô ${i + 1}`,
      category: (i % 3) + 1,
      heroImage: (i % 4) + 1,
      publishedAt: day(i),
      createdAt: day(i),
    })) as never,
    webinars: [1, 2, 3].map((i) => ({
      id: i,
      title: `Webinaire ${i}`,
      slug: `webinaire-${i}`,
      startsAt: day(20 + i * 5),
      durationMinutes: 45,
      status: 'scheduled',
    })) as never,
    whitePapers: [1, 2].map((i) => ({
      id: i,
      title: `Livre ${i}`,
      slug: `livre-${i}`,
      publishedAt: day(i),
    })) as never,
    freelancers: [],
    pages: [],
    redirects: [],
  }
}

type Page = { key: string; render: (site: Site) => string }

const chrome = (site: Site) => {
  const bar = announcementFor(site.settings, site.nextWebinar)
  return [
    site.settings.siteName,
    ...(site.settings.navigation ?? []).map((m) => m.label),
    bar?.text ?? '',
    site.now.getFullYear(),
    site.formToken,
  ].join('|')
}

/** The pages of a site, as getStaticPaths lists them. */
const pagesOf = (site: Site): Page[] => [
  {
    key: '/',
    render: (s) =>
      [chrome(s), ...s.articles.slice(0, 3).map((a) => a.title), s.whitePapers[0]?.title].join('|'),
  },
  {
    key: '/blog/',
    render: (s) =>
      [chrome(s), ...s.articles.map((a) => `${a.title}:${s.category(a.category)?.title}`)].join(
        '|',
      ),
  },
  ...site.articles.map((article) => ({
    key: `/blog/${article.slug}/`,
    render: (s: Site) => {
      const a = s.articles.find((x) => x.slug === article.slug)!
      return [
        chrome(s),
        a.title,
        a.excerpt,
        s.category(a.category)?.title,
        s.media(a.heroImage)?.alt,
        ...s.related(a).map((r) => `${r.title}>${s.hrefFor('articles', r.id)}`),
      ].join('|')
    },
  })),
  ...site.categories.map((category) => ({
    key: `/blog/categorie/${category.slug}/`,
    render: (s: Site) => {
      const c = s.categories.find((x) => x.slug === category.slug)!
      return [chrome(s), c.title, ...s.articlesIn(c).map((a) => a.title)].join('|')
    },
  })),
  ...site.webinars.map((webinar) => ({
    key: `/webinaires/${webinar.slug}/`,
    render: (s: Site) => {
      const w = s.webinars.find((x) => x.slug === webinar.slug)!
      return [chrome(s), w.title, isOpen(w, s.now) ? 'inscription' : 'replay'].join('|')
    },
  })),
]

/** Renders every page through a recording view: its output and its inputs with their digests. */
const renderAll = (site: Site) => {
  const out = new Map<string, { html: string; inputs: Record<InputKey, string> }>()
  let keys = new Set<InputKey>()
  const view = recordingSite(site, (key) => keys.add(key))
  for (const page of pagesOf(view)) {
    keys = new Set()
    const html = page.render(view)
    const inputs: Record<InputKey, string> = {}
    for (const key of keys) inputs[key] = inputDigest(site, key)
    out.set(page.key, { html, inputs })
  }
  return out
}

type Edit = { name: string; apply: (d: SiteData, r: () => number) => void }
const pick = <T>(list: T[], r: () => number) => list[Math.floor(r() * list.length)]!
const EDITS: Edit[] = [
  { name: 'article title', apply: (d, r) => (pick(d.articles, r).title += ' (modifié)') },
  { name: 'article slug', apply: (d, r) => (pick(d.articles, r).slug += '-bis') },
  {
    name: 'article category',
    apply: (d, r) => (pick(d.articles, r).category = pick(d.categories, r).id),
  },
  { name: 'hero image', apply: (d, r) => (pick(d.articles, r).heroImage = pick(d.media, r).id) },
  { name: 'image alt', apply: (d, r) => (pick(d.media, r).alt += ' !') },
  {
    name: 'unpublish article',
    apply: (d, r) => d.articles.splice(Math.floor(r() * d.articles.length), 1),
  },
  {
    name: 'new article',
    apply: (d, r) => {
      const id = 1000 + Math.floor(r() * 1e6)
      d.articles.push({
        ...d.articles[0]!,
        id,
        slug: `nouveau-${id}`,
        title: `Nouveau ${id}`,
        publishedAt: new Date(Date.UTC(2027, 1, 1)).toISOString(),
      })
    },
  },
  { name: 'category title', apply: (d, r) => (pick(d.categories, r).title += ' et plus') },
  { name: 'menu entry', apply: (d) => (d.settings.navigation![0]!.label += ' (nouveau)') },
  {
    name: 'announcement text',
    apply: (d) => (d.settings.announcement!.messages![0]!.text += ' !'),
  },
  { name: 'white paper title', apply: (d, r) => (pick(d.whitePapers, r).title += ' 2e éd.') },
  {
    name: 'webinar moves into the past',
    apply: (d, r) => (pick(d.webinars, r).startsAt = new Date(Date.UTC(2026, 5, 1)).toISOString()),
  },
  { name: 'webinar title', apply: (d, r) => (pick(d.webinars, r).title += ' (complet)') },
]
const NOW = new Date('2027-01-15T12:00:00Z')

describe('page inputs recorded while rendering', () => {
  it('records documents, lists, settings and the clock a page reads', () => {
    const site = assembleSite(generate(), { now: NOW, formToken: 't1' })
    const inputs = renderAll(site).get('/blog/article-4/')!.inputs
    expect(Object.keys(inputs)).toEqual(
      expect.arrayContaining([
        'settings',
        'clock',
        'formToken',
        'nextWebinar',
        'list:articles',
        'doc:articles:4',
        'doc:categories:1',
        'doc:media:4',
        'related:4',
      ]),
    )
    expect(Object.keys(inputs)).not.toContain('doc:categories:2')
  })

  it('after 300 random edits, every page whose output changed has a changed input; others mostly not', () => {
    const r = rng(16)
    let data = generate()
    let now = NOW
    let flaggedUnchanged = 0
    let unchangedPages = 0
    const seen = new Set<string>()
    for (let i = 0; i < 300; i++) {
      const before = assembleSite(structuredClone(data), { now, formToken: 't1' })
      const rendered = renderAll(before)
      const edit = pick(EDITS, r)
      seen.add(edit.name)
      if (r() < 0.1) now = new Date(now.getTime() + 86_400_000 * 10) // the clock moves on too
      edit.apply(data, r)
      const after = assembleSite(structuredClone(data), { now, formToken: 't1' })
      for (const [key, page] of renderAll(after)) {
        const previous = rendered.get(key)
        if (!previous) continue // a new page: always rendered
        const changed = changedInputs(after, previous.inputs)
        if (page.html !== previous.html) {
          expect(changed, `${edit.name} changed ${key} but no recorded input changed`).not.toEqual(
            [],
          )
        } else {
          unchangedPages++
          if (changed.length) flaggedUnchanged++
        }
      }
      if (data.articles.length < 4) data = generate()
    }
    expect([...seen].sort()).toEqual(EDITS.map((e) => e.name).sort())
    // Recording is per input, not per site: most unchanged pages are recognised as such.
    expect(flaggedUnchanged / unchangedPages).toBeLessThan(0.5)
  }, 60_000)

  it('an article title edit flags its own page and listings, not another category page', () => {
    const data = generate()
    const before = assembleSite(structuredClone(data), { now: NOW, formToken: 't1' })
    const rendered = renderAll(before)
    data.articles.find((a) => a.id === 4)!.title = 'Nouveau titre'
    const after = assembleSite(data, { now: NOW, formToken: 't1' })
    const flagged = (key: string) => changedInputs(after, rendered.get(key)!.inputs).length > 0
    expect(flagged('/blog/article-4/')).toBe(true)
    expect(flagged('/blog/')).toBe(true)
    expect(flagged('/blog/categorie/cat-1/')).toBe(true)
    expect(flagged('/blog/categorie/cat-2/')).toBe(false)
    expect(flagged('/webinaires/webinaire-1/')).toBe(false)
  })

  it('a Site property the recorder does not know makes the page render again', () => {
    const site = assembleSite(generate(), { now: NOW, formToken: 't1' })
    const keys: string[] = []
    const view = recordingSite(site, (k) => keys.push(k))
    void (view as unknown as Record<string, unknown>).somethingNew
    expect(keys).toEqual(['unknown:somethingNew'])
    expect(
      changedInputs(site, { 'unknown:somethingNew': inputDigest(site, 'unknown:somethingNew') }),
    ).toHaveLength(1)
  })
})
