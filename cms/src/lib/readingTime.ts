/** Words of a Lexical tree (text nodes and block text fields), for the reading time. */
const collectText = (node: unknown, out: string[]): void => {
  if (!node || typeof node !== 'object') return
  const n = node as Record<string, unknown>
  if (typeof n.text === 'string') out.push(n.text)
  if (n.fields && typeof n.fields === 'object') {
    for (const v of Object.values(n.fields as Record<string, unknown>)) {
      if (typeof v === 'string' && n.type === 'block') out.push(v)
    }
  }
  if (Array.isArray(n.children)) for (const c of n.children) collectText(c, out)
  if (n.root) collectText(n.root, out)
}

export const countWords = (richText: unknown): number => {
  const parts: string[] = []
  collectText(richText, parts)
  return parts.join(' ').split(/\s+/).filter(Boolean).length
}

/** Minutes at 230 words a minute (French adult silent reading), at least 1. */
export const readingTimeMinutes = (richText: unknown, wordsPerMinute = 230): number =>
  Math.max(1, Math.round(countWords(richText) / wordsPerMinute))
