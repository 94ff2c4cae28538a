import { describe, expect, it } from 'vitest'
import { sidebarWhitePaper } from './sidebarWhitePaper'

const wp = (id: number) => ({
  id,
  title: `Livre blanc ${id}`,
  slug: `livre-blanc-${id}`,
  summary: '',
})
const whitePapers = [wp(1), wp(2), wp(3)] // newest first, as the Site lists them

const promo = (whitePaper: unknown) => ({
  type: 'block',
  version: 2,
  fields: { blockType: 'whitePaperPromo', whitePaper },
})
const body = (...nodes: unknown[]) => ({
  root: {
    type: 'root',
    children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Un texte.' }] }, ...nodes],
  },
})

describe('the white paper an article’s sidebar promotes', () => {
  it('is the latest when the body promotes none', () => {
    expect(sidebarWhitePaper(body(), whitePapers)?.id).toBe(1)
    expect(sidebarWhitePaper(null, whitePapers)?.id).toBe(1)
  })

  it('is another one when the body already promotes the latest', () => {
    expect(sidebarWhitePaper(body(promo(1)), whitePapers)?.id).toBe(2)
    expect(sidebarWhitePaper(body(promo({ id: 1, title: 'x' })), whitePapers)?.id).toBe(2)
  })

  it('counts a promo without a choice as the latest (what the block shows)', () => {
    expect(sidebarWhitePaper(body(promo(null)), whitePapers)?.id).toBe(2)
  })

  it('skips every white paper the body promotes, nested blocks included', () => {
    const nested = { type: 'quote', children: [promo(2)] }
    expect(sidebarWhitePaper(body(promo(1), nested), whitePapers)?.id).toBe(3)
  })

  it('is none when the body already promotes every published white paper', () => {
    expect(sidebarWhitePaper(body(promo(1), promo(2), promo(3)), whitePapers)).toBeUndefined()
    expect(sidebarWhitePaper(body(promo(1)), [wp(1)])).toBeUndefined()
  })

  it('ignores a promo of an unpublished white paper (the block shows the latest instead)', () => {
    expect(sidebarWhitePaper(body(promo(99)), whitePapers)?.id).toBe(2)
  })
})
