import type { Condition } from 'payload'
import { isLeadKind, leadForms } from '@vitrine/contracts'

const filled = (value: unknown) =>
  value != null && value !== '' && !(Array.isArray(value) && value.length === 0)

/**
 * `admin.condition` for a lead field: shown when the lead's form asks for it (`formField`, the
 * name in @vitrine/contracts' forms) or when it holds a value, so a webinar lead has no CV picker
 * and nothing stored is ever hidden.
 */
export const askedBy =
  (leadField: string, formField = leadField): Condition =>
  (data) => {
    if (filled(data?.[leadField])) return true
    const kind = data?.kind
    if (!isLeadKind(kind)) return true
    return leadForms[kind].fields.some((field) => field.name === formField)
  }
