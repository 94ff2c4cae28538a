const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50

/** The file names listed in a ZIP's central directory, or null when it is not a readable ZIP. */
const zipEntryNames = (data: Buffer): string[] | null => {
  // The end-of-directory record is the last 22 bytes, plus a comment of at most 64 KiB.
  const floor = Math.max(0, data.length - 22 - 0xffff)
  let end = -1
  for (let i = data.length - 22; i >= floor; i--)
    if (data.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i
      break
    }
  if (end < 0) return null
  const count = data.readUInt16LE(end + 10)
  let at = data.readUInt32LE(end + 16)
  const names: string[] = []
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== DIRECTORY_ENTRY) return null
    const nameLength = data.readUInt16LE(at + 28)
    const extra = data.readUInt16LE(at + 30)
    const comment = data.readUInt16LE(at + 32)
    names.push(data.toString('utf8', at + 46, at + 46 + nameLength))
    at += 46 + nameLength + extra + comment
  }
  return names
}

/**
 * A real Word (.docx) package: a ZIP whose central directory lists `[Content_Types].xml` and
 * `word/document.xml`. Bytes that merely start with `PK` and mention `word/` are not one.
 */
export const isWordArchive = (data: Buffer): boolean => {
  const names = data.length >= 22 ? zipEntryNames(data) : null
  return !!names && names.includes('[Content_Types].xml') && names.includes('word/document.xml')
}
