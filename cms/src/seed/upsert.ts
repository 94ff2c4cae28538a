import type { CollectionSlug, Payload, Where } from 'payload'

/**
 * Find-then-create-or-update helpers, so running the seed twice gives the same documents.
 * Every call runs with `overrideAccess` and `context.seed` (hooks skip emails and rebuilds).
 */

export const seedContext = { seed: true } as const

type Data = Record<string, unknown>
type Doc = { id: number | string; [key: string]: unknown }
type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

export type UpsertResult = { doc: Doc; created: boolean }

export const findOne = async (
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
): Promise<Doc | undefined> => {
  const { docs } = await payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    context: seedContext,
  })
  return docs[0] as unknown as Doc | undefined
}

type UpsertOptions = {
  /**
   * For collections with drafts: the `_status` written to the document itself (`draft: false`),
   * so `draft` also unpublishes a document someone published by hand. Omit for other collections.
   */
  status?: 'published' | 'draft'
}

/** Upserts a document found by `where` (its slug, most often). */
export const upsert = async (
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  data: Data,
  { status }: UpsertOptions = {},
): Promise<UpsertResult> => {
  const existing = await findOne(payload, collection, where)
  const body = status ? { ...data, _status: status } : data
  const common = {
    collection,
    depth: 0,
    overrideAccess: true,
    context: seedContext,
    ...(status ? { draft: false } : {}),
  }
  if (existing) {
    const doc = await payload.update({ ...common, id: existing.id, data: body as never })
    return { doc: doc as unknown as Doc, created: false }
  }
  const doc = await payload.create({ ...common, data: body as never })
  return { doc: doc as unknown as Doc, created: true }
}

export const upsertBySlug = (
  payload: Payload,
  collection: CollectionSlug,
  data: Data & { slug: string },
  options?: UpsertOptions,
) => upsert(payload, collection, { slug: { equals: data.slug } }, data, options)

/**
 * Uploads a file once. An existing document with the same filename (or, when the upload was
 * renamed because the file already sat on disk, the same `matchField` value) is reused and its
 * fields updated; the file is replaced only when `replaceIfSizeDiffers` and the size changed.
 */
export const upsertUpload = async (
  payload: Payload,
  collection: CollectionSlug,
  {
    data,
    render,
    filename,
    matchField,
    replaceIfSizeDiffers = false,
  }: {
    data: Data
    render: () => Promise<UploadFile>
    filename: string
    matchField: string
    replaceIfSizeDiffers?: boolean
  },
): Promise<UpsertResult> => {
  const existing =
    (await findOne(payload, collection, { filename: { equals: filename } })) ??
    (await findOne(payload, collection, { [matchField]: { equals: data[matchField] } }))
  const common = { collection, depth: 0, overrideAccess: true, context: seedContext }
  if (existing) {
    let file: UploadFile | undefined
    if (replaceIfSizeDiffers) {
      const rendered = await render()
      if (rendered.size !== existing.filesize) file = rendered
    }
    const doc = await payload.update({
      ...common,
      id: existing.id,
      data: data as never,
      ...(file ? { file } : {}),
    })
    return { doc: doc as unknown as Doc, created: false }
  }
  const doc = await payload.create({ ...common, data: data as never, file: await render() })
  return { doc: doc as unknown as Doc, created: true }
}
