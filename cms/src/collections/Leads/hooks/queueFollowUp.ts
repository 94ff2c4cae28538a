import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import type { Lead } from '@vitrine/cms-client/types'
import type { EmailTemplate } from '../../../email/catalog'
import {
  autoresponderCapReached,
  autoresponderClientLimiter,
  queueEmail,
} from '../../../email/outbox'
import { teamRecipients } from '../../../email/recipients'
import { syncWebinarReminders } from '../../../email/webinarSchedule'
import { skipSideEffects } from '../../../lib/skipSideEffects'
import { idOf } from '@vitrine/contracts/ids'

/** The e-mail the person gets right away, per kind. */
export const personTemplateByKind = (kind: Lead['kind']): EmailTemplate => {
  switch (kind) {
    case 'whitepaper':
      return 'whitepaper-link'
    case 'webinar':
      return 'webinar-confirmation'
    case 'freelancer_application':
      return 'application-acknowledgement'
    case 'newsletter':
      return 'optin-confirmation' // the sign-up counts once the address confirms it
    default:
      return 'acknowledgement'
  }
}

/**
 * Queues the e-mails of a lead, idempotently (keys): the team notification always; the person's
 * e-mail unless the address already got its ration today; for a webinar registration, the
 * webinar's reminder jobs if they are not there yet. Used on create (`fresh`: the lead was just
 * made, its keys cannot exist) and by the sweeper.
 */
export const queueLeadEmails = async (
  req: PayloadRequest,
  doc: Lead,
  { fresh = false }: { fresh?: boolean } = {},
) => {
  const team = await teamRecipients(req, doc.kind)
  await queueEmail(req, {
    fresh,
    key: `${doc.id}:team-notification`,
    template: 'team-notification',
    to: team.join(', '),
    person: doc.email,
    lead: doc.id,
  })
  const template = personTemplateByKind(doc.kind)
  const webinar = idOf(doc.webinar)
  const mailboxFull = await autoresponderCapReached(req, doc.email)
  // The client that sent it (set by the submit endpoint; absent for the sweeper and imports).
  const client = typeof req.context?.clientIp === 'string' ? req.context.clientIp : undefined
  const clientFull =
    !mailboxFull && client != null
      ? !(await autoresponderClientLimiter.hit(req.payload, client)).ok
      : false
  await queueEmail(req, {
    fresh,
    key: `${doc.id}:${template}`,
    template,
    to: doc.email,
    person: doc.email,
    lead: doc.id,
    webinar,
    skip: mailboxFull || clientFull,
    skipReason: clientFull
      ? 'Plafond atteint : trop d’e-mails automatiques déclenchés depuis la même adresse IP aujourd’hui.'
      : undefined,
  })
  // Marketing consent ticked on another form: recorded only once the address confirms it.
  if (doc.consent?.marketingOptIn && template !== 'optin-confirmation')
    await queueEmail(req, {
      fresh,
      key: `${doc.id}:optin-confirmation`,
      template: 'optin-confirmation',
      to: doc.email,
      person: doc.email,
      lead: doc.id,
      skip: await autoresponderCapReached(req, doc.email),
    })
  if (doc.kind === 'webinar' && webinar != null) await syncWebinarReminders(req, webinar)
}

/** A lead stored by the endpoint says it expects e-mails; seeded or imported ones do not. */
export const markFollowUp: CollectionBeforeChangeHook<Lead> = ({ data, operation, req }) => {
  if (operation === 'create') data.sendsEmails = !skipSideEffects(req)
  return data
}

/** A new lead queues its e-mails in the same request (and transaction) that stores it. */
export const queueFollowUp: CollectionAfterChangeHook<Lead> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || skipSideEffects(req)) return doc
  await queueLeadEmails(req, doc, { fresh: true })
  return doc
}
