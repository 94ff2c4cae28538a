import { resolveWhitePaper, type BlockContext } from '../render/blocksHtml'

type Node = {
  type?: string
  fields?: { blockType?: string; whitePaper?: unknown }
  children?: Node[]
}

/** Every white-paper promo block of a rich-text body, nested ones included. */
const promosIn = (node: Node | undefined, found: Node['fields'][] = []) => {
  if (!node) return found
  if (node.type === 'block' && node.fields?.blockType === 'whitePaperPromo') found.push(node.fields)
  for (const child of node.children ?? []) promosIn(child, found)
  return found
}

/**
 * The white paper an article's sidebar promotes: the latest one the body does not already promote
 * (a promo block shows its chosen white paper, or the latest when none is chosen or it is not
 * published), or none when the body promotes them all. Never the same white paper twice on a page.
 */
export const sidebarWhitePaper = <W extends BlockContext['whitePapers'][number]>(
  body: unknown,
  whitePapers: W[],
): W | undefined => {
  const root = (body as { root?: Node } | null | undefined)?.root
  const ctx = { whitePapers }
  const promoted = new Set(
    promosIn(root).map((fields) => {
      const shown = resolveWhitePaper({ whitePaper: fields?.whitePaper as never }, ctx)
      return shown ? String(shown.id) : undefined
    }),
  )
  return whitePapers.find((wp) => !promoted.has(String(wp.id)))
}
