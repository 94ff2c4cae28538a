import crypto from 'node:crypto'
import type { Media } from '@vitrine/cms-client'
import { isUpcoming } from '../domain/webinars'
import { refId, sourceOf, type Site } from './site'

/**
 * A page's inputs, recorded while it renders (docs/adr/0023-incremental-releases.md). Everything
 * a page reads from the Site goes through a recording view, so a new component cannot read data
 * without it being recorded. Each input is a key whose digest any Site can compute again: a page
 * whose every recorded input has the same digest in the next build renders to the same bytes.
 *
 *   settings, formToken           the global, the form token
 *   clock                         what the site derives from the clock: the year, the webinars
 *                                 not started yet
 *   list:<name>                   a Site list's ids in order (articles, categories, …, media)
 *   doc:<name>:<id>               one document, whole (any property read records it)
 *   nextWebinar                   the id of the next open webinar
 *   articlesIn:<id>, related:<id> a category's articles, an article's related articles (ids)
 *   href:<collection>:<id>        a link target
 *   unknown:<prop>                a Site property this file does not know: never equal
 */
export type InputKey = string

const LISTS = [
  'articles',
  'categories',
  'whitePapers',
  'webinars',
  'freelancers',
  'pages',
  'redirects',
] as const
type ListName = (typeof LISTS)[number] | 'media'
const isList = (prop: string | symbol): prop is (typeof LISTS)[number] =>
  (LISTS as readonly (string | symbol)[]).includes(prop)

type Doc = { id: number | string }
const ids = (docs: readonly (Doc | undefined)[]) =>
  docs.map((d) => (d ? String(d.id) : '-')).join(',')
const hash = (text: string) => crypto.createHash('sha256').update(text).digest('base64url')

/**
 * Digest of a document's JSON, by object: the long-lived renderer keeps unchanged documents (the
 * same frozen objects) from one release to the next, so each is hashed once, not once a release.
 */
const documentDigests = new WeakMap<object, string>()
const documentDigest = (doc: object) => {
  let digest = documentDigests.get(doc)
  if (digest === undefined) documentDigests.set(doc, (digest = hash(JSON.stringify(doc))))
  return digest
}

/** The document behind each view recordingSite made (props digests name documents by digest). */
const viewTargets = new WeakMap<object, object>()

/**
 * A stand-in for a document (or a view of one) in a JSON digest, or undefined for any other value:
 * the digest of the document's JSON, cached — the same information in far fewer bytes to hash.
 */
export const documentStandIn = (value: unknown): string | undefined => {
  if (!value || typeof value !== 'object') return undefined
  const doc = viewTargets.get(value)
  return doc ? `doc:${documentDigest(doc)}` : undefined
}

type Index = { docs: Map<string, unknown>; digests: Map<InputKey, string> }
const indexes = new WeakMap<Site, Index>()

const indexOf = (site: Site): Index => {
  let index = indexes.get(site)
  if (!index) {
    const source = sourceOf(site)
    if (!source) throw new Error('inputs: this Site was not made by assembleSite()')
    const docs = new Map<string, unknown>()
    for (const name of [...LISTS, 'media'] as const)
      for (const d of source[name] as Doc[]) docs.set(`${name}:${d.id}`, d)
    index = { docs, digests: new Map() }
    indexes.set(site, index)
  }
  return index
}

const computeDigest = (site: Site, key: InputKey): string => {
  const [kind, ...rest] = key.split(':')
  const arg = rest.join(':')
  const { docs } = indexOf(site)
  switch (kind) {
    case 'settings':
      return hash(JSON.stringify(site.settings))
    case 'formToken':
      return hash(site.formToken)
    case 'clock':
      return hash(
        JSON.stringify([
          site.now.getFullYear(),
          ids(site.webinars.filter((w) => isUpcoming(w, site.now))),
        ]),
      )
    case 'list':
      return hash(
        arg === 'media' ? ids([...(site.richText.media?.values() ?? [])]) : ids(site[arg as never]),
      )
    case 'doc':
      return docs.has(arg) ? documentDigest(docs.get(arg) as object) : 'missing'
    case 'nextWebinar':
      return site.nextWebinar ? String(site.nextWebinar.id) : 'none'
    case 'articlesIn': {
      const category = docs.get(`categories:${arg}`) as Parameters<Site['articlesIn']>[0]
      return category ? hash(ids(site.articlesIn(category))) : 'missing'
    }
    case 'related': {
      const article = docs.get(`articles:${arg}`) as Parameters<Site['related']>[0]
      return article ? hash(ids(site.related(article))) : 'missing'
    }
    case 'href': {
      const [collection, ...id] = arg.split(':')
      return site.hrefFor(collection!, id.join(':')) ?? 'none'
    }
    default:
      return `never-equal:${crypto.randomUUID()}`
  }
}

