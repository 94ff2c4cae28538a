// Synthetic site for the benchmarks, written through the Payload Local API into a throw-away
// SQLite database. Run by the harness as `payload run ../packages/bench/src/generate.ts` with cwd
// cms/ and DATABASE_URI, MEDIA_DIR, PAYLOAD_SECRET, NODE_ENV=production (migrations apply).
//
// Env: BENCH_ARTICLES (default 1000), BENCH_IMAGES (default from proportions()), BENCH_OUT (where
// summary.json and articles.json go), BENCH_EDITOR_EMAIL / BENCH_EDITOR_PASSWORD (an editor the
// harness logs in as), BENCH_SKIP_SEED=1 (the database already holds the demo content). Every write passes `context: { seed: true }`: no e-mails, no rebuilds.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { pool } from '@vitrine/cms-client/pool'
import config from '@vitrine/cms/payload-config'
import {
  addDays,
  joinUrl,
  parisDaysAgo,
  parisTime,
  parisToday,
  renderScene,
  replayUrl,
  seed,
  type Motif,
} from '@vitrine/cms/seed'
import {
  extraCategories,
  proportions,
  syntheticArticle,
  syntheticFreelancer,
  syntheticWebinar,
  syntheticWhitePaper,
} from './content.ts'
import type { Id } from '@vitrine/contracts/ids'

type Doc = { id: Id; [key: string]: unknown }
// The Local API, as far as this script uses it (payload is loaded from cms/node_modules).
type LocalApi = {
  create: (args: Record<string, unknown>) => Promise<Doc>
  find: (args: Record<string, unknown>) => Promise<{ docs: Doc[] }>
  update: (args: Record<string, unknown>) => Promise<Doc>
  db: { client?: { execute: (sql: string) => Promise<unknown> } }
  logger: { info: (msg: string) => void }
}

const here = path.dirname(fileURLToPath(import.meta.url))
const cmsDir = path.resolve(here, '../../../cms')
const fromCms = createRequire(path.join(cmsDir, 'package.json'))
const { getPayload } = (await import(fromCms.resolve('payload'))) as {
  getPayload: (args: { config: unknown }) => Promise<LocalApi>
}
type HtmlArgs = { node: { fields: Record<string, unknown> } }
const { convertLexicalToHTML, defaultHTMLConverters } = (await import(
  fromCms.resolve('@payloadcms/richtext-lexical/html')
)) as {
  convertLexicalToHTML: (args: {
    data: unknown
    converters: unknown
    disableContainer?: boolean
  }) => string
  defaultHTMLConverters: Record<string, unknown>
}
const esc = (s: unknown) => String(s ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
/** The baseline's pre-rendered body: Payload's converter, embedded blocks as plain asides. */
const articleHtml = (data: unknown) =>
  convertLexicalToHTML({
    data,
    disableContainer: true,
    converters: {
      ...defaultHTMLConverters,
      blocks: {
        ctaBanner: ({ node }: HtmlArgs) =>
          `<aside><h2>${esc(node.fields.title)}</h2><p>${esc(node.fields.text)}</p><a href="${esc(node.fields.buttonUrl)}">${esc(node.fields.buttonLabel)}</a></aside>`,
        quote: ({ node }: HtmlArgs) =>
          `<blockquote><p>${esc(node.fields.text)}</p><footer>${esc(node.fields.author)}</footer></blockquote>`,
        valueProps: ({ node }: HtmlArgs) =>
          `<ul>${((node.fields.items as { title: string; text: string }[]) ?? []).map((it) => `<li><strong>${esc(it.title)}</strong> ${esc(it.text)}</li>`).join('')}</ul>`,
        whitePaperPromo: () =>
          '<aside><a href="/livres-blancs/">Télécharger le livre blanc</a></aside>',
        webinarPromo: () => '<aside><a href="/webinaires/">S’inscrire au webinaire</a></aside>',
      },
    },
  })

const N = Number(process.env.BENCH_ARTICLES ?? 1000)
const counts = {
  ...proportions(N),
  ...(process.env.BENCH_IMAGES ? { images: Number(process.env.BENCH_IMAGES) } : {}),
}
const outDir = process.env.BENCH_OUT ?? path.join(process.cwd(), 'bench-out')
const ctx = { seed: true }
const timings: Record<string, number> = {}
const now = new Date()

const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
  const t = performance.now()
  const result = await work()
  timings[label] = Math.round(performance.now() - t)
  payload.logger.info(`bench-generate: ${label} in ${timings[label]} ms`)
  return result
}

