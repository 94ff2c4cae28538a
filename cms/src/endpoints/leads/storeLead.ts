import type { PayloadRequest, Where } from 'payload'
import { commitTransaction, initTransaction, killTransaction, ValidationError } from 'payload'
import type { LeadData } from '@vitrine/contracts'
import type { CheckedCv } from './cvFile'
import { leadDocument } from './leadDocument'
import type { References } from './references'
import type { Id } from '@vitrine/contracts/ids'
import { keyedQueue } from '@vitrine/contracts/keyed-queue'

/** Same-address submissions in this process run one after the other (no duplicate contact). */
const serialized = keyedQueue()

/** Payload refused the CV's content (its own sniffing and PDF integrity check). */
export class CvRefused extends Error {}

const storeCv = async (req: PayloadRequest, email: string, file: CheckedCv): Promise<Id> => {
  try {
    const doc = await req.payload.create({
      collection: 'resumes',
      data: { person: email },
      file,
      depth: 0,
      req,
      overrideAccess: true,
    })
    return doc.id
  } catch (error) {
    // instanceof, not the name: the production build minifies class names (the name check let a
    // refused PDF through as a 503 "incident technique").
    if (error instanceof ValidationError || (error as { name?: string }).name === 'ValidationError')
      throw new CvRefused((error as Error).message)
    throw error
  }
}

const str = (value: unknown) => (typeof value === 'string' && value ? value : undefined)

/** One contact per address: created on first contact, refreshed (last own contact = now) after. */
const upsertContact = async (
  req: PayloadRequest,
  data: LeadData,
  now: Date,
): Promise<{ id: Id; created: boolean }> => {
  const values = data as Record<string, unknown>
  const { payload } = req
  const found = await payload.find({
    collection: 'contacts',
    where: { email: { equals: data.email } },
    limit: 1,
    pagination: false, // no count query
    depth: 0,
    joins: false, // not the person's leads: one query fewer
    req,
  })
  const existing = found.docs[0]
  const fresh = {
    firstName: str(values.firstName) ?? existing?.firstName ?? undefined,
    lastName: str(values.lastName) ?? existing?.lastName ?? undefined,
    phone: str(values.phone) ?? existing?.phone ?? undefined,
    companyName: str(values.companyName) ?? existing?.companyName ?? undefined,
    lastOwnContactAt: now.toISOString(),
    marketingOptIn: Boolean(existing?.marketingOptIn) || values.marketingOptIn === true,
  }
  if (existing) {
    await payload.update({
      collection: 'contacts',
      id: existing.id,
      data: fresh,
      depth: 0,
      select: { email: true }, // the id comes with it
      req,
      overrideAccess: true,
    })
    return { id: existing.id, created: false }
  }
  const created = await payload.create({
    collection: 'contacts',
    data: { email: data.email, firstContactAt: now.toISOString(), ...fresh },
    depth: 0,
    select: { email: true }, // the id comes with it
    req,
    overrideAccess: true,
  })
  return { id: created.id, created: true }
}

/**
 * Stores a valid lead: contact, CV, the lead itself — whose afterChange hook queues its e-mails
 * and reminders with the same `req` — and restarts the retention clock of the person's other
 * leads. One transaction where the database has them: committed before the caller answers.
 */
export const storeLead = (
  req: PayloadRequest,
  data: LeadData,
  extra: { cv?: CheckedCv; refs: References; now?: Date },
) =>
  serialized(data.email, async (): Promise<{ id: Id } | { duplicate: true }> => {
    const now = extra.now ?? new Date()
    const { payload } = req
    if (await isDuplicate(req, data, extra.refs, now)) return { duplicate: true }
    const started = await initTransaction(req)
    let cv: Id | undefined
    try {
      // The CV first: Payload checks the file's bytes again and may refuse it (CvRefused).
      cv = extra.cv ? await storeCv(req, data.email, extra.cv) : undefined
      const contact = await upsertContact(req, data, now)
      const lead = await payload.create({
        collection: 'leads',
        data: leadDocument(data, { contact: contact.id, cv, refs: extra.refs, now }),
        depth: 0,
        req,
        overrideAccess: true,
      })
      // A contact created just now has no other lead whose retention clock would restart.
      if (!contact.created)
        await payload.update({
          collection: 'leads',
          where: { and: [{ contact: { equals: contact.id } }, { id: { not_equals: lead.id } }] },
          data: { lastContactAt: now.toISOString() },
          depth: 0,
          select: { email: true }, // the id comes with it
          req,
          overrideAccess: true,
        })
      if (started) await commitTransaction(req)
      return { id: lead.id }
    } catch (error) {
      if (started) await killTransaction(req)
      // Without transactions (SQLite), do not leave an orphan file behind.
      else if (cv != null)
        await payload
          .delete({ collection: 'resumes', id: cv, req, overrideAccess: true })
          .catch(() => undefined)
      throw error
    } finally {
      if (req.transactionID instanceof Promise) delete req.transactionID
    }
  })

/** A double click, or a second registration to the same webinar: answered as a success, stored once. */
const isDuplicate = async (
  req: PayloadRequest,
  data: LeadData,
  refs: References,
  now = new Date(),
): Promise<boolean> => {
  const where: Where[] = [{ email: { equals: data.email } }, { kind: { equals: data.kind } }]
  if (refs.webinar != null) {
    where.push({ webinar: { equals: refs.webinar } })
  } else {
    if (refs.whitePaper != null) where.push({ whitePaper: { equals: refs.whitePaper } })
    where.push({ createdAt: { greater_than: new Date(now.getTime() - 2 * 60_000).toISOString() } })
  }
  const { totalDocs } = await req.payload.count({ collection: 'leads', where: { and: where }, req })
  return totalDocs > 0
}
