import { attributionFields } from '@vitrine/contracts'
import { MAX, type Attribution } from './attribution'

/**
 * Pure helpers of the lead form island (no DOM, no React): attribution captured on the first page
 * view, the form token's age, and the CMS answer mapped back onto the fields. Tested in node.
 */

export { ATTRIBUTION_KEY, captureAttribution, type Attribution } from './attribution'

/** The stored attribution, or undefined when absent or unreadable. */
export function readAttribution(stored: string | null): Attribution | undefined {
  if (!stored) return undefined
  try {
    const value: unknown = JSON.parse(stored)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
    const result: Attribution = {}
    for (const name of attributionFields) {
      const field = (value as Record<string, unknown>)[name]
      if (name !== 'sourcePage' && typeof field === 'string') result[name] = field.slice(0, MAX)
    }
    return result
  } catch {
    return undefined
  }
}

export const islandMessages = {
  sending: 'Envoi en cours…',
  summaryTitle: (count: number) =>
    count > 1
      ? `${count} champs sont à corriger avant l’envoi :`
      : 'Un champ est à corriger avant l’envoi :',
  network:
    'La connexion au serveur a échoué : votre demande n’est pas partie, et tout ce que vous avez saisi est conservé ici. Vérifiez votre connexion puis cliquez à nouveau sur le bouton d’envoi.',
  server:
    'Votre demande n’a pas pu être enregistrée à cause d’un incident de notre côté ; vos réponses sont conservées ici. Réessayez dans quelques minutes.',
} as const

export type SubmitOutcome =
  { type: 'success' } | { type: 'invalid'; fieldErrors: Record<string, string>; formError?: string }

/**
 * The CMS answer (status + parsed JSON body, or null when unreadable) → what the form shows.
 * Field paths ('hours.0') are reduced to the field name; the first message per field wins.
 */
export function outcomeFromResponse(status: number, body: unknown): SubmitOutcome {
  if (status >= 200 && status < 300) return { type: 'success' }
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  const fieldErrors: Record<string, string> = {}
  if (typeof record.fieldErrors === 'object' && record.fieldErrors !== null) {
    for (const [path, message] of Object.entries(record.fieldErrors)) {
      const name = path.split('.')[0] ?? path
      if (typeof message === 'string' && !(name in fieldErrors)) fieldErrors[name] = message
    }
  }
  const formError =
    typeof record.formError === 'string'
      ? record.formError
      : Object.keys(fieldErrors).length === 0
        ? islandMessages.server
        : undefined
  return formError === undefined
    ? { type: 'invalid', fieldErrors }
    : { type: 'invalid', fieldErrors, formError }
}

/** Errors ordered like the fields of the form (so the summary and the focus follow the page). */
export function orderedErrors(
  fieldOrder: readonly string[],
  fieldErrors: Record<string, string>,
): [string, string][] {
  const rank = (name: string) => {
    const index = fieldOrder.indexOf(name)
    return index === -1 ? fieldOrder.length : index
  }
  return Object.entries(fieldErrors).sort(([a], [b]) => rank(a) - rank(b))
}
