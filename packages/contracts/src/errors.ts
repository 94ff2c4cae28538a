import type { z } from 'zod'
import { hiddenFieldNames } from './forms'
import { isLeadKind, type LeadKind } from './kinds'
import { leadSchemas, type LeadData } from './schemas'

/**
 * Validation with results a form can show: one French message per field (the first), keyed by
 * the field path joined with '.', and a form-level message when the person cannot fix the
 * problem by editing a visible field (unreadable post, unknown kind, stale hidden fields).
 */

export type ParseLeadResult<T = LeadData> =
  { ok: true; data: T } | { ok: false; fieldErrors: Record<string, string>; formError?: string }

export const formErrors = {
  notAnObject: 'Le formulaire envoyé est vide ou illisible : rechargez la page puis réessayez.',
  unknownKind: 'Type de demande inconnu : rechargez la page puis réessayez.',
  wrongKind:
    'Ce formulaire ne correspond pas à la demande attendue : rechargez la page puis réessayez.',
  fallback: 'Vérifiez ce champ : la valeur saisie n’est pas acceptée.',
} as const

/** Used only for issues a field rule left without its own French message. */
const frenchFallback = () => formErrors.fallback

function failure(issues: readonly z.core.$ZodIssue[]): ParseLeadResult<never> {
  const fieldErrors: Record<string, string> = {}
  let formError: string | undefined
  for (const issue of issues) {
    const path = issue.path.map(String).join('.')
    if (path === '') {
      formError ??= issue.message
      continue
    }
    fieldErrors[path] ??= issue.message
    if (hiddenFieldNames.has(String(issue.path[0]))) formError ??= issue.message
  }
  return formError === undefined
    ? { ok: false, fieldErrors }
    : { ok: false, fieldErrors, formError }
}

/**
 * Validates a lead of any kind (or of the given kind). The input is what the schemas expect:
 * pass a form post through fromFormData / fromRecord first.
 */
export function parseLead(input: unknown): ParseLeadResult<LeadData>
export function parseLead<K extends LeadKind>(input: unknown, kind: K): ParseLeadResult<LeadData<K>>
export function parseLead(input: unknown, expected?: LeadKind): ParseLeadResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, fieldErrors: {}, formError: formErrors.notAnObject }
  }
  const kind: unknown = (input as Record<string, unknown>).kind
  if (!isLeadKind(kind)) {
    return {
      ok: false,
      fieldErrors: { kind: formErrors.unknownKind },
      formError: formErrors.unknownKind,
    }
  }
  if (expected !== undefined && kind !== expected) {
    return {
      ok: false,
      fieldErrors: { kind: formErrors.wrongKind },
      formError: formErrors.wrongKind,
    }
  }
  const result = leadSchemas[kind].safeParse(input, { error: frenchFallback })
  return result.success ? { ok: true, data: result.data } : failure(result.error.issues)
}

/**
 * The message for one field on its own (for inline validation on blur), or undefined when the
 * value is acceptable. Cross-field rules (hours per period) are only checked by parseLead.
 */
export function fieldError(kind: LeadKind, name: string, value: unknown): string | undefined {
  const shape: Record<string, z.ZodType | undefined> = leadSchemas[kind].shape
  const schema = shape[name]
  if (!schema) return undefined
  const result = schema.safeParse(value, { error: frenchFallback })
  return result.success ? undefined : result.error.issues[0]?.message
}
