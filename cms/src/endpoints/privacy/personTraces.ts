import fs from 'node:fs'
import path from 'node:path'
import type { PayloadRequest, Where } from 'payload'
import { idOf, type Id } from '@vitrine/contracts/ids'

const PAGE = 200

/** Every document of a collection, page by page (system scans: exports, jobs, CV records). */
async function* everyDoc(
  req: PayloadRequest,
  collection: 'exports' | 'payload-jobs' | 'resumes',
  where?: Where,
) {
  for (let page = 1; ; page++) {
    const found = await req.payload.find({
      collection,
      where,
      page,
      limit: PAGE,
      depth: 0,
      req,
      overrideAccess: true,
    })
    yield* found.docs as unknown as Record<string, unknown>[]
    if (!found.hasNextPage) break
  }
}

const mentions = (text: string, email: string) => text.toLowerCase().includes(email.toLowerCase())

/** Saved exports (plugin-import-export files) whose content lists the address: deleted, file and all. */
export const eraseExportsListing = async (req: PayloadRequest, email: string) => {
  const dir = req.payload.collections.exports?.config.upload.staticDir
  if (!dir) return 0
  const ids: (number | string)[] = []
  for await (const doc of everyDoc(req, 'exports')) {
    const file = typeof doc.filename === 'string' ? path.join(dir, path.basename(doc.filename)) : ''
    if (file && fs.existsSync(file) && mentions(fs.readFileSync(file, 'utf8'), email))
      ids.push(doc.id as number | string)
  }
  for (const id of ids)
    await req.payload.delete({ collection: 'exports', id, req, overrideAccess: true })
  return ids.length
}

/**
 * Jobs whose input, log or error names the address (SMTP errors often quote the recipient):
 * deleted. A job being run right now is left to finish (the nightly purge removes it later).
 */
export const eraseJobsNaming = async (req: PayloadRequest, email: string) => {
  const ids: (number | string)[] = []
  for await (const job of everyDoc(req, 'payload-jobs')) {
    if (job.processing) continue
    const text = JSON.stringify([job.input, job.log, job.error])
    if (mentions(text, email)) ids.push(job.id as number | string)
  }
  if (ids.length)
    await req.payload.db.deleteMany({
      collection: 'payload-jobs',
      where: { id: { in: ids } },
      req: {},
    })
  return ids.length
}

/**
 * CV files no `resumes` record points to (a crash between the file and its record): nobody can
 * reach them through the admin, so no erasure or purge could either. Removed (older than an hour,
 * so an upload being stored right now is left alone).
 */
export const removeOrphanCvFiles = async (req: PayloadRequest, now = Date.now()) => {
  const dir = req.payload.collections.resumes.config.upload.staticDir
  if (!dir || !fs.existsSync(dir)) return 0
  const known = new Set<string>()
  for await (const doc of everyDoc(req, 'resumes'))
    if (typeof doc.filename === 'string') known.add(doc.filename)
  let removed = 0
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name)
    if (known.has(name) || !fs.statSync(file).isFile()) continue
    if (now - fs.statSync(file).mtimeMs < 3600_000) continue
    fs.rmSync(file, { force: true })
    removed++
  }
  return removed
}

/**
 * Contacts no lead points to any more (a crash between the contact and its lead: audit F4c), a day
 * after they were created: nothing else would ever purge or erase them.
 */
export const removeOrphanContacts = async (req: PayloadRequest, now = Date.now()) => {
  const before = new Date(now - 24 * 3600_000).toISOString()
  let removed = 0
  for (let page = 1; ; page++) {
    const found = await req.payload.find({
      collection: 'contacts',
      where: { createdAt: { less_than: before } },
      page,
      limit: PAGE,
      depth: 0,
      select: { email: true },
      req,
      overrideAccess: true,
    })
    for (const contact of found.docs) {
      const { totalDocs } = await req.payload.count({
        collection: 'leads',
        where: { contact: { equals: contact.id } },
        req,
        overrideAccess: true,
      })
      if (totalDocs > 0) continue
      await req.payload.delete({
        collection: 'contacts',
        id: contact.id,
        req,
        overrideAccess: true,
      })
      removed++
    }
    if (!found.hasNextPage) break
  }
  return removed
}

/**
 * CV records no lead and no received submission points to (a process killed between a lead's
 * deletion and its CV's, or between a CV's upload and its intake record): no purge or erasure
 * would ever reach them. Deleted with their file, an hour after their upload (one being submitted
 * right now is not pointed to yet).
 */
export const removeOrphanResumes = async (req: PayloadRequest, now = Date.now()) => {
  const before = new Date(now - 3600_000).toISOString()
  const ids: Id[] = []
  for await (const doc of everyDoc(req, 'resumes', { createdAt: { less_than: before } }))
    ids.push(doc.id as Id)
  const pointed = new Set<string>()
  for (let i = 0; i < ids.length; i += PAGE)
    for (const collection of ['leads', 'lead-intakes'] as const) {
      const owners = await req.payload.find({
        collection,
        where: { cv: { in: ids.slice(i, i + PAGE) } },
        limit: 0,
        pagination: false,
        depth: 0,
        select: { cv: true },
        req,
        overrideAccess: true,
      })
      for (const owner of owners.docs) pointed.add(String(idOf(owner.cv)))
    }
  const orphans = ids.filter((id) => !pointed.has(String(id)))
  for (const id of orphans)
    await req.payload.delete({ collection: 'resumes', id, req, overrideAccess: true })
  return orphans.length
}
