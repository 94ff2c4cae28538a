import { createElement, type ReactElement } from 'react'
import { render, toPlainText } from '@react-email/render'
import type { PayloadRequest } from 'payload'
import { dataController, isLeadKind, leadKindLabels, privacyNotice } from '@vitrine/contracts'
import type { Email, Lead } from '@vitrine/cms-client/types'
import { cmsUrl, siteUrl } from '../lib/urls'
import { publicPath } from '../lib/publicPath'
import { createDownloadToken, downloadUrl } from './downloadLink'
import { webinarIcs } from './ics'
import { leadRows } from './leadSummary'
import {
  Acknowledgement,
  acknowledgementText,
  ApplicationAcknowledgement,
  type AcknowledgedKind,
} from './templates/PersonEmails'
import { TeamNotification } from './templates/TeamNotification'
import {
  WebinarConfirmation,
  WebinarReminder,
  WebinarReplay,
  type WebinarInfo,
} from './templates/WebinarEmails'
import { WhitePaperLink } from './templates/WhitePaperLink'
import { OptInConfirmation } from './templates/OptInConfirmation'
import { optInUrl } from '../endpoints/leads/optIn'
import type { SiteLinks } from './templates/types'
import { isLive, publishedWebinar } from './webinarSchedule'
import { config } from '../config'
import { idOf } from '@vitrine/contracts/ids'

export type OutgoingMessage = {
  subject: string
  html: string
  text: string
  replyTo?: string
  attachments?: { filename: string; content: string; contentType: string }[]
}
/** Either the message, or why it must not go out any more (lead erased, webinar cancelled…). */
export type BuiltMessage = OutgoingMessage | { cancel: string }

const rendered = async (
  subject: string,
  element: ReactElement,
  extra: Partial<OutgoingMessage> = {},
): Promise<OutgoingMessage> => {
  const html = await render(element)
  // Same as render(…, { plainText: true }) without rendering twice.
  return { subject, html, text: toPlainText(html), ...extra }
}

const siteLinks = async (req: PayloadRequest): Promise<SiteLinks & { teamAddress?: string }> => {
  // Only the two addresses: the whole global is its menus, footer and banners too (ADR 0038).
  const settings = await req.payload.findGlobal({
    slug: 'site-settings',
    select: { legal: { dpoEmail: true }, contact: { email: true } },
    depth: 0,
    req,
  })
  return {
    siteUrl,
    policyUrl: `${siteUrl}${privacyNotice.policyPath}`,
    privacyEmail: settings.legal?.dpoEmail || dataController.privacyEmail,
    teamAddress:
      settings.contact?.email || config.leadsNotifyTo?.split(',')[0]?.trim() || undefined,
  }
}

const webinarInfo = (
  webinar: NonNullable<Awaited<ReturnType<typeof publishedWebinar>>>,
): WebinarInfo => ({
  title: webinar.title,
  startsAt: webinar.startsAt,
  durationMinutes: webinar.durationMinutes,
  joinUrl: webinar.joinUrl,
  pageUrl: `${siteUrl}${publicPath('webinars', webinar.slug)}`,
})

/**
 * Builds the e-mail of an outbox record from the current data (rendered at send time: a white
 * paper link is valid 7 days from sending; a webinar shows its current time and join link).
 */