/** The digest of one input in this Site (memoised per Site). */
export const inputDigest = (site: Site, key: InputKey): string => {
  const { digests } = indexOf(site)
  if (key.startsWith('unknown:')) return computeDigest(site, key)
  let digest = digests.get(key)
  if (digest === undefined) {
    digest = computeDigest(site, key)
    digests.set(key, digest)
  }
  return digest
}

/** The recorded inputs whose digest differs in `site` (empty: the page renders the same). */
export const changedInputs = (site: Site, recorded: Record<InputKey, string>): InputKey[] =>
  Object.entries(recorded)
    .filter(([key, digest]) => inputDigest(site, key) !== digest)
    .map(([key]) => key)

export type Record_ = (key: InputKey) => void

/**
 * A view of `site` that calls `record` for every input read through it, documents and lists
 * included (views are made once per Site and document: identity is kept across pages).
 */
export const recordingSite = (site: Site, record: Record_): Site => {
  const docViews = new Map<unknown, unknown>()
  const docView = <T>(name: ListName, doc: T): T => {
    if (doc == null || typeof doc !== 'object') return doc
    let view = docViews.get(doc) as T | undefined
    if (!view) {
      const key = `doc:${name}:${(doc as unknown as Doc).id}`
      const seen = () => record(key)
      view = new Proxy(doc as object, {
        get: (target, prop, receiver) => (seen(), Reflect.get(target, prop, receiver)),
        has: (target, prop) => (seen(), Reflect.has(target, prop)),
        ownKeys: (target) => (seen(), Reflect.ownKeys(target)),
        getOwnPropertyDescriptor: (target, prop) => (
          seen(),
          Reflect.getOwnPropertyDescriptor(target, prop)
        ),
      }) as T
      docViews.set(doc, view)
      viewTargets.set(view as object, doc as object)
    }
    return view
  }
  const listViews = new Map<string, unknown[]>()
  const listView = <T>(name: ListName, list: T[]): T[] => {
    let view = listViews.get(name)
    if (!view) listViews.set(name, (view = list.map((d) => docView(name, d))))
    return view as T[]
  }
  const refDoc = <T>(name: ListName, ref: unknown, found: T | undefined): T | undefined => {
    const id = refId(ref)
    if (id !== undefined) record(`doc:${name}:${id}`)
    return docView(name, found)
  }
  const hrefFor: Site['hrefFor'] = (collection, ref) => {
    record(`href:${collection}:${refId(ref)}`)
    return site.hrefFor(collection, ref)
  }
  const mediaMap = site.richText.media ?? new Map<string, Media>()
  const mediaView = new Proxy(mediaMap, {
    get: (target, prop) => {
      if (prop === 'get') return (id: string) => refDoc<Media>('media', id, target.get(id))
      if (prop === 'has') return (id: string) => (record(`doc:media:${id}`), target.has(id))
      record('list:media')
      const value = Reflect.get(target, prop, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
  const richText = new Proxy(site.richText, {
    get: (target, prop, receiver) => {
      if (prop === 'whitePapers' || prop === 'webinars') {
        record(`list:${prop}`)
        return listView(prop, target[prop])
      }
      if (prop === 'now') record('clock')
      if (prop === 'media') return mediaView
      if (prop === 'hrefFor') return hrefFor
      return Reflect.get(target, prop, receiver)
    },
  })
  const methods: Partial<Site> = {
    media: (ref) => refDoc('media', ref, site.media(ref)),
    category: (ref) => refDoc('categories', ref, site.category(ref)),
    articlesIn: (category) => {
      record(`articlesIn:${category.id}`)
      return site.articlesIn(category).map((a) => docView('articles', a))
    },
    related: (article) => {
      record(`related:${article.id}`)
      return site.related(article).map((a) => docView('articles', a))
    },
    hrefFor,
  }
  return new Proxy(site, {
    get: (target, prop, receiver) => {
      if (isList(prop)) {
        record(`list:${prop}`)
        return listView(prop, target[prop] as Doc[])
      }
      if (typeof prop !== 'string') return Reflect.get(target, prop, receiver)
      if (prop in methods) return methods[prop as keyof Site]
      switch (prop) {
        case 'settings':
        case 'formToken':
          record(prop)
          return target[prop]
        case 'now':
          record('clock')
          return target.now
        case 'nextWebinar':
          record('nextWebinar')
          return docView('webinars', target.nextWebinar)
        case 'richText':
          return richText
        default:
          record(`unknown:${prop}`)
          return Reflect.get(target, prop, receiver)
      }
    },
  })
}
