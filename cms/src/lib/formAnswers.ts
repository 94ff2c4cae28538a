import { fieldUi } from '@vitrine/contracts'

export type FormAnswer = { question: string; answer: string }

const labelOf = (name: string, value: unknown): string => {
  const option = fieldUi[name]?.options?.find((o) => o.value === value)
  if (option) return option.label
  if (value === true) return 'Oui'
  if (value === false) return 'Non'
  if (value == null || value === '') return '—'
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/**
 * A lead's other form answers (its `details` JSON) as the person read the form: the form's own
 * question labels and option labels from @vitrine/contracts, never code names.
 */
export const formAnswers = (details: unknown): FormAnswer[] =>
  details && typeof details === 'object' && !Array.isArray(details)
    ? Object.entries(details as Record<string, unknown>).map(([name, value]) => ({
        question: fieldUi[name]?.label ?? name,
        answer: Array.isArray(value)
          ? value.map((v) => labelOf(name, v)).join(', ')
          : labelOf(name, value),
      }))
    : []
