import { describe, expect, it } from 'vitest'
import { checkCv } from './cvFile'
import { isWordArchive } from './wordArchive'
import { zipArchive } from '../../../tests/int/helpers/zip'

const zip = (names: string[]) => zipArchive(names.map((name) => [name, '']))
const file = (data: Buffer) => ({ name: 'cv.docx', type: '', data })

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
