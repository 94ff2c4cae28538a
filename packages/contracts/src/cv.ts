/**
 * The optional CV of a freelancer application (multipart field `cv`). The file travels beside the
 * schema-validated fields; the island checks it on change, the CMS checks it again on receipt.
 */
export const CV_FIELD = 'cv'
export const CV_MAX_BYTES = 5 * 1024 * 1024
export const CV_ALLOWED_EXTENSIONS = ['.pdf', '.doc', '.docx'] as const
export const CV_ALLOWED_MIME_TYPES = [
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const

/** Value for <input type="file" accept="…">. */
export const CV_ACCEPT = [...CV_ALLOWED_EXTENSIONS, ...CV_ALLOWED_MIME_TYPES].join(',')

/** What both a browser File and a server-side upload expose. */
export interface FileLike {
  name: string
  size: number
  type?: string
}

/** Browsers send '' or a generic type for some Word files: the extension then decides. */
const GENERIC_TYPES = new Set(['', 'application/octet-stream'])

/** A French message saying what to do, or null when the file is acceptable. */
export function checkCvFile(file: FileLike): string | null {
  const name = file.name.toLowerCase()
  const extensionOk = CV_ALLOWED_EXTENSIONS.some((extension) => name.endsWith(extension))
  const type = (file.type ?? '').toLowerCase()
  const typeOk =
    GENERIC_TYPES.has(type) || (CV_ALLOWED_MIME_TYPES as readonly string[]).includes(type)
  if (!extensionOk || !typeOk) return 'Choisissez un CV au format PDF, DOC ou DOCX.'
  if (file.size <= 0) return 'Le fichier choisi est vide : choisissez votre CV.'
  if (file.size > CV_MAX_BYTES)
    return 'Choisissez un CV de 5 Mo au plus (compressez-le ou enregistrez-le en PDF).'
  return null
}

const SIGNATURES: Record<(typeof CV_ALLOWED_EXTENSIONS)[number], number[]> = {
  '.pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  '.doc': [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE2 compound file
  '.docx': [0x50, 0x4b, 0x03, 0x04], // ZIP
}

/** Whether the first bytes of the file match its extension (the CMS checks this on receipt). */
export function cvSignatureMatches(name: string, firstBytes: Uint8Array): boolean {
  const lower = name.toLowerCase()
  const extension = CV_ALLOWED_EXTENSIONS.find((candidate) => lower.endsWith(candidate))
  if (!extension) return false
  const signature = SIGNATURES[extension]
  return signature.every((byte, index) => firstBytes[index] === byte)
}
