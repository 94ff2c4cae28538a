import { z } from 'zod'
import { maxLengths } from './fields'

/**
 * Cookie-free spam defences (no reCAPTCHA: it needs prior consent in France). The CMS does the
 * checking; the names and the honeypot rule live here so the forms and the CMS agree.
 */

/** A text input hidden from people (visually and from assistive tech): bots fill it in. */
export const HONEYPOT_FIELD = 'website'

/** Signed timestamp the CMS issues with the form; the CMS verifies it. */
export const FORM_TOKEN_FIELD = 'formToken'

const RELOAD = 'Le formulaire est mal formé : rechargez la page puis réessayez.'

/** The honeypot must be empty when present. */
export const honeypot = z
  .string({ error: RELOAD })
  .max(maxLengths.hidden, RELOAD)
  .refine((value) => value.trim() === '', RELOAD)

export const formToken = z.string({ error: RELOAD }).trim().max(maxLengths.hidden, RELOAD)

/**
 * True when a submission filled the honeypot: the CMS should answer as if it succeeded and store
 * nothing, so the bot learns nothing. Works on the raw body (before or after fromFormData).
 */
export function isHoneypotFilled(input: unknown): boolean {
  if (typeof input !== 'object' || input === null) return false
  const value: unknown = (input as Record<string, unknown>)[HONEYPOT_FIELD]
  if (value === undefined || value === null) return false
  return typeof value !== 'string' || value.trim() !== ''
}