const started = performance.now()
const payload = await getPayload({ config })
timings.boot = Math.round(performance.now() - started)
// A throw-away database: no fsync per commit (the default journal mode is kept).
await payload.db.client?.execute('PRAGMA synchronous = OFF')

/** One write: no re-read of the saved document beyond its id, no side effects. */
const create = (
  collection: string,
  data: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) =>
  payload.create({
    collection,
    data,
    depth: 0,
    overrideAccess: true,
    context: ctx,
    select: { id: true },
    ...extra,
  })
const publish = { draft: false }

// BENCH_SKIP_SEED=1: the database is a copy of one the seed already filled (the harness reuses the demo's).
if (process.env.BENCH_SKIP_SEED !== '1')
  await timed('seed', () => seed(payload as never, { demoUsers: false, now }))

await timed('editor', async () => {
  const email = process.env.BENCH_EDITOR_EMAIL ?? 'bench-editor@vitrine.test'
  const data = {
    email,
    password: process.env.BENCH_EDITOR_PASSWORD ?? 'bench-editor',
    name: 'Bench Editor',
    role: 'editor',
  }
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (found.docs[0])
    await payload.update({
      collection: 'users',
      id: found.docs[0].id,
      data,
      depth: 0,
      overrideAccess: true,
      context: ctx,
    })
  else await create('users', data)
})

