import { CV_MAX_BYTES, fromFormData, fromRecord } from '@vitrine/contracts'
import { MAX_MULTIPART_TEXT, readMultipart, type UploadedFile } from './readMultipart'
import { takeUploadSlot } from './uploadSlots'

/** JSON and url-encoded bodies stay small; multipart may carry one CV. */
export const MAX_TEXT_BODY = 64 * 1024
export const MAX_MULTIPART_BODY = CV_MAX_BYTES + MAX_MULTIPART_TEXT

export type Submission = {
  /** How the caller wants its answer: JSON (islands) or a page/redirect (plain HTML form). */
  wantsJson: boolean
  /** The raw fields (before coercion), for the honeypot check. */
  raw: Record<string, unknown>
  /** Coerced for the contract's schemas. */
  record: Record<string, unknown>
  file?: UploadedFile
}

export type ReadFailure = {
  error: 'unsupported' | 'tooLarge' | 'unreadable' | 'busy'
  wantsJson: boolean
}

const contentType = (headers: Headers) =>
  (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()

/** JSON callers, and scripts posting multipart with `Accept: application/json`, get JSON back. */
export const wantsJsonAnswer = (headers: Headers) => {
  const accept = (headers.get('accept') ?? '').toLowerCase()
  return (
    contentType(headers) === 'application/json' ||
    (accept.includes('application/json') && !accept.includes('text/html'))
  )
}

/** Reads at most `max` bytes of the body; null when it is longer (the rest is not read). */
const readCapped = async (request: Request, max: number): Promise<Uint8Array | null> => {
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > max) {
      // Stop reading (the rest is dropped when the response ends); a cancel here would make an
      // in-process sender (tests) throw on its next chunk.
      reader.releaseLock()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The submission in any of the three encodings a form or an island may use. */
export const readSubmission = async (request: Request): Promise<Submission | ReadFailure> => {
  const type = contentType(request.headers)
  const wantsJson = wantsJsonAnswer(request.headers)
  const multipart = type === 'multipart/form-data'
  if (type !== 'application/json' && type !== 'application/x-www-form-urlencoded' && !multipart) {
    return { error: 'unsupported', wantsJson }
  }
  // Uploads take one of a few slots while they are read and parsed (uploadSlots.ts).
  const release = multipart ? takeUploadSlot() : () => undefined
  if (!release) return { error: 'busy', wantsJson }
  try {
    return await parse(request, type, wantsJson, multipart)
  } finally {
    release()
  }
}

const parse = async (
  request: Request,
  type: string,
  wantsJson: boolean,
  multipart: boolean,
): Promise<Submission | ReadFailure> => {
  // A body that says up front it is over the cap is not read at all.
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > (multipart ? MAX_MULTIPART_BODY : MAX_TEXT_BODY))
    return { error: 'tooLarge', wantsJson }
  if (multipart) {
    // Parsed as it arrives (readMultipart.ts): reading stops at the CV's cap.
    const parts = await readMultipart(request)
    if (!parts.ok) return { error: parts.error, wantsJson }
    return {
      wantsJson,
      raw: Object.fromEntries(parts.fields),
      record: fromFormData(parts.fields),
      file: parts.file,
    }
  }
  const bytes = await readCapped(request, MAX_TEXT_BODY).catch(() => undefined)
  if (bytes === null) return { error: 'tooLarge', wantsJson }
  if (bytes === undefined) return { error: 'unreadable', wantsJson }
  try {
    if (type === 'application/json') {
      const body: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
      if (!isPlainObject(body)) return { error: 'unreadable', wantsJson }
      return { wantsJson, raw: body, record: fromRecord(body) }
    }
    const params = new URLSearchParams(new TextDecoder().decode(bytes))
    return { wantsJson, raw: Object.fromEntries(params), record: fromFormData(params) }
  } catch {
    return { error: 'unreadable', wantsJson }
  }
}
