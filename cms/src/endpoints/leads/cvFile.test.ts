import { describe, expect, it } from 'vitest'
import { checkCv } from './cvFile'
import { isWordArchive } from './wordArchive'

/** A ZIP (stored entries, central directory) holding these file names. */
const zip = (names: string[]) => {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const filename of names) {
    const name = Buffer.from(filename)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name)
    centrals.push(central, name)
    offset += 30 + name.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(names.length, 8)
  end.writeUInt16LE(names.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
const file = (data: Buffer) => new File([new Uint8Array(data)], 'cv.docx', { type: '' })

describe('checkCv: .docx', () => {
  it('accepts a Word archive ([Content_Types].xml and word/document.xml)', async () => {
    const ok = await checkCv(file(zip(['[Content_Types].xml', 'word/document.xml'])))
    expect(ok.ok).toBe(true)
  })
  it('refuses ZIP bytes that merely mention word/, and archives that are not Word files', async () => {
    const fakes = [
      Buffer.concat([
        Buffer.from('PK\x03\x04', 'latin1'),
        Buffer.from(' word/ '),
        Buffer.alloc(64),
      ]),
      zip(['word/readme.txt']),
      zip(['[Content_Types].xml', 'xl/workbook.xml']),
    ]
    for (const data of fakes) expect((await checkCv(file(data))).ok).toBe(false)
  })
  it('isWordArchive reads the names from the central directory', () => {
    expect(isWordArchive(zip(['a.txt', '[Content_Types].xml', 'word/document.xml']))).toBe(true)
    expect(isWordArchive(Buffer.from('not a zip'))).toBe(false)
  })
})
