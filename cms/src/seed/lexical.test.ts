import { describe, expect, it } from 'vitest'
import { TEXT_BOLD, TEXT_ITALIC, block, doc, inline, p } from './lexical'

describe('inline', () => {
  it('turns **bold**, *italic* and [links](/x/) into Lexical nodes', () => {
    const nodes = inline('Un **mot** en *italique* et [un lien](/contact/).')
    expect(nodes.map((n) => [n.type, n.text ?? null, n.format ?? null])).toEqual([
      ['text', 'Un ', 0],
      ['text', 'mot', TEXT_BOLD],
      ['text', ' en ', 0],
      ['text', 'italique', TEXT_ITALIC],
      ['text', ' et ', 0],
      ['link', null, ''],
      ['text', '.', 0],
    ])
    expect(nodes[5]?.fields).toEqual({ linkType: 'custom', url: '/contact/', newTab: false })
  })
})

describe('doc', () => {
  it('gives blocks ids that are stable for a key and unique within the document', () => {
    const build = () =>
      doc([p('a'), block('quote', { text: 'x' }), block('quote', { text: 'y' })], 'articles:s:body')
    const one = build()
      .root.children.filter((n) => n.type === 'block')
      .map((n) => (n.fields as { id: string }).id)
    const two = build()
      .root.children.filter((n) => n.type === 'block')
      .map((n) => (n.fields as { id: string }).id)
    expect(one).toEqual(two)
    expect(new Set(one).size).toBe(2)
    expect(one[0]).toMatch(/^[0-9a-f]{24}$/)
  })
})
