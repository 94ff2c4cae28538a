import type { Endpoint, PayloadRequest } from 'payload'
import { isLeadKind, thankYouPathByKind } from '@vitrine/contracts'
import { claimOnce } from '../../lib/claimOnce'
import { durableWrite } from '../../lib/database'
import { signParts, verifyParts } from '../../lib/signedTokens'
import { siteUrl } from '../../lib/urls'
import { findIntake, INTAKE_KEPT_MS } from '../../jobs/processLeadIntakes'
import { handOverIntake } from '../../jobs/intakeRunner'
import { htmlPage } from '../htmlPage'
import { sitePage } from '../sitePage'
import { CONFIRM_PATH } from './confirmationPage'
import { isForeignOrigin } from './cors'
import { readSubmission } from './readSubmission'

const PURPOSE = 'lead-confirm'
/** The confirmation page of a form posted without JavaScript stays good this long. */
export const CONFIRM_WITHIN_MS = 24 * 3600 * 1000

/** The single-use token of a confirmation page: the unconfirmed intake's key and the issue time. */
export const issueConfirmToken = (key: string, now = new Date()) =>
  signParts(PURPOSE, [String(now.getTime()), key])

const alreadySent = () =>
  sitePage(
    409,
    'Cette demande a déjà été envoyée',
    'Votre demande a déjà été envoyée : nous l’avons bien reçue, inutile de la confirmer à nouveau.',
  )

/** Straight on to the site's thank-you page: a meta refresh, as the CMS's CSP lets a form post only to itself. */
const sent = (kind: unknown) => {
  const thanks = `${siteUrl}${isLeadKind(kind) ? thankYouPathByKind[kind] : '/'}`
  return htmlPage({
    status: 200,
    title: 'Votre demande est envoyée',
    intro: 'Merci : votre demande nous est bien parvenue.',
    links: [{ href: thanks, label: 'Continuer sur le site' }],
    refreshTo: thanks,
  })
}

/**
 * POST /api/leads/confirm (token=…): the visitor confirmed a form posted without JavaScript. Its
 * intake, held as `unconfirmed`, becomes pending and is made into a lead with its e-mails, once:
 * the first confirmation claims `confirm:<key>` (claims, unique), any other gets « déjà envoyée ».
 * A forged token changes nothing; a late one leaves the intake in quarantine for sales.
 */
export const confirmIntake = async (req: PayloadRequest): Promise<Response> => {
  const { payload } = req
  const origin = req.headers.get('origin')
  if (isForeignOrigin(origin))
    return sitePage(
      403,
      'Votre demande n’a pas été envoyée',
      'Cette confirmation ne vient pas de notre site. Remplissez à nouveau le formulaire depuis le site.',
    )
  const body = await readSubmission(req as unknown as Request)
  const parts = verifyParts(PURPOSE, 'error' in body ? undefined : body.raw.token, 2)
  if (!parts)
    return sitePage(
      400,
      'Ce lien de confirmation n’est pas valide',
      'Ce lien de confirmation n’est pas valide (incomplet ou modifié). Remplissez à nouveau le formulaire depuis le site.',
    )
  const [issuedAt, key] = parts as [string, string]
  const intake = await findIntake(req, key)
  if (!intake)
    return sitePage(
      410,
      'Cette demande n’existe plus',
      'Cette demande a été supprimée entre-temps. Remplissez à nouveau le formulaire depuis le site.',
    )
  const held = intake as { status: string; reason?: string | null }
  if (held.status !== 'quarantined' || held.reason !== 'unconfirmed') return alreadySent()
  if (!(Date.now() - Number(issuedAt) <= CONFIRM_WITHIN_MS))
    return sitePage(
      410,
      'Cette confirmation a expiré',
      'Vous avez confirmé plus de 24 heures après votre envoi. Votre demande est conservée : notre équipe la vérifiera avant d’y donner suite. Pour une réponse plus rapide, remplissez à nouveau le formulaire.',
    )
  if (!(await claimOnce(payload, `confirm:${key}`, INTAKE_KEPT_MS))) return alreadySent()
  await durableWrite(payload, () =>
    payload.db.updateOne({
      collection: 'lead-intakes',
      id: intake.id,
      data: { status: 'pending', reason: null, updatedAt: new Date().toISOString() },
      req,
      returning: false,
    }),
  )
  handOverIntake(payload, key)
  payload.logger.info(`leads/confirm: intake ${key} confirmed by the visitor`)
  return sent(intake.data.kind)
}

export const confirmIntakeEndpoint: Endpoint = {
  path: CONFIRM_PATH.replace('/api/leads', ''),
  method: 'post',
  handler: confirmIntake,
}
