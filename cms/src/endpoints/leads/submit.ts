import type { Endpoint, PayloadRequest } from 'payload'
import { CV_FIELD, FORM_TOKEN_FIELD, isHoneypotFilled, parseLead } from '@vitrine/contracts'
import { checkCv, cvMessages, type CheckedCv } from './cvFile'
import { isForeignOrigin } from './cors'
import { checkFormToken } from './formToken'
import { mailboxOf } from '../../email/mailbox'
import { clientIp } from '../../lib/clientIp'
import { limits, SharedWindowLimiter } from './rateLimit'
import { readSubmission } from './readSubmission'
import { checkReferences } from './references'
import { failure, messages, success } from './respond'
import { countSpam } from './spamCounter'
import { CvRefused, storeLead } from './storeLead'

/** Submissions without a valid form token share a tight budget per IP (see docs/adr/0004). */
export const tokenlessLimiter = new SharedWindowLimiter(
  'tokenless',
  Number(process.env.LEADS_TOKENLESS_PER_IP_PER_HOUR ?? 3),
  3_600_000,
)

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000))

/**
 * POST /api/leads/submit — every lead form of the site. Order of the checks: origin, body,
 * rate per IP, honeypot, form token, contract, CV, rate per address, referenced documents; then
 * the lead and its e-mails are stored in one step and only then answered. See docs/adr/0004.
 */
export const submitLead = async (req: PayloadRequest): Promise<Response> => {
  const { payload } = req
  const headers = req.headers
  const origin = headers.get('origin')
  const ip = clientIp(headers)
  // The autoresponder cap per client reads it (email/outbox.ts).
  req.context.clientIp = ip
  const base = { origin, referer: headers.get('referer') }

  if (isForeignOrigin(origin)) {
    countSpam(payload, 'foreignOrigin', `origin ${origin} ip ${ip}`)
    return failure(
      { ...base, wantsJson: true },
      { status: 403, fieldErrors: {}, formError: messages.rejected },
    )
  }
  const body = await readSubmission(req as unknown as Request)
  if ('error' in body) {
    const ctx = { ...base, wantsJson: body.wantsJson }
    if (body.error === 'busy')
      return failure(ctx, {
        status: 503,
        fieldErrors: {},
        formError: messages.busy,
        retryAfterSeconds: 10,
      })
    if (body.error === 'tooLarge')
      return failure(ctx, {
        status: 413,
        fieldErrors: { [CV_FIELD]: cvMessages.tooLarge },
        formError: cvMessages.tooLarge,
      })
    return failure(ctx, {
      status: body.error === 'unsupported' ? 415 : 400,
      fieldErrors: {},
      formError: messages.unsupported,
    })
  }
  const ctx = {
    ...base,
    wantsJson: body.wantsJson,
    kind: body.record.kind,
    sourcePage: body.record.sourcePage,
  }

  const perIp = await limits.perIp.hit(payload, ip)
  if (!perIp.ok) {
    countSpam(payload, 'rateLimitIp', `ip ${ip}`)
    return failure(ctx, {
      status: 429,
      fieldErrors: {},
      formError: messages.rateLimited,
      retryAfterSeconds: seconds(perIp.retryAfterMs),
    })
  }
  if (isHoneypotFilled(body.raw)) {
    // Answered like a success so the bot learns nothing; nothing is stored or sent.
    countSpam(payload, 'honeypot', `ip ${ip} kind ${String(body.record.kind)}`)
    return success({ ...ctx, kind: String(body.record.kind) })
  }
  const token = checkFormToken(body.record[FORM_TOKEN_FIELD])
  if (token === 'tooFast') {
    countSpam(payload, 'tooFast', `ip ${ip}`)
    return failure(ctx, { status: 400, fieldErrors: {}, formError: messages.rejected })
  }
  if (token !== 'ok') {
    const budget = await tokenlessLimiter.hit(payload, ip)
    if (!budget.ok) {
      countSpam(payload, 'suspicious', `ip ${ip} token ${token}`)
      return failure(ctx, {
        status: 429,
        fieldErrors: {},
        formError: messages.rateLimited,
        retryAfterSeconds: seconds(budget.retryAfterMs),
      })
    }
  }

  const parsed = parseLead(body.record)
  if (!parsed.ok)
    return failure(ctx, {
      status: 400,
      fieldErrors: parsed.fieldErrors,
      formError: parsed.formError,
    })
  const data = parsed.data

  let cv: CheckedCv | undefined
  if (body.file && data.kind === 'freelancer_application') {
    const checked = await checkCv(body.file)
    if (!checked.ok) return failure(ctx, { status: 400, fieldErrors: checked.fieldErrors })
    cv = checked.cv
  }
  const perEmail = await limits.perEmail.hit(payload, mailboxOf(data.email))
  if (!perEmail.ok) {
    countSpam(payload, 'rateLimitEmail', `ip ${ip}`)
    return failure(ctx, {
      status: 429,
      fieldErrors: {},
      formError: messages.rateLimited,
      retryAfterSeconds: seconds(perEmail.retryAfterMs),
    })
  }

  try {
    const refs = await checkReferences(req, data)
    if (!refs.ok) return failure(ctx, refs.failure)
    const stored = await storeLead(req, data, { cv, refs: refs.refs })
    if ('id' in stored) payload.logger.info(`leads/submit: stored ${data.kind} lead ${stored.id}`)
    return success({ ...ctx, kind: data.kind })
  } catch (error) {
    if (error instanceof CvRefused) {
      payload.logger.warn(`leads/submit: CV refused by the upload checks: ${error.message}`)
      return failure(ctx, { status: 400, fieldErrors: { [CV_FIELD]: cvMessages.wrongType } })
    }
    payload.logger.error({
      err: error,
      msg: `leads/submit: could not store a ${data.kind} lead: ${(error as Error).message}`,
    })
    return failure(ctx, {
      status: 503,
      fieldErrors: {},
      formError: messages.unavailable,
      retryAfterSeconds: 30,
    })
  }
}

export const submitEndpoint: Endpoint = { path: '/submit', method: 'post', handler: submitLead }
