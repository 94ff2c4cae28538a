import busboy from 'busboy'
import { CV_FIELD, CV_MAX_BYTES } from '@vitrine/contracts'

/** Text fields of a multipart body stay small (as JSON and url-encoded bodies do). */
export const MAX_MULTIPART_TEXT = 64 * 1024

/** The CV as it arrived: one copy of its bytes, its name and the type the browser claimed. */
export type UploadedFile = { name: string; type: string; data: Buffer }

export type Multipart =
  | { ok: true; fields: [string, string][]; file?: UploadedFile }
  | { ok: false; error: 'tooLarge' | 'unreadable' }

/**
 * The file's bytes in one buffer: sized from Content-Length when the client sent one (a browser
 * always does), so the file is never held twice; otherwise the chunks, joined at the end.
 */
const fileSink = (declared: number) => {
  let buffer = declared > 0 ? Buffer.allocUnsafe(Math.min(declared, CV_MAX_BYTES)) : null
  const chunks: Buffer[] = []
  let size = 0
  return {
    push(chunk: Buffer) {
      if (buffer && size + chunk.length <= buffer.length) chunk.copy(buffer, size)
      else {
        if (buffer) chunks.push(buffer.subarray(0, size))
        buffer = null
        chunks.push(chunk)
      }
      size += chunk.length
    },
    bytes: () => (buffer ? buffer.subarray(0, size) : Buffer.concat(chunks, size)),
  }
}

/**
 * Parses a multipart body as it arrives (busboy), without buffering it: the text fields, and the
 * `cv` file, at most CV_MAX_BYTES. The moment the file or the text goes over its cap, reading
 * stops (the rest of the body is never requested) and the answer is `tooLarge`. Other files are
 * skipped unread. The lock on the body is released, not cancelled: an in-process sender (tests)
 * would throw on its next chunk.
 */
export const readMultipart = async (request: Request): Promise<Multipart> => {
  let parser: busboy.Busboy
  try {
    parser = busboy({
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
      // busboy reports the limit when a file reaches it: one byte more than a CV may have.
      limits: { fileSize: CV_MAX_BYTES + 1, files: 1, fieldSize: MAX_MULTIPART_TEXT, parts: 200 },
    })
  } catch {
    return { ok: false, error: 'unreadable' }
  }
  const declared = Number(request.headers.get('content-length') ?? 0)
  const fields: [string, string][] = []
  let textBytes = 0
  let file: (UploadedFile & { sink: ReturnType<typeof fileSink> }) | undefined
  let failed: 'tooLarge' | 'unreadable' | undefined
  const fail = (error: 'tooLarge' | 'unreadable') => (failed ??= error)

  parser.on('field', (name, value, info) => {
    textBytes += name.length + value.length
    if (info.valueTruncated || textBytes > MAX_MULTIPART_TEXT) fail('tooLarge')
    else fields.push([name, value])
  })
  parser.on('file', (name, stream, info) => {
    if (name !== CV_FIELD || file) return void stream.resume()
    const sink = fileSink(declared)
    file = { name: info.filename ?? '', type: info.mimeType ?? '', data: Buffer.alloc(0), sink }
    stream.on('data', (chunk: Buffer) => sink.push(chunk))
    stream.on('error', () => fail('unreadable')) // also when reading stops at the cap
    stream.on('limit', () => fail('tooLarge'))
  })
  for (const limit of ['partsLimit', 'filesLimit', 'fieldsLimit'] as const)
    parser.on(limit, () => fail('tooLarge'))
  const closed = new Promise<void>((resolve) => {
    parser.on('close', resolve)
    parser.on('error', () => {
      fail('unreadable')
      resolve()
    })
  })

  const reader = request.body?.getReader()
  if (!reader) return { ok: false, error: 'unreadable' }
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      // busboy reports limits while it parses a write: check before asking for the next chunk.
      const more = parser.write(value)
      if (failed) break
      if (!more) await new Promise((resolve) => parser.once('drain', resolve))
      if (failed) break
    }
  } catch {
    fail('unreadable')
  }
  if (failed) {
    reader.releaseLock()
    parser.destroy()
    return { ok: false, error: failed }
  }
  parser.end()
  await closed
  if (failed) return { ok: false, error: failed }
  if (!file) return { ok: true, fields }
  const { sink, ...uploaded } = file
  const data = sink.bytes()
  return { ok: true, fields, file: data.length > 0 ? { ...uploaded, data } : undefined }
}
