import { stableId, withStableIds } from './ids'

/**
 * A tiny builder for the Lexical JSON Payload 3 stores (the shapes `exportJSON()` produces in
 * @payloadcms/richtext-lexical). Seed content is written as `p('Texte **gras**, *italique*,
 * [lien](/contact/)')`, `h2('…')`, `ul(['…'])`, `block('ctaBanner', {…})`, then `doc(nodes)`.
 */

export type LexicalNode = { type: string; version: number; [key: string]: unknown }
export type LexicalDoc = { root: LexicalNode & { children: LexicalNode[] } }

export const TEXT_BOLD = 1
export const TEXT_ITALIC = 2

const element = (
  type: string,
  children: LexicalNode[],
  extra: Record<string, unknown> = {},
): LexicalNode => ({
  type,
  version: 1,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
})

export const text = (value: string, format = 0): LexicalNode => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
})

export const link = (
  url: string,
  children: LexicalNode[],
  newTab = /^https?:/.test(url),
): LexicalNode => ({
  ...element('link', children),
  version: 3,
  fields: { linkType: 'custom', url, newTab },
})

/**
 * Inline markup → text/link nodes: `**gras**`, `*italique*`, `***les deux***`,
 * `[libellé](/chemin/)`. No nesting beyond bold inside a link label.
 */
export const inline = (source: string): LexicalNode[] => {
  const nodes: LexicalNode[] = []
  const pattern = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*\*([^*]+)\*\*\*|\*\*([^*]+)\*\*|\*([^*]+)\*/g
  let last = 0
  for (const m of source.matchAll(pattern)) {
    const at = m.index ?? 0
    if (at > last) nodes.push(text(source.slice(last, at)))
    if (m[1] !== undefined && m[2] !== undefined) nodes.push(link(m[2], inline(m[1])))
    else if (m[3] !== undefined) nodes.push(text(m[3], TEXT_BOLD | TEXT_ITALIC))
    else if (m[4] !== undefined) nodes.push(text(m[4], TEXT_BOLD))
    else if (m[5] !== undefined) nodes.push(text(m[5], TEXT_ITALIC))
    last = at + m[0].length
  }
  if (last < source.length) nodes.push(text(source.slice(last)))
  return nodes
}

type Inline = string | LexicalNode[]
const kids = (content: Inline): LexicalNode[] =>
  typeof content === 'string' ? inline(content) : content

export const p = (content: Inline): LexicalNode =>
  element('paragraph', kids(content), { textFormat: 0, textStyle: '' })

export const heading = (tag: 'h2' | 'h3' | 'h4', content: Inline): LexicalNode =>
  element('heading', kids(content), { tag })
export const h2 = (content: Inline) => heading('h2', content)
export const h3 = (content: Inline) => heading('h3', content)

const list = (listType: 'bullet' | 'number', items: Inline[]): LexicalNode =>
  element(
    'list',
    items.map((item, i) => element('listitem', kids(item), { value: i + 1 })),
    { listType, start: 1, tag: listType === 'bullet' ? 'ul' : 'ol' },
  )
export const ul = (items: Inline[]) => list('bullet', items)
export const ol = (items: Inline[]) => list('number', items)

export const quote = (content: Inline): LexicalNode => element('quote', kids(content))

/** The embeddable blocks of `inlineBlocks` (cms/src/blocks/index.ts). */
export type InlineBlockType =
  'ctaBanner' | 'valueProps' | 'whitePaperPromo' | 'webinarPromo' | 'quote'

/** A block node; its `id` is filled in by `doc()` so the same content always gets the same ids. */
export const block = (
  blockType: InlineBlockType,
  fields: Record<string, unknown>,
): LexicalNode => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: '', blockName: '', blockType, ...fields },
})

/**
 * Wraps nodes in a root. `key` (e.g. "articles:office-manager:body") seeds the block ids, so
 * re-running the seed rewrites identical JSON.
 */
export const doc = (nodes: LexicalNode[], key: string): LexicalDoc => {
  let n = 0
  const children = nodes.map((node) => {
    if (node.type !== 'block') return node
    const fields = node.fields as Record<string, unknown>
    const blockKey = `${key}:${n++}`
    return { ...node, fields: withStableIds({ ...fields, id: stableId(blockKey) }, blockKey) }
  })
  return {
    root: { type: 'root', version: 1, children, direction: 'ltr', format: '', indent: 0 },
  }
}

/** Body shorthand: paragraphs separated by blank lines. */
export const paragraphs = (source: string): LexicalNode[] =>
  source
    .split(/\n\s*\n/)
    .map((s) => s.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((s) => p(s))
