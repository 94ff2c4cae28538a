import { isLeadKind, leadForms, thankYouPathByKind } from '@vitrine/contracts'
import { siteUrl } from '../../lib/urls'
import { htmlPage } from '../htmlPage'
import { corsHeaders } from './cors'

/** French answers that do not tell a bot which defence caught it. */
export const messages = {
  rejected:
    'Votre envoi n’a pas pu être pris en compte. Patientez quelques secondes, rechargez la page puis réessayez.',
  rateLimited:
    'Trop de demandes ont été envoyées depuis votre connexion. Patientez quelques minutes puis réessayez.',
  unsupported: 'Le formulaire envoyé est illisible : rechargez la page puis réessayez.',
  busy: 'Beaucoup de candidatures arrivent en ce moment. Patientez quelques secondes puis réessayez.',
  unavailable:
    'Un incident technique empêche l’enregistrement de votre demande. Réessayez dans quelques minutes ; si le problème persiste, écrivez-nous ou appelez-nous.',
} as const

export type Failure = {
  status: 400 | 403 | 409 | 413 | 415 | 429 | 503
  fieldErrors: Record<string, string>
  formError?: string
  retryAfterSeconds?: number
}

/**
 * Where "back to the form" goes: the page the form was on, if it is on the site; else the home page.
 * The form's own sourcePage comes first: browsers send only the origin as Referer to another origin
 * (the CMS), which would always send the visitor back to the home page.
 */
export const backLink = (referer: string | null, sourcePage: unknown): string => {
  for (const candidate of [typeof sourcePage === 'string' ? sourcePage : null, referer]) {
    if (!candidate) continue
    try {
      const url = new URL(candidate, `${siteUrl}/`)
      if (url.origin === new URL(siteUrl).origin) return url.toString()
    } catch {
      // not a URL: try the next one
    }
  }
  return `${siteUrl}/`
}

const labelOf = (kind: unknown, field: string) => {
  const form = isLeadKind(kind) ? leadForms[kind] : undefined
  const found = form?.fields.find((f) => f.name === field.split('.')[0])
  return found && found.type !== 'hidden' ? found.label : undefined
}

type Context = {
  wantsJson: boolean
  origin: string | null
  referer: string | null
  kind?: unknown
  sourcePage?: unknown
}

export const success = (ctx: Context & { kind: string }): Response => {
  if (ctx.wantsJson)
    return Response.json({ ok: true }, { status: 201, headers: corsHeaders(ctx.origin) })
  const path = isLeadKind(ctx.kind) ? thankYouPathByKind[ctx.kind] : '/'
  return new Response(null, {
    status: 303,
    headers: { Location: `${siteUrl}${path}`, 'Cache-Control': 'no-store' },
  })
}

export const failure = (ctx: Context, failed: Failure): Response => {
  const retry: Record<string, string> = failed.retryAfterSeconds
    ? { 'Retry-After': String(failed.retryAfterSeconds) }
    : {}
  if (ctx.wantsJson) {
    const body = {
      ok: false,
      fieldErrors: failed.fieldErrors,
      ...(failed.formError ? { formError: failed.formError } : {}),
    }
    return Response.json(body, {
      status: failed.status,
      headers: { ...corsHeaders(ctx.origin), ...retry },
    })
  }
  const fieldItems = Object.entries(failed.fieldErrors)
    .filter(([, message]) => message !== failed.formError)
    .map(([field, message]) => {
      const label = labelOf(ctx.kind, field)
      return label ? `${label} : ${message}` : message
    })
  const items = [...(failed.formError ? [failed.formError] : []), ...fieldItems]
  const fixable = fieldItems.length > 0
  return htmlPage({
    status: failed.status,
    title: 'Votre demande n’a pas été envoyée',
    intro: fixable
      ? 'Corrigez les points suivants, puis envoyez à nouveau le formulaire :'
      : 'Votre demande n’a pas pu être enregistrée :',
    items,
    note: 'Le bouton « Retour » de votre navigateur vous ramène au formulaire, en général avec vos réponses.',
    links: [
      { href: backLink(ctx.referer, ctx.sourcePage), label: 'Revenir au formulaire' },
      { href: `${siteUrl}/`, label: 'Aller à l’accueil du site' },
    ],
    headers: retry,
  })
}
