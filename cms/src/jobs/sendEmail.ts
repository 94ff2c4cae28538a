import crypto from 'node:crypto'
import type { PayloadRequest, TaskConfig } from 'payload'
import type { Email } from '@vitrine/cms-client/types'
import { buildMessage } from '../email/messages'
import { config } from '../config'
import { idOf } from '@vitrine/contracts/ids'
import { keyedQueue } from '@vitrine/contracts/keyed-queue'
import { claimOnce } from '../lib/claimOnce'
import { jobLeaseMs } from './leases'

/** 10 attempts, 30 s × 2ⁿ apart: about 8 h of SMTP outage before a record is marked failed. */
export const EMAIL_RETRIES = 9
const RETRY_DELAY_MS = config.emailRetryDelayMs

/** The same key always gives the same Message-ID: a receiving server can spot a duplicate. */
export const messageIdFor = (key: string) => {
  const domain = config.smtp.fromDomain
  return `<${crypto.createHash('sha256').update(key).digest('hex').slice(0, 32)}@${domain}>`
}

const done = new Set(['sent', 'skipped', 'cancelled'])

/** Jobs of one key never run side by side in this process (the worker runs a batch in parallel). */
const oneAtATime = keyedQueue()

/**
 * Sends one outbox record, at most once: a record already sent (a retried or duplicated job) is
 * left alone; a failure is written on the record (attempts, last error) and thrown so the queue
 * retries with backoff.
 */
export const deliverEmail = (req: PayloadRequest, key: string, jobId: string): Promise<string> =>
  oneAtATime(key, () => deliver(req, key, jobId))

const deliver = async (req: PayloadRequest, key: string, jobId: string): Promise<string> => {
  const { payload } = req
  const found = await payload.find({
    collection: 'emails',
    where: { key: { equals: key } },
    limit: 1,
    pagination: false, // no count query
    depth: 0,
    req,
  })
  const record = found.docs[0] as Email | undefined
  if (!record) return 'missing (erased)'
  if (done.has(record.status)) return `already ${record.status}`
  // Only the system writes this collection and it has no hooks: a status write is one UPDATE,
  // without the Local API's read before and read back (two per e-mail; ADR 0038). `updatedAt` is
  // set as Payload's update sets it: the lease above and the claim key below read it.
  const update = async (data: Partial<Email>) => {
    await payload.db.updateOne({
      collection: 'emails',
      id: record.id,
      data: { ...data, updatedAt: new Date().toISOString() },
      req,
      returning: false,
    })
  }
  const where = `${record.template} for lead ${String(idOf(record.lead) ?? '-')} (key ${key}, job ${jobId})`

  // Claimed before SMTP, across processes: one claim per version of the record. While another
  // runner holds it, this job fails and is retried later (it then finds the record sent, or, if that
  // runner died and its lease is over, takes the record back and sends it).
  const live = Date.parse(record.updatedAt) > Date.now() - jobLeaseMs()
  const busy = `sendEmail: ${where} is being sent by another runner; will check again`
  if (record.status === 'sending' && live) throw new Error(busy)
  if (!(await claimOnce(payload, `email:${key}:${record.updatedAt}`, 7 * 24 * 3600_000)))
    throw new Error(busy)
  await update({ status: 'sending' })

  const message = await buildMessage(req, record)
  if ('cancel' in message) {
    await update({ status: 'cancelled', lastError: message.cancel })
    payload.logger.info(`sendEmail: ${where} cancelled: ${message.cancel}`)
    return 'cancelled'
  }
  const attempts = (record.attempts ?? 0) + 1
  const messageId = messageIdFor(key)
  try {
    await payload.sendEmail({
      to: record.to,
      subject: message.subject,
      html: message.html,
      text: message.text,
      replyTo: message.replyTo,
      attachments: message.attachments,
      messageId,
      headers: { 'X-Vitrine-Email-Key': key, 'Auto-Submitted': 'auto-generated' },
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const final = attempts > EMAIL_RETRIES
    await update({
      status: final ? 'failed' : 'retrying',
      attempts,
      subject: message.subject,
      lastError: `${new Date().toISOString()} — ${reason}`,
    })
    throw new Error(`sendEmail: ${where} failed on attempt ${attempts}: ${reason}`)
  }
  await update({
    status: 'sent',
    attempts,
    subject: message.subject,
    sentAt: new Date().toISOString(),
    messageId,
    lastError: null,
  })
  return 'sent'
}

export const sendEmailTask: TaskConfig<'sendEmail'> = {
  slug: 'sendEmail',
  label: 'Envoyer un e-mail',
  inputSchema: [{ name: 'key', type: 'text', required: true }],
  outputSchema: [{ name: 'result', type: 'text' }],
  retries: { attempts: EMAIL_RETRIES, backoff: { type: 'exponential', delay: RETRY_DELAY_MS } },
  handler: async ({ input, job, req }) => ({
    output: { result: await deliverEmail(req, input.key, String(job.id)) },
  }),
}
