/**
 * A minimal, dependency-free PDF 1.4 writer for the demo white papers: A4 pages, Helvetica and
 * Helvetica-Bold (standard fonts, WinAnsiEncoding), a title band, headings, paragraphs, bullet
 * lists, a footer with page numbers. Text is wrapped with the real Helvetica advance widths.
 * Non-ASCII characters are written as octal escapes of their WinAnsi byte, so the output is pure
 * ASCII and every xref offset is a byte offset.
 */

export type PdfSection = { heading?: string; paragraphs?: string[]; bullets?: string[] }
export type PdfSpec = { title: string; subtitle?: string; author?: string; sections: PdfSection[] }
export type PdfResult = { buffer: Buffer; pageCount: number }

const PAGE_W = 595
const PAGE_H = 842
const MARGIN_X = 64
const TEXT_W = PAGE_W - 2 * MARGIN_X
const BOTTOM = 72

// Advance widths (1/1000 em) of ASCII 32–126, from the Adobe AFM files of the two fonts.
// prettier-ignore
const REGULAR = [278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584]
// prettier-ignore
const BOLD = [278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,611,611,389,556,333,611,556,778,556,556,500,389,280,389,584]

/** WinAnsi bytes 0x80–0x9F (the rest of 0xA0–0xFF is Latin-1 as is). */
const WIN_ANSI_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
}
const SPECIAL_WIDTH: Record<number, number> = {
  0x80: 556,
  0x85: 1000,
  0x8c: 1000,
  0x91: 222,
  0x92: 222,
  0x93: 333,
  0x94: 333,
  0x95: 350,
  0x96: 556,
  0x97: 1000,
  0x9c: 944,
  0xa0: 278,
  0xab: 556,
  0xbb: 556,
  0xb0: 400,
  0xb7: 278,
}

/** One WinAnsi byte for a character ('?' when the encoding has none). */
export const winAnsiByte = (ch: string): number => {
  if (ch === '\u202f' || ch === '\u2009') return 0xa0 // narrow spaces before « ; : ! ? »
  if (ch === '\u2011') return 0x2d
  const code = ch.codePointAt(0) ?? 63
  if (code >= 32 && code <= 126) return code
  if (code >= 0xa0 && code <= 0xff) return code
  return WIN_ANSI_HIGH[ch] ?? 63
}

const charWidth = (ch: string, bold: boolean): number => {
  const byte = winAnsiByte(ch)
  const table = bold ? BOLD : REGULAR
  if (byte >= 32 && byte <= 126) return table[byte - 32] ?? 556
  if (SPECIAL_WIDTH[byte]) return SPECIAL_WIDTH[byte]
  const base = ch.normalize('NFD')[0] ?? 'e' // é → e, Ç → C …
  const b = base.codePointAt(0) ?? 101
  return b >= 32 && b <= 126 ? (table[b - 32] ?? 556) : 556
}

export const textWidth = (s: string, size: number, bold = false): number =>
  ([...s].reduce((w, ch) => w + charWidth(ch, bold), 0) * size) / 1000

/** A PDF literal string: ( ) \ escaped, everything outside printable ASCII as \ooo. */
export const pdfString = (s: string): string => {
  let out = '('
  for (const ch of s) {
    const byte = winAnsiByte(ch)
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += '\\' + String.fromCharCode(byte)
    else if (byte < 32 || byte > 126) out += '\\' + byte.toString(8).padStart(3, '0')
    else out += String.fromCharCode(byte)
  }
  return out + ')'
}

/** UTF-16BE hex string with BOM, for the document information dictionary. */
const pdfHexUtf16 = (s: string): string => {
  let hex = 'FEFF'
  for (let i = 0; i < s.length; i++)
    hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase()
  return `<${hex}>`
}

export const wrap = (s: string, size: number, width: number, bold = false): string[] => {
  const lines: string[] = []
  let line = ''
  for (const word of s.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (line && textWidth(candidate, size, bold) > width) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line) lines.push(line)
  return lines
}

type Color = [number, number, number]
const TEAL: Color = [0.059, 0.298, 0.361]
const CORAL: Color = [0.89, 0.392, 0.078]
const INK: Color = [0.114, 0.153, 0.192]
const GREY: Color = [0.42, 0.45, 0.5]
const WHITE: Color = [1, 1, 1]
const rgb = (c: Color) => c.map((v) => v.toFixed(3)).join(' ')