const categoryIds = new Map<string, Id>()
const categoryTitles = new Map<string, string>()
await timed('categories', async () => {
  const { docs } = await payload.find({
    collection: 'categories',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  for (const c of docs) categoryIds.set(String(c.slug), c.id)
  for (const c of docs) categoryTitles.set(String(c.slug), String(c.title))
  for (const c of extraCategories) {
    if (!categoryIds.has(c.slug)) categoryIds.set(c.slug, (await create('categories', c)).id)
    categoryTitles.set(c.slug, c.title)
  }
})

const motifs: Motif[] = [
  'documents',
  'people',
  'coins',
  'ledger',
  'clock',
  'globe',
  'medical',
  'chart',
  'boxes',
  'laptop',
]
// Encoding each upload's sizes (WebP, AVIF, JPEG) is most of the generation's time: a few at
// once keep both cores busy. Ids come back in image order.
const imageIds: Id[] = await timed('images', () =>
  pool(
    Array.from({ length: counts.images }, (_, i) => async () => {
      const filename = `bench-hero-${String(i).padStart(3, '0')}.jpg`
      const file = await renderScene(
        motifs[i % motifs.length]!,
        `bench-${i}`,
        filename,
        Math.floor(i / motifs.length),
      )
      const saved = await create(
        'media',
        { alt: `Illustration abstraite de démonstration n° ${i + 1}` },
        { file },
      )
      return saved.id
    }),
    3,
  ),
)
const image = (i: number) => imageIds[i % imageIds.length]!

const pdf = (
  await payload.find({ collection: 'documents', limit: 1, depth: 0, overrideAccess: true })
).docs[0]
if (!pdf) throw new Error('bench-generate: the seed created no document (white paper PDF) to reuse')
const whitePaperIds: Id[] = []
await timed('whitePapers', async () => {
  for (let i = 0; i < counts.whitePapers; i++) {
    const wp = syntheticWhitePaper(i)
    const data = {
      ...wp,
      learnings: wp.learnings.map((point) => ({ point })),
      cover: image(i),
      file: pdf.id,
      pageCount: 12,
      publishedAt: parisDaysAgo(10 + i * 9, 9, now).toISOString(),
      _status: 'published',
      meta: {
        title: `${wp.title} | Livre blanc Vitrine`,
        description: wp.summary.slice(0, 155),
        image: image(i),
      },
    }
    whitePaperIds.push((await create('white-papers', data, publish)).id)
  }
})

const webinarIds: Id[] = []
await timed('webinars', async () => {
  const today = parisToday(now)
  for (let i = 0; i < counts.webinars; i++) {
    const { weeksFromNow, ...w } = syntheticWebinar(i)
    const startsAt = parisTime(addDays(today, weeksFromNow * 7), 12, 30)
    const data = {
      ...w,
      startsAt: startsAt.toISOString(),
      cover: image(i + 7),
      joinUrl: joinUrl(w.slug),
      replayUrl: weeksFromNow < 0 && i % 3 !== 0 ? replayUrl(w.slug) : null,
      status: 'scheduled',
      _status: 'published',
      meta: {
        title: `${w.title} | Webinaire Vitrine`,
        description: w.summary.slice(0, 155),
        image: image(i + 7),
      },
    }
    webinarIds.push((await create('webinars', data, publish)).id)
  }
})

await timed('freelancers', async () => {
  for (let i = 0; i < counts.freelancers; i++) {
    const { joinedYearsAgo, ...f } = syntheticFreelancer(i)
    const joinedAt = parisDaysAgo(30 + joinedYearsAgo * 365, 12, now).toISOString()
    const data = {
      ...f,
      photo: image(i + 3),
      joinedAt,
      publicationConsent: true,
      consentDate: joinedAt,
      _status: 'published',
      meta: {
        title: `${f.firstName} ${f.lastInitial}., freelance | Vitrine`,
        description: f.story.slice(0, 155),
        image: image(i + 3),
      },
    }
    await create('freelancers', data, publish)
  }
})

type Exported = {
  slug: string
  title: string
  excerpt: string
  publishedAt: string
  category: string
  author: string
  html: string
}
const exported: Exported[] = []
const articleIds: Id[] = []
let sample: { id: Id; slug: string; title: string } | undefined
await timed('articles', async () => {
  const categories = [...categoryIds.keys()]
  const refs = { whitePapers: whitePaperIds, webinars: webinarIds }
  for (let i = 0; i < N; i++) {
    const a = syntheticArticle(i, categories, imageIds.length, refs)
    const publishedAt = a.draft ? null : parisDaysAgo(a.daysAgo, 8, now).toISOString()
    const related =
      i > 10 && i % 7 === 0
        ? [articleIds[i - 1]!, articleIds[i - 5]!, articleIds[i - 9]!]
        : undefined
    const data = {
      title: a.title,
      slug: a.slug,
      excerpt: a.excerpt,
      heroImage: image(a.image),
      body: a.body,
      category: categoryIds.get(a.category),
      tags: a.tags,
      author: a.author,
      publishedAt,
      ...(related ? { relatedArticles: related } : {}),
      _status: a.draft ? 'draft' : 'published',
      meta: {
        title: `${a.title} | Vitrine`,
        description: a.excerpt.slice(0, 155),
        image: image(a.image),
      },
    }
    const saved = await create('articles', data, publish)
    articleIds.push(saved.id)
    if (!a.draft) {
      sample ??= { id: saved.id, slug: a.slug, title: a.title }
      exported.push({
        slug: a.slug,
        title: a.title,
        excerpt: a.excerpt,
        publishedAt: publishedAt!,
        category: categoryTitles.get(a.category) ?? a.category,
        author: a.author.name,
        html: articleHtml(a.body),
      })
    }
  }
})

timings.total = Math.round(performance.now() - started)
fs.mkdirSync(outDir, { recursive: true })
fs.writeFileSync(path.join(outDir, 'articles.json'), JSON.stringify(exported))
const summary = {
  counts: { ...counts, categories: categoryIds.size, publishedArticles: exported.length },
  timings,
  sample,
}
fs.writeFileSync(path.join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`)
payload.logger.info(
  `bench-generate: ${N} articles, ${imageIds.length} images in ${(timings.total / 1000).toFixed(1)} s`,
)
