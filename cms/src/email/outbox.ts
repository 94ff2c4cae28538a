import type { PayloadRequest } from 'payload'
import { SharedWindowLimiter } from '../endpoints/leads/rateLimit'
import { config } from '../config'
import type { Id } from '@vitrine/contracts/ids'
import { emailTemplateLabels, personTemplates, type EmailTemplate } from './catalog'
import { mailboxOf } from './mailbox'

/**
 * At most this many automatic e-mails to one mailbox (case, `+tag` and Gmail dots folded) per 24 h,
 * webinar reminders and replays included: the forms cannot be used to spam a stranger.
 */
export const AUTORESPONDER_CAP = config.autoresponderCapPerDay
const DAY_MS = 24 * 3600 * 1000

/**
 * At most this many autoresponders a day triggered by one client (its IP, lib/clientIp.ts), whatever
 * the addresses it types. Shared by every CMS process (database). The team hears about every lead.
 */
export const autoresponderClientLimiter = new SharedWindowLimiter(
  'autoresponder-client',
  () => config.autoresponderCapPerClientPerDay,
  DAY_MS,
)

export type EmailSpec = {
  /** Idempotency key: one record, one send, whatever retries happen. `<lead id>:<template>[:…]`. */
  key: string
  template: EmailTemplate
  to: string
  /** Whose personal data the e-mail carries (for access and erasure requests). */
  person?: string | null
  lead?: Id | null
  webinar?: Id | null
  params?: Record<string, unknown>
  sendAfter?: Date
  /** Record it as not sent (autoresponder cap reached): visible in the log, never sent. */
  skip?: boolean
  /** Why it is skipped, in French for the admin (default: the per-mailbox cap). */
  skipReason?: string
  /**
   * The key names a lead created in this very request: no record can hold it yet, so the lookup
   * is skipped (the unique index on `key` still refuses a second record).
   */
  fresh?: boolean
}

/**
 * Writes the outbox record and queues its `sendEmail` job with the same `req` (same transaction
 * when the database has them). Queueing twice with the same key does nothing the second time.
 * Returns whether it wrote anything.
 */
export const queueEmail = async (req: PayloadRequest, spec: EmailSpec): Promise<boolean> => {
  const { payload } = req
  const existing = spec.fresh
    ? undefined
    : await payload.find({
        collection: 'emails',
        where: { key: { equals: spec.key } },
        limit: 1,
        pagination: false, // no count query
        depth: 0,
        select: { key: true },
        req,
      })
  if (existing?.docs[0]) return false
  await payload.create({
    collection: 'emails',
    data: {
      key: spec.key,
      template: spec.template,
      // Until it is sent (and rendered), the record is titled by what it is.
      subject: emailTemplateLabels[spec.template],
      to: spec.to,
      mailbox: personTemplates.includes(spec.template) ? mailboxOf(spec.to) : undefined,
      person: spec.person ?? undefined,
      // Ids are opaque (numbers on SQLite, strings on MongoDB); the generated types say number.
      lead: (spec.lead ?? undefined) as number | undefined,
      webinar: (spec.webinar ?? undefined) as number | undefined,
      params: spec.params ?? {},
      sendAfter: spec.sendAfter?.toISOString(),
      status: spec.skip ? 'skipped' : 'queued',
      lastError: spec.skip
        ? (spec.skipReason ??
          `Plafond atteint : déjà ${AUTORESPONDER_CAP} e-mails automatiques à cette adresse en 24 h.`)
        : undefined,
    },
    depth: 0, // the record as written: no lead or webinar populated (two queries fewer)
    select: { key: true }, // the id comes with it
    req,
    overrideAccess: true,
  })
  if (!spec.skip) {
    await payload.jobs.queue({
      task: 'sendEmail',
      input: { key: spec.key },
      waitUntil: spec.sendAfter,
      req,
    })
  }
  return true
}

/** Has this mailbox already had its ration of automatic e-mails in the last 24 hours? */
export const autoresponderCapReached = async (
  req: PayloadRequest,
  address: string,
  now = new Date(),
): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection: 'emails',
    where: {
      and: [
        { mailbox: { equals: mailboxOf(address) } },
        { template: { in: personTemplates } },
        { status: { not_equals: 'skipped' } },
        { createdAt: { greater_than: new Date(now.getTime() - DAY_MS).toISOString() } },
      ],
    },
    req,
  })
  return totalDocs >= AUTORESPONDER_CAP
}