/** Lays the spec out into page content streams. */
const layout = (spec: PdfSpec): string[] => {
  const pages: string[][] = []
  let ops: string[] = []
  let y = 0

  const line = (s: string, x: number, size: number, bold: boolean, color: Color) =>
    ops.push(
      `BT /${bold ? 'F2' : 'F1'} ${size} Tf ${rgb(color)} rg ${x.toFixed(2)} ${y.toFixed(2)} Td ${pdfString(s)} Tj ET`,
    )
  const newPage = () => {
    ops = []
    pages.push(ops)
    y = PAGE_H - 72
  }
  const ensure = (height: number) => {
    if (y - height < BOTTOM) newPage()
  }

  // Page 1: title band.
  newPage()
  const titleLines = wrap(spec.title, 24, TEXT_W - 8, true)
  y = PAGE_H - 70
  line('VITRINE OFFICE SERVICES · LIVRE BLANC', MARGIN_X, 10, true, [0.96, 0.945, 0.914])
  y -= 44
  for (const t of titleLines) {
    line(t, MARGIN_X, 24, true, WHITE)
    y -= 30
  }
  if (spec.subtitle) {
    y -= 4
    for (const t of wrap(spec.subtitle, 12, TEXT_W)) {
      line(t, MARGIN_X, 12, false, WHITE)
      y -= 16
    }
  }
  // The band is painted first (below the text), sized to what was written on it.
  const bandBottom = y - 26
  ops.unshift(
    `${rgb(TEAL)} rg 0 ${bandBottom} ${PAGE_W} ${PAGE_H - bandBottom} re f`,
    `${rgb(CORAL)} rg ${MARGIN_X} ${bandBottom + 14} 72 5 re f`,
  )
  y = bandBottom - 44

  for (const section of spec.sections) {
    if (section.heading) {
      const hl = wrap(section.heading, 15, TEXT_W, true)
      ensure(hl.length * 20 + 40)
      y -= 8
      for (const t of hl) {
        line(t, MARGIN_X, 15, true, TEAL)
        y -= 20
      }
      y -= 4
    }
    for (const para of section.paragraphs ?? []) {
      for (const t of wrap(para, 11, TEXT_W)) {
        ensure(15)
        line(t, MARGIN_X, 11, false, INK)
        y -= 15
      }
      y -= 7
    }
    for (const item of section.bullets ?? []) {
      wrap(item, 11, TEXT_W - 18).forEach((t, i) => {
        ensure(15)
        if (i === 0) line('•', MARGIN_X + 2, 11, true, CORAL)
        line(t, MARGIN_X + 18, 11, false, INK)
        y -= 15
      })
      y -= 3
    }
    y -= 6
  }

  return pages.map((pageOps, i) => {
    const footer = `Vitrine Office Services · ${spec.title} · ${i + 1}/${pages.length}`
    const short =
      footer.length > 95 ? `Vitrine Office Services · page ${i + 1}/${pages.length}` : footer
    const fy = 40
    return [
      ...pageOps,
      `${rgb(CORAL)} rg ${MARGIN_X} ${fy + 14} 24 2 re f`,
      `BT /F1 8 Tf ${rgb(GREY)} rg ${MARGIN_X} ${fy} Td ${pdfString(short)} Tj ET`,
    ].join('\n')
  })
}

/** Serialises objects with a correct cross-reference table. */
export const renderPdf = (spec: PdfSpec): PdfResult => {
  const contents = layout(spec)
  const objects: string[] = []
  const add = (body: string) => objects.push(body) // object number = index + 1

  const pageCount = contents.length
  const firstPage = 6
  const kids = contents.map((_, i) => `${firstPage + i * 2} 0 R`).join(' ')
  add('<< /Type /Catalog /Pages 2 0 R >>')
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`)
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
  add(
    `<< /Title ${pdfHexUtf16(spec.title)} /Author ${pdfHexUtf16(spec.author ?? 'Vitrine Office Services')} /Producer (vitrine seed) >>`,
  )
  for (const [i, stream] of contents.entries()) {
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${firstPage + i * 2 + 1} 0 R >>`,
    )
    add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`)
  }

  const chunks: Buffer[] = [
    Buffer.from('%PDF-1.4\n%', 'latin1'),
    Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a]),
  ]
  let offset = chunks.reduce((n, c) => n + c.length, 0)
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(offset)
    const chunk = Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, 'latin1')
    chunks.push(chunk)
    offset += chunk.length
  })
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>`,
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n')
  chunks.push(Buffer.from(xref, 'latin1'))
  return { buffer: Buffer.concat(chunks), pageCount }
}
