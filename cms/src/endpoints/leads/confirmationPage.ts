import {
  CV_FIELD,
  formatFrenchPhone,
  leadForms,
  type FormField,
  type LeadData,
} from '@vitrine/contracts'
import { cmsUrl } from '../../lib/urls'
import { htmlPage } from '../htmlPage'
import { backLink } from './respond'

/** Where the confirmation form posts (confirmIntake.ts). */
export const CONFIRM_PATH = '/api/leads/confirm'

const shown = (field: FormField, value: unknown, hasCv: boolean): string | undefined => {
  if (field.name === CV_FIELD) return hasCv ? 'CV joint' : undefined
  if (value === undefined || value === null || value === '' || value === false) return undefined
  if (value === true) return 'Oui'
  if (field.type === 'tel' && typeof value === 'string') return formatFrenchPhone(value)
  const labelOf = (v: unknown) => field.options?.find((o) => o.value === v)?.label ?? String(v)
  return Array.isArray(value) ? value.map(labelOf).join(', ') : labelOf(value)
}

/**
 * « Confirmez votre demande »: the answers of a form posted without JavaScript, shown back to the
 * person who posted them, with one button that posts the single-use confirmation token. The
 * answers stay on the CMS (the unconfirmed intake); only the token travels (docs/adr/0029).
 */
export const confirmationPage = (
  data: LeadData,
  token: string,
  ctx: { referer: string | null; hasCv: boolean },
): Response => {
  const form = leadForms[data.kind]
  const values = data as unknown as Record<string, unknown>
  const summary = form.fields
    .filter((field) => field.type !== 'hidden' && !field.honeypot)
    .flatMap((field) => {
      const value = shown(field, values[field.name], ctx.hasCv)
      return value === undefined ? [] : [{ label: field.label, value }]
    })
  return htmlPage({
    status: 200,
    title: 'Confirmez votre demande',
    intro:
      'Vérifiez vos réponses ci-dessous, puis cliquez sur « Envoyer ma demande » : elle ne nous sera transmise qu’après cette confirmation.',
    summary,
    form: {
      action: `${cmsUrl}${CONFIRM_PATH}`,
      hidden: { token },
      submitLabel: 'Envoyer ma demande',
    },
    note: 'Une erreur ? Le bouton « Retour » de votre navigateur vous ramène au formulaire, en général avec vos réponses : corrigez-les puis envoyez-le à nouveau.',
    links: [{ href: backLink(ctx.referer, values.sourcePage), label: 'Revenir au formulaire' }],
  })
}
