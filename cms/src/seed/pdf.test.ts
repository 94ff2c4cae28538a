import { describe, expect, it } from 'vitest'
import { pdfString, renderPdf, textWidth, wrap } from './pdf'
import { whitePapers } from './data/white-papers'

/** Walks the cross-reference table the way a reader does, and checks every pointer. */
const checkStructure = (buffer: Buffer) => {
  const text = buffer.toString('latin1')
  expect(text.startsWith('%PDF-1.4\n')).toBe(true)
  expect(text.trimEnd().endsWith('%%EOF')).toBe(true)
  const startxref = Number(/startxref\n(\d+)\n%%EOF\s*$/.exec(text)?.[1])
  expect(text.slice(startxref, startxref + 5)).toBe('xref\n')
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref)) ?? []
  expect(Number(first)).toBe(0)
  const n = Number(count)
  const entriesAt = startxref + `xref\n0 ${n}\n`.length
  for (let i = 0; i < n; i++) {
    const entry = text.slice(entriesAt + i * 20, entriesAt + (i + 1) * 20)
    expect(entry).toMatch(/^\d{10} \d{5} [nf] \n$/)
    if (i === 0) continue
    const offset = Number(entry.slice(0, 10))
    expect(text.slice(offset, offset + `${i} 0 obj`.length)).toBe(`${i} 0 obj`)
  }
  expect(text).toContain(`/Size ${n}`)
  // Every stream's /Length is its exact byte length.
  for (const m of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
    const start = (m.index ?? 0) + m[0].length
    expect(text.slice(start + Number(m[1]), start + Number(m[1]) + '\nendstream'.length)).toBe(
      '\nendstream',
    )
  }
  const pages = [...text.matchAll(/\/Type \/Page /g)].length
  expect(text).toContain(`/Count ${pages}`)
  return { pages, objects: n - 1 }
}

describe('renderPdf', () => {
  it.each(whitePapers.map((wp) => [wp.slug, wp] as const))(
    'writes a valid 2–4 page PDF for %s',
    (_slug, wp) => {
      const { buffer, pageCount } = renderPdf(wp.pdf)
      const { pages } = checkStructure(buffer)
      expect(pages).toBe(pageCount)
      expect(pageCount).toBeGreaterThanOrEqual(2)
      expect(pageCount).toBeLessThanOrEqual(4)
      // Pure ASCII after the binary comment line: accents are octal escapes.
      expect([...buffer.subarray(15)].every((b) => b < 128)).toBe(true)
      expect(buffer.toString('latin1')).toContain('/BaseFont /Helvetica /Encoding /WinAnsiEncoding')
    },
  )

  it('is deterministic, so re-seeding does not re-upload an identical file', () => {
    const spec = whitePapers[0]!.pdf
    expect(renderPdf(spec).buffer.equals(renderPdf(spec).buffer)).toBe(true)
  })
})

describe('pdfString', () => {
  it('escapes delimiters and writes WinAnsi bytes for French characters', () => {
    expect(pdfString('(a\\b)')).toBe('(\\(a\\\\b\\))')
    expect(pdfString('é è à ç œ € ’ « »')).toBe(
      '(\\351 \\350 \\340 \\347 \\234 \\200 \\222 \\253 \\273)',
    )
  })
})

describe('wrap', () => {
  it('keeps every line within the width', () => {
    const text =
      'La trésorerie est la première cause de difficulté des petites entreprises, y compris rentables. '.repeat(
        5,
      )
    const lines = wrap(text, 11, 300)
    expect(lines.length).toBeGreaterThan(3)
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(300)
    expect(lines.join(' ')).toBe(text.trim())
  })
})
