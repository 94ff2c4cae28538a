import type { Endpoint, PayloadRequest } from 'payload'
import { privacyNotice } from '@vitrine/contracts'
import { cmsUrl } from '../../lib/urls'
import { signParts, verifyParts } from '../../lib/signedTokens'
import { sitePage } from '../sitePage'

type Id = number | string

const PURPOSE = 'marketing-opt-in'
/** The confirmation link of a marketing opt-in stays valid this long. */
export const OPT_IN_LINK_MS = 30 * 24 * 3600 * 1000

/** The link of the double opt-in e-mail: lead, address and issue time, signed. */
export const optInUrl = (lead: { id: Id; email: string }, now = new Date()) =>
  `${cmsUrl}/api/leads/confirm-optin?token=${encodeURIComponent(
    signParts(PURPOSE, [String(lead.id), lead.email, String(now.getTime())]),
  )}`

const page = sitePage

const invalid = () =>
  page(
    400,
    'Ce lien de confirmation n’est pas valable',
    'Ce lien est incomplet, modifié ou a plus de 30 jours. Copiez le lien entier depuis l’e-mail reçu, ou inscrivez-vous à nouveau depuis le site.',
  )

/**
 * GET /api/leads/confirm-optin?token=… — the address confirmed it wants marketing e-mails:
 * recorded on the contact with the time and the notice version shown with the form, and, being
 * an action of the person, it restarts the retention clock of their leads (docs/adr/0020).
 */
export const confirmOptIn = async (req: PayloadRequest): Promise<Response> => {
  const parts = verifyParts(PURPOSE, req.searchParams?.get('token'), 3)
  if (!parts) return invalid()
  const [leadId, email, issuedAt] = parts as [string, string, string]
  const now = new Date()
  if (!(now.getTime() - Number(issuedAt) <= OPT_IN_LINK_MS)) return invalid()
  const { payload } = req
  const lead = await payload
    .findByID({ collection: 'leads', id: leadId, depth: 0, req, disableErrors: true })
    .catch(() => null)
  const contact = lead?.contact
  const contactId: Id | undefined =
    contact && typeof contact === 'object' ? contact.id : (contact ?? undefined)
  if (!lead || lead.email !== email || contactId == null)
    return page(
      410,
      'Cette demande n’existe plus',
      'La demande liée à ce lien a été supprimée (par exemple à votre demande). Inscrivez-vous à nouveau depuis le site si vous le souhaitez.',
    )
  const at = now.toISOString()
  await payload.update({
    collection: 'contacts',
    id: contactId,
    data: {
      marketingOptIn: true,
      marketingOptInAt: at,
      marketingNoticeVersion: lead.consent?.noticeVersion ?? privacyNotice.version,
      lastOwnContactAt: at,
    },
    depth: 0,
    select: { email: true },
    req,
    overrideAccess: true,
  })
  // A confirmed action of the person: the retention of all their leads starts again from now.
  await payload.update({
    collection: 'leads',
    where: { contact: { equals: contactId } },
    data: { lastContactAt: at },
    depth: 0,
    select: { email: true },
    req,
    overrideAccess: true,
  })
  payload.logger.info(`leads/confirm-optin: contact ${contactId} confirmed (lead ${leadId})`)
  return page(
    200,
    'Votre inscription est confirmée',
    'Merci : votre inscription est confirmée. Vous recevrez nos conseils et nos actualités ; chaque e-mail contient un lien pour vous désinscrire à tout moment.',
  )
}

export const confirmOptInEndpoint: Endpoint = {
  path: '/confirm-optin',
  method: 'get',
  handler: confirmOptIn,
}
