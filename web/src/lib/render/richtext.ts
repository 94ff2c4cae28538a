import type { Media } from '@vitrine/cms-client'
import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  LinkHTMLConverter,
} from '@payloadcms/richtext-lexical/html'
import { inlineBlockHtml, type BlockContext } from './blocksHtml'
import { escapeHtml, safeHref } from './html'
import { pictureData, type Variant } from '../data/media'

/**
 * Lexical rich text → semantic HTML, with Payload's official converter
 * (`convertLexicalToHTML`) and our own converters for the embedded blocks, uploads, internal links
 * and a few cleanups (no h1 inside a page that has its title as h1, plain <li>).
 */

export type RichTextContext = BlockContext & {
  /** Media documents by id, to render upload nodes (stored as ids at depth 0). */
  media?: Map<string, Media>
  /** Site path of a document referenced by an internal link. */
  hrefFor?: (relationTo: string, value: unknown) => string | undefined
}

export type LexicalData = { root: { children: unknown[] } & Record<string, unknown> } & Record<
  string,
  unknown
>

type Node = { type: string; [key: string]: unknown }
type NodeArgs = { node: Node; nodesToHTML: (args: { nodes: Node[] }) => string[] }

const children = ({ node, nodesToHTML }: NodeArgs) =>
  nodesToHTML({ nodes: (node.children as Node[]) ?? [] }).join('')

const mediaOf = (value: unknown, ctx: RichTextContext): Media | undefined => {
  if (value && typeof value === 'object') return value as Media
  return value == null ? undefined : ctx.media?.get(String(value))
}

const pictureHtml = (media: Media): string => {
  const data = pictureData(media)
  if (!data) return ''
  const sources = data.sources
    .map(
      (s) =>
        `<source type="${s.type}" srcset="${escapeHtml(s.srcset)}" sizes="(min-width: 62rem) 46rem, 100vw">`,
    )
    .join('')
  return (
    `<picture>${sources}<img src="${escapeHtml(data.src)}" width="${data.width}" height="${data.height}" ` +
    `alt="${escapeHtml(data.alt)}" loading="lazy" decoding="async"></picture>`
  )
}

type LinkFields = { linkType?: string; url?: string | null }
type LinkConverter = (args: { node: Node & { fields?: LinkFields } }) => string

/** Custom rich-text links go through the one link rule (bad stored URLs become '#'). */
const guardLinks = <T extends Record<string, unknown>>(linkConverters: T): T =>
  Object.fromEntries(
    Object.entries(linkConverters).map(([type, convert]) => [
      type,
      typeof convert === 'function'
        ? (args: Parameters<LinkConverter>[0]) =>
            (convert as LinkConverter)({
              ...args,
              node:
                args.node.fields?.linkType === 'internal'
                  ? args.node
                  : {
                      ...args.node,
                      fields: { ...args.node.fields, url: safeHref(args.node.fields?.url) },
                    },
            })
        : convert,
    ]),
  ) as T

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const converters = (ctx: RichTextContext): any => ({
  ...defaultHTMLConverters,
  ...guardLinks(
    LinkHTMLConverter({
      internalDocToHref: ({
        linkNode,
      }: {
        linkNode: { fields: { doc?: { relationTo: string; value: unknown } | null } }
      }) => {
        const doc = linkNode.fields.doc
        const href = doc ? ctx.hrefFor?.(doc.relationTo, doc.value) : undefined
        if (!href)
          console.warn(
            'richtext: internal link to an unpublished or unknown document, rendered as #',
          )
        return href ?? '#'
      },
    }),
  ),
  heading: (args: NodeArgs) => {
    const tag = String(args.node.tag ?? 'h2')
    const safe = /^h[2-6]$/.test(tag) ? tag : 'h2'
    return `<${safe}>${children(args)}</${safe}>`
  },
  listitem: (args: NodeArgs) => `<li>${children(args)}</li>`,
  list: (args: NodeArgs) => {
    const tag = args.node.tag === 'ol' || args.node.listType === 'number' ? 'ol' : 'ul'
    return `<${tag}>${children(args)}</${tag}>`
  },
  paragraph: (args: NodeArgs) => {
    const html = children(args)
    return html ? `<p>${html}</p>` : ''
  },
  upload: ({ node }: NodeArgs) => {
    const media = mediaOf(node.value, ctx)
    if (!media || !String(media.mimeType ?? '').startsWith('image/')) return ''
    const caption = (node.fields as { caption?: string } | undefined)?.caption
    return `<figure class="rich-figure">${pictureHtml(media)}${
      caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''
    }</figure>`
  },
  relationship: ({ node }: NodeArgs) => {
    const value = node.value as { id?: unknown; title?: string } | number | string
    const href = ctx.hrefFor?.(String(node.relationTo), value)
    if (!href) return ''
    const label = typeof value === 'object' && value?.title ? value.title : 'Lire aussi'
    return `<p class="rich-link"><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></p>`
  },
  blocks: Object.fromEntries(
    ['ctaBanner', 'valueProps', 'whitePaperPromo', 'webinarPromo', 'quote'].map((type) => [
      type,
      ({ node }: NodeArgs) =>
        inlineBlockHtml(node.fields as { blockType: string } & Record<string, unknown>, ctx),
    ]),
  ),
  unknown: ({ node }: NodeArgs) => {
    console.warn(`richtext: unknown node type "${node.type}", skipped`)
    return ''
  },
})

/** The HTML of a rich text field ('' when empty). */
export const renderRichText = (data: unknown, ctx: RichTextContext): string => {
  if (!data || typeof data !== 'object' || !('root' in data)) return ''
  return convertLexicalToHTML({
    data: data as Parameters<typeof convertLexicalToHTML>[0]['data'],
    converters: converters(ctx),
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
}

/** Every media document a rich text shows (so the page can put the files in the output first). */
export const richTextMedia = (data: unknown, ctx: Pick<RichTextContext, 'media'>): Media[] => {
  const found: Media[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as Node
    if (n.type === 'upload') {
      const media = mediaOf(n.value, ctx as RichTextContext)
      if (media) found.push(media)
    }
    for (const child of (n.children as unknown[]) ?? []) walk(child)
  }
  walk((data as LexicalData | undefined)?.root)
  return found
}

/** The variant files of those media documents. */
export const richTextFiles = (data: unknown, ctx: Pick<RichTextContext, 'media'>): Variant[] =>
  richTextMedia(data, ctx).flatMap((m) => pictureData(m)?.files ?? [])

/** Plain text of a rich text (RSS descriptions, reading aids). */
export const richTextPlain = (data: unknown): string => {
  const out: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as Node
    if (typeof n.text === 'string') out.push(n.text)
    for (const child of (n.children as unknown[]) ?? []) walk(child)
    if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'listitem') out.push('\n')
  }
  walk((data as LexicalData | undefined)?.root)
  return out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
}