export const buildMessage = async (
  req: PayloadRequest,
  record: Email,
  now = new Date(),
): Promise<BuiltMessage> => {
  const { payload } = req
  const leadId = idOf(record.lead)
  const lead =
    leadId != null
      ? ((await payload.findByID({
          collection: 'leads',
          id: leadId,
          depth: 0,
          req,
          disableErrors: true,
        })) as Lead | null)
      : null
  if (!lead) return { cancel: 'La demande a été supprimée entre-temps.' }
  const site = await siteLinks(req)
  const reply = site.teamAddress ? { replyTo: site.teamAddress } : {}
  const common = { site }
  const webinarId = idOf(record.webinar) ?? idOf(lead.webinar)
  const webinar = webinarId != null ? await publishedWebinar(req, webinarId) : null
  const whitePaperId = idOf(lead.whitePaper)
  const whitePaper =
    whitePaperId != null
      ? await payload.findByID({
          collection: 'white-papers',
          id: whitePaperId,
          depth: 0,
          draft: false,
          req,
          disableErrors: true,
        })
      : null

  switch (record.template) {
    case 'team-notification': {
      const kindLabel = isLeadKind(lead.kind) ? leadKindLabels[lead.kind] : lead.kind
      const who = [
        [lead.firstName, lead.lastName].filter(Boolean).join(' ') || lead.email,
        lead.companyName,
      ]
        .filter(Boolean)
        .join(' — ')
      const element = createElement(TeamNotification, {
        kindLabel,
        who,
        rows: leadRows(lead, { whitePaper, webinar }),
        message: lead.message,
        adminUrl: `${cmsUrl}/admin/collections/leads/${lead.id}`,
      })
      return rendered(`Nouvelle demande : ${kindLabel} — ${who}`, element, { replyTo: lead.email })
    }
    case 'acknowledgement': {
      const kind = (lead.kind in acknowledgementText ? lead.kind : 'contact') as AcknowledgedKind
      return rendered(
        acknowledgementText[kind].subject,
        createElement(Acknowledgement, { ...common, kind }),
        reply,
      )
    }
    case 'application-acknowledgement':
      return rendered(
        'Votre candidature est bien arrivée',
        createElement(ApplicationAcknowledgement, {
          ...common,
          talentPool: Boolean(lead.consent?.talentPoolOptIn),
        }),
        reply,
      )
    case 'whitepaper-link': {
      if (!whitePaper || whitePaper._status === 'draft')
        return { cancel: 'Le livre blanc n’est plus publié.' }
      const { token, expiresAt } = createDownloadToken(lead.id, whitePaper.id, now)
      const element = createElement(WhitePaperLink, {
        ...common,
        title: whitePaper.title,
        downloadUrl: downloadUrl(token),
        expiresAt,
        landingUrl: `${siteUrl}${publicPath('white-papers', whitePaper.slug)}`,
      })
      return rendered(`Votre livre blanc : ${whitePaper.title}`, element, reply)
    }
    case 'webinar-confirmation': {
      if (!webinar || !isLive(webinar)) return { cancel: 'Le webinaire a été annulé ou dépublié.' }
      const info = webinarInfo(webinar)
      const ics = webinarIcs({ ...info, id: webinar.id, updatedAt: webinar.updatedAt })
      return rendered(
        `Inscription confirmée : ${webinar.title}`,
        createElement(WebinarConfirmation, { ...common, webinar: info }),
        {
          ...reply,
          attachments: [
            {
              filename: 'webinaire.ics',
              content: ics,
              contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
            },
          ],
        },
      )
    }
    case 'webinar-reminder-day':
    case 'webinar-reminder-hour': {
      if (!webinar || !isLive(webinar)) return { cancel: 'Le webinaire a été annulé ou dépublié.' }
      const planned = (record.params as { startsAt?: string } | null)?.startsAt
      if (planned && planned !== new Date(webinar.startsAt).toISOString())
        return { cancel: 'Le webinaire a été déplacé.' }
      if (now.getTime() >= Date.parse(webinar.startsAt))
        return { cancel: 'Le webinaire a déjà commencé.' }
      const which = record.template === 'webinar-reminder-day' ? 'day' : 'hour'
      const subject =
        which === 'day' ? `Demain : ${webinar.title}` : `Dans une heure : ${webinar.title}`
      return rendered(
        subject,
        createElement(WebinarReminder, { ...common, webinar: webinarInfo(webinar), which }),
        reply,
      )
    }
    case 'webinar-replay': {
      if (!webinar?.replayUrl) return { cancel: 'Aucun lien de replay.' }
      const element = createElement(WebinarReplay, {
        ...common,
        webinar: webinarInfo(webinar),
        replayUrl: webinar.replayUrl,
      })
      return rendered(`Le replay est en ligne : ${webinar.title}`, element, reply)
    }
    case 'optin-confirmation':
      return rendered(
        'Confirmez votre inscription',
        createElement(OptInConfirmation, { confirmUrl: optInUrl(lead, now), site }),
        reply,
      )
    default:
      return { cancel: `Modèle inconnu : ${String(record.template)}` }
  }
}
