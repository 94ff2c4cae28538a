import type { PayloadRequest } from 'payload'
import { emailTemplateLabels, type EmailTemplate } from './catalog'
import { config } from '../config'
import type { Id } from '@vitrine/contracts/ids'

/** At most this many e-mails to one visitor address per 24 h: the forms cannot be used to spam a stranger. */
export const AUTORESPONDER_CAP = config.autoresponderCapPerDay
const DAY_MS = 24 * 3600 * 1000

/** E-mails that answer a submission right away (reminders and replays follow a confirmed one). */
export const autoresponderTemplates: readonly EmailTemplate[] = [
  'acknowledgement',
  'whitepaper-link',
  'webinar-confirmation',
  'application-acknowledgement',
]

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
      person: spec.person ?? undefined,
      // Ids are opaque (numbers on SQLite, strings on MongoDB); the generated types say number.
      lead: (spec.lead ?? undefined) as number | undefined,
      webinar: (spec.webinar ?? undefined) as number | undefined,
      params: spec.params ?? {},
      sendAfter: spec.sendAfter?.toISOString(),
      status: spec.skip ? 'skipped' : 'queued',
      lastError: spec.skip
        ? `Plafond atteint : déjà ${AUTORESPONDER_CAP} e-mails automatiques à cette adresse en 24 h.`
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

/** Has this address already had its ration of autoresponders in the last 24 hours? */
export const autoresponderCapReached = async (
  req: PayloadRequest,
  address: string,
  now = new Date(),
): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection: 'emails',
    where: {
      and: [
        { to: { equals: address } },
        { template: { in: autoresponderTemplates } },
        { status: { not_equals: 'skipped' } },
        { createdAt: { greater_than: new Date(now.getTime() - DAY_MS).toISOString() } },
      ],
    },
    req,
  })
  return totalDocs >= AUTORESPONDER_CAP
}
