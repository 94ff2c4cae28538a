import crypto from 'node:crypto'
import { CV_FIELD, CV_MAX_BYTES, checkCvFile, cvSignatureMatches } from '@vitrine/contracts'
import type { UploadedFile } from './readMultipart'
import { isWordArchive } from './wordArchive'

/** The contract's own French messages (it has no named export for them). */
export const cvMessages = {
  wrongType: checkCvFile({ name: 'cv', size: 1 }) ?? 'Choisissez un CV au format PDF, DOC ou DOCX.',
  tooLarge:
    checkCvFile({ name: 'cv.pdf', size: CV_MAX_BYTES + 1, type: 'application/pdf' }) ??
    'Choisissez un CV de 5 Mo au plus.',
}

const mimeByExtension: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

export type CheckedCv = { data: Buffer; mimetype: string; name: string; size: number }

/**
 * The CV as it will be stored, or the French message for the `cv` field. The type is decided by
 * the file's bytes (PDF, OLE2 for .doc, a Word package for .docx: wordArchive.ts), never by what the browser
 * claimed; the stored name is ours, not the visitor's.
 */
export const checkCv = async (
  file: UploadedFile,
): Promise<{ ok: true; cv: CheckedCv } | { ok: false; fieldErrors: Record<string, string> }> => {
  const fail = (message: string) => ({ ok: false as const, fieldErrors: { [CV_FIELD]: message } })
  const { data } = file
  const declared = checkCvFile({ name: file.name, size: data.length, type: file.type })
  if (declared) return fail(declared)
  if (!cvSignatureMatches(file.name, data.subarray(0, 16))) return fail(cvMessages.wrongType)
  const extension = Object.keys(mimeByExtension).find((ext) =>
    file.name.toLowerCase().endsWith(ext),
  )!
  if (extension === '.docx' && !isWordArchive(data)) return fail(cvMessages.wrongType)
  return {
    ok: true,
    cv: {
      data,
      mimetype: mimeByExtension[extension]!,
      name: `cv-${crypto.randomUUID().slice(0, 8)}${extension}`,
      size: data.length,
    },
  }
}
