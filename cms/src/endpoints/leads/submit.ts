import type { Endpoint, PayloadRequest } from 'payload'
import {
  CV_FIELD,
  FORM_TOKEN_FIELD,
  HONEYPOT_FIELD,
  isHoneypotFilled,
  parseLead,
} from '@vitrine/contracts'
import { checkCv, cvMessages, type CheckedCv } from './cvFile'
import { issueConfirmToken } from './confirmIntake'
import { confirmationPage } from './confirmationPage'
import { isForeignOrigin } from './cors'
import { checkFormToken, formTokenNonce } from './formToken'
import { mailboxOf } from '../../email/mailbox'
import { clientIp } from '../../lib/clientIp'
import { limits, SharedWindowLimiter } from './rateLimit'
import { readSubmission } from './readSubmission'
import { checkReferences } from './references'
import { failure, messages, success } from './respond'
import { countSpam } from './spamCounter'
import { handOverIntake } from '../../jobs/intakeRunner'
import { writeIntake } from './intake'
import { softFailure, spamCounterOf } from './softFailure'
import { CvRefused, storeCv } from './storeCv'

/** Submissions without a valid form token share a tight budget per IP (see docs/adr/0004). */
export const tokenlessLimiter = new SharedWindowLimiter(
  'tokenless',
  Number(process.env.LEADS_TOKENLESS_PER_IP_PER_HOUR ?? 3),
  3_600_000,
)

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000))

const deleteCv = (req: PayloadRequest, id: number | string) =>
  req.payload
    .delete({ collection: 'resumes', id, req, overrideAccess: true })
    .then(() => undefined)
    .catch(() => undefined)

/**
 * POST /api/leads/submit — every lead form of the site. Hard checks first (origin, body, rate per
 * IP, contract, CV, rate per address, referenced documents): a failure is refused and says why.
 * Then the soft ones (honeypot, form token): a failure is kept in quarantine. Then one durable
 * write of the submission (lead-intakes) and the answer; the lead, its contact and e-mails are
 * made right after (intakeRunner: in this process in the demo, by the worker in production), or
 * by the intake task after a crash. See docs/adr/0019 and 0027.
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
  // A filled honeypot is a soft failure (quarantine, below): the rest of the form is checked.
  const honeypotFilled = isHoneypotFilled(body.raw)
  const parsed = parseLead(
    honeypotFilled ? { ...body.record, [HONEYPOT_FIELD]: undefined } : body.record,
  )
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

  // Soft checks: a failure is kept in quarantine for sales, answered like a success.
  const tokenValue = body.record[FORM_TOKEN_FIELD]
  const token = checkFormToken(tokenValue)
  // A plain form post with the page's token (or none) is confirmed by the visitor (docs/adr/0029).
  const reason = softFailure(honeypotFilled, token, { canConfirm: !body.wantsJson })
  if (token !== 'ok' && token !== 'tooFast' && token !== 'page') {
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

  let cvId: number | string | undefined
  try {
    const refs = await checkReferences(req, data)
    if (!refs.ok) return failure(ctx, refs.failure)
    cvId = cv ? await storeCv(req, data.email, cv) : undefined
    const written = await writeIntake(req, {
      data,
      refs: refs.refs,
      cv: cvId,
      reason,
      tokenNonce: formTokenNonce(tokenValue),
      clientIp: ip,
    })
    if ('key' in written && written.status === 'pending') handOverIntake(payload, written.key)
    else if ('key' in written && reason === 'unconfirmed')
      return confirmationPage(data, issueConfirmToken(written.key), {
        referer: base.referer,
        hasCv: cvId != null,
      })
    else if ('key' in written) {
      const held = reason ?? 'tokenReplayed'
      countSpam(payload, spamCounterOf[held], `ip ${ip} kind ${data.kind} intake ${written.key}`)
    } else if (cvId != null) await deleteCv(req, cvId)
    return success({ ...ctx, kind: data.kind })
  } catch (error) {
    if (error instanceof CvRefused) {
      payload.logger.warn(`leads/submit: CV refused by the upload checks: ${error.message}`)
      return failure(ctx, { status: 400, fieldErrors: { [CV_FIELD]: cvMessages.wrongType } })
    }
    // Nothing is kept when the intake write failed: no orphan CV file either.
    if (cvId != null) await deleteCv(req, cvId)
    payload.logger.error({
      err: error,
      msg: `leads/submit: could not store a ${data.kind} submission: ${(error as Error).message}`,
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
