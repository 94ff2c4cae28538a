import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { PayloadRequest, UploadCollectionSlug } from 'payload'

type StoredDoc = { filename?: string | null; prefix?: string | null }

/**
 * The bytes of an uploaded file, wherever it lives: through the collection's storage handler
 * (object storage, see plugins/objectStorage.ts) when there is one, else from its folder on disk.
 * For endpoints that checked access themselves (white-paper links, privacy export). Null when the
 * file is gone.
 */
export const openStoredFile = async (
  req: PayloadRequest,
  slug: UploadCollectionSlug,
  doc: StoredDoc,
): Promise<{ body: ReadableStream; size: number | null } | null> => {
  if (!doc.filename) return null
  const filename = path.basename(doc.filename)
  const upload = req.payload.collections[slug].config.upload
  for (const handler of upload.handlers ?? []) {
    const response = await handler(req, {
      doc: doc as never,
      headers: new Headers(),
      params: { collection: slug, filename, prefix: doc.prefix ?? undefined },
    })
    if (response instanceof Response) {
      if (!response.ok || !response.body) return null
      const length = response.headers.get('content-length')
      return { body: response.body, size: length ? Number(length) : null }
    }
  }
  if (!upload.staticDir) return null
  const file = path.join(upload.staticDir, filename)
  if (!fs.existsSync(file)) return null
  return {
    body: Readable.toWeb(fs.createReadStream(file)) as ReadableStream,
    size: fs.statSync(file).size,
  }
}

/** The whole file, for the privacy export. */
export const readStoredFile = async (
  req: PayloadRequest,
  slug: UploadCollectionSlug,
  doc: StoredDoc,
): Promise<Buffer | null> => {
  const file = await openStoredFile(req, slug, doc)
  return file ? Buffer.from(await new Response(file.body).arrayBuffer()) : null
}
