import type { PayloadRequest, Where } from 'payload'
import type { LeadData } from '@vitrine/contracts'
import type { Lead } from '@vitrine/cms-client/types'
import { queueLeadEmails } from '../../collections/Leads/hooks/queueFollowUp'
import { leadDocument } from './leadDocument'
import type { References } from './references'
import { upsertContact } from './upsertContact'
import type { Id } from '@vitrine/contracts/ids'
import { keyedQueue } from '@vitrine/contracts/keyed-queue'

/** A received submission (lead-intakes record) as the intake task reads it. */
export type IntakeRecord = {
  key: string
  data: LeadData
  refs?: References | null
  cv?: Id | { id: Id } | null
  contentHash?: string | null
  /** The sender's client key (intake.ts `clientKey`), for the per-client autoresponder cap. */
  client?: string | null
  createdAt: string
}

/** Same-address submissions in this process run one after the other (no duplicate contact). */
const serialized = keyedQueue()

const idOf = (value: IntakeRecord['cv']) =>
  value && typeof value === 'object' ? value.id : (value ?? undefined)

const leadOf = async (req: PayloadRequest, intakeKey: string) =>
  (
    await req.payload.find({
      collection: 'leads',
      where: { intakeKey: { equals: intakeKey } },
      limit: 1,
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
  ).docs[0] as Lead | undefined

/**
 * Turns a received submission into its contact and lead — whose afterChange hook queues its
 * e-mails and reminders — keyed by the intake key: run again after a crash at any point, it
 * makes no second lead and queues only what is missing (the outbox keys are idempotent).
 */
export const storeLead = (req: PayloadRequest, intake: IntakeRecord) =>
  serialized(intake.data.email, async (): Promise<{ id: Id } | { duplicate: true }> => {
    const { payload } = req
    const done = await leadOf(req, intake.key)
    if (done) {
      await queueLeadEmails(req, done)
      return { id: done.id }
    }
    const now = new Date(intake.createdAt)
    const refs = intake.refs ?? {}
    if (await isDuplicate(req, intake, now)) return { duplicate: true }
    const contact = await upsertContact(req, intake.data, now)
    let lead: { id: Id }
    try {
      lead = await payload.create({
        collection: 'leads',
        data: {
          ...leadDocument(intake.data, { contact: contact.id, cv: idOf(intake.cv), refs, now }),
          intakeKey: intake.key,
          contentHash: intake.contentHash ?? undefined,
        },
        depth: 0, // no select: the afterChange hook that queues the e-mails needs the whole lead
        req,
        overrideAccess: true,
      })
    } catch (error) {
      // The same intake processed elsewhere at the same time (unique intakeKey): that one won.
      const raced = await leadOf(req, intake.key)
      if (!raced) throw error
      await queueLeadEmails(req, raced)
      return { id: raced.id }
    }
    // The person's other leads keep their retention: only a confirmed action restarts it
    // (confirmOptIn), never an anonymous form (anyone can type an address).
    return { id: lead.id }
  })

/**
 * Collapsed into the earlier lead: the same answers again within 2 minutes (a double click, a
 * re-sent page), or a second registration to the same webinar. A different message is a new lead.
 */
const isDuplicate = async (req: PayloadRequest, intake: IntakeRecord, now: Date) => {
  const { data } = intake
  const refs = intake.refs ?? {}
  const where: Where[] = [{ email: { equals: data.email } }, { kind: { equals: data.kind } }]
  if (refs.webinar != null) {
    where.push({ webinar: { equals: refs.webinar } })
  } else {
    if (!intake.contentHash) return false
    where.push({ contentHash: { equals: intake.contentHash } })
    where.push({ createdAt: { greater_than: new Date(now.getTime() - 2 * 60_000).toISOString() } })
  }
  const { totalDocs } = await req.payload.count({ collection: 'leads', where: { and: where }, req })
  return totalDocs > 0
}
