import type { PayloadRequest, TaskConfig } from 'payload'
import { storeLead, type IntakeRecord } from '../endpoints/leads/storeLead'
import { claimOnce } from '../lib/claimOnce'

type Id = number | string
type Intake = IntakeRecord & { id: Id; status: string }

/** A pending record younger than this is left to the process that received it (intakeRunner). */
export const SWEEP_AFTER_MS = 10_000
/** Quarantined submissions, and the used-token records of processed ones, are kept this long. */
export const INTAKE_KEPT_MS = 30 * 24 * 3600 * 1000
/** Records one read of the worker's poll takes (intakePoller.ts). */
export const INTAKE_BATCH = 100
/** A worker's claim on an intake (two workers polling): after this, the sweep does it anyway. */
const INTAKE_CLAIM_MS = 10 * 60_000

/** Keys this process is turning into leads right now: a sweep or a second batch skips them. */
const inHand = new Set<string>()

/**
 * One received submission → its contact, lead and e-mails (storeLead, keyed by the intake key),
 * then the record keeps only what single use of its token needs: the answers are dropped (they
 * are in the lead now). Safe to run twice, here and in another process.
 */
export const processIntake = async (req: PayloadRequest, intake: Intake) => {
  if (inHand.has(intake.key)) return { skipped: true as const }
  inHand.add(intake.key)
  try {
    return await storeIntake(req, intake)
  } finally {
    inHand.delete(intake.key)
  }
}

const storeIntake = async (req: PayloadRequest, intake: Intake) => {
  // The per-client autoresponder cap (email/outbox.ts) counts the sender, not this process.
  if (intake.client) req.context.clientIp = intake.client
  const stored = await storeLead(req, intake)
  // No hooks on lead-intakes: the adapter's update, without Payload's read-back and lock check.
  await req.payload.db.updateOne({
    collection: 'lead-intakes',
    id: intake.id,
    data: {
      status: 'processed',
      data: null,
      refs: null,
      cv: null,
      email: null,
      client: null,
      lead: 'id' in stored ? stored.id : null,
      updatedAt: new Date().toISOString(),
    },
    req,
    returning: false,
  })
  if ('id' in stored)
    req.payload.logger.info(
      `leadIntake: ${intake.data.kind} intake ${intake.key} → lead ${stored.id}`,
    )
  else req.payload.logger.info(`leadIntake: intake ${intake.key} was a repeat of an earlier lead`)
  return stored
}

/** Reads one record by its key (the intake runner has only the key: the write had no read-back). */
export const findIntake = async (req: PayloadRequest, key: string) =>
  (
    await req.payload.find({
      collection: 'lead-intakes',
      where: { key: { equals: key } },
      limit: 1,
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
  ).docs[0] as unknown as Intake | undefined

const before = (now: Date, ms: number) => new Date(now.getTime() - ms).toISOString()

/**
 * Pending records, oldest first (`olderThan`: only those received before it), each made into its
 * lead; a failure is logged and left for the next run. `claim`: only those this process claims
 * (`intake:<key>`, lib/claimOnce.ts), so two pollers split the work. Returns how many were found
 * and processed.
 */
export const processPendingIntakes = async (
  req: PayloadRequest,
  {
    olderThan,
    limit = INTAKE_BATCH,
    claim = false,
  }: { olderThan?: Date; limit?: number; claim?: boolean } = {},
) => {
  const { payload } = req
  const pending = await payload.find({
    collection: 'lead-intakes',
    where: {
      and: [
        { status: { equals: 'pending' } },
        ...(olderThan ? [{ createdAt: { less_than: olderThan.toISOString() } }] : []),
      ],
    },
    sort: 'createdAt',
    limit,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  let processed = 0
  for (const intake of pending.docs as unknown as Intake[]) {
    try {
      if (claim && !(await claimOnce(payload, `intake:${intake.key}`, INTAKE_CLAIM_MS))) continue
      if (!('skipped' in (await processIntake(req, intake)))) processed++
    } catch (error) {
      payload.logger.error({
        err: error,
        msg: `leadIntake: could not process intake ${intake.key}: ${(error as Error).message}`,
      })
    }
  }
  return { found: pending.docs.length, processed }
}

/**
 * The safety net and the janitor: pending records that no process finished (it crashed after
 * answering) are processed now; quarantined submissions and used-token records older than 30 days
 * are deleted, the CV of a quarantined application with them.
 */
export const processLeadIntakes = async (req: PayloadRequest, now = new Date()) => {
  const { payload } = req
  const { processed } = await processPendingIntakes(req, {
    olderThan: new Date(now.getTime() - SWEEP_AFTER_MS),
    limit: 200,
  })
  const expired = await payload.find({
    collection: 'lead-intakes',
    where: {
      and: [
        { status: { in: ['quarantined', 'processed'] } },
        { createdAt: { less_than: before(now, INTAKE_KEPT_MS) } },
      ],
    },
    limit: 500,
    pagination: false,
    depth: 0,
    select: { cv: true, status: true },
    req,
    overrideAccess: true,
  })
  for (const record of expired.docs) {
    await payload.delete({ collection: 'lead-intakes', id: record.id, req, overrideAccess: true })
    const cv = record.cv && typeof record.cv === 'object' ? record.cv.id : record.cv
    if (cv != null && record.status === 'quarantined')
      await payload
        .delete({ collection: 'resumes', id: cv, req, overrideAccess: true })
        .catch(() => undefined)
  }
  if (processed)
    payload.logger.warn(`leadIntake: sweep processed ${processed} intake(s) left pending`)
  return { processed, purged: expired.docs.length }
}

export const processLeadIntakesTask: TaskConfig<'processLeadIntakes'> = {
  slug: 'processLeadIntakes',
  label: 'Enregistrer les envois reçus et purger la quarantaine',
  inputSchema: [],
  outputSchema: [
    { name: 'processed', type: 'number' },
    { name: 'purged', type: 'number' },
  ],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 } },
  schedule: [{ cron: '*/15 * * * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: await processLeadIntakes(req) }),
}
