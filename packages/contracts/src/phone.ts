/**
 * French phone numbers: accepted as people type them (06 12 34 56 78, 06.12.34.56.78,
 * +33 6 12 34 56 78, +33 (0)6 12 34 56 78, 0033 612345678), stored in E.164 (+33612345678).
 * Overseas departments keep their own country code (0262 12 34 56 → +262262123456).
 */

/** National 3-digit prefixes (after the leading 0) that belong to an overseas country code. */
const overseasCodeByPrefix: Record<string, string> = {
  '262': '262', // La Réunion (fixe)
  '263': '262', // La Réunion, Mayotte (fixe)
  '269': '262', // Mayotte (fixe)
  '692': '262', // La Réunion (mobile)
  '693': '262', // La Réunion (mobile)
  '639': '262', // Mayotte (mobile)
  '590': '590', // Guadeloupe, Saint-Barthélemy, Saint-Martin (fixe)
  '690': '590', // idem (mobile)
  '691': '590', // idem (mobile)
  '594': '594', // Guyane (fixe)
  '694': '594', // Guyane (mobile)
  '596': '596', // Martinique (fixe)
  '696': '596', // Martinique (mobile)
  '697': '596', // Martinique (mobile)
}

const overseasCodes = new Set(Object.values(overseasCodeByPrefix))

/** The longest raw input considered (spaces and punctuation included). */
export const PHONE_MAX_LENGTH = 30

/** E.164 form of a French number, or null when the input is not one. */
export function normalizeFrenchPhone(raw: string): string | null {
  if (raw.length > PHONE_MAX_LENGTH || !/^[\d\s.()+\-\u00a0\u202f]+$/.test(raw)) return null
  let compact = raw.replace(/[\s.\-\u00a0\u202f]/g, '').replace(/^00/, '+')
  compact = compact.replace(/^(\+\d{2,3})\(0\)/, '$10')
  if (/[()]/.test(compact)) return null

  let national: string | undefined
  const domestic = /^0([1-9]\d{8})$/.exec(compact)
  const viaFrance = /^\+330?([1-9]\d{8})$/.exec(compact)
  if (domestic) national = domestic[1]
  else if (viaFrance) national = viaFrance[1]
  else {
    const overseas = /^\+(\d{3})0?([1-9]\d{8})$/.exec(compact)
    if (overseas && overseasCodes.has(overseas[1] ?? '')) return `+${overseas[1]}${overseas[2]}`
    return null
  }
  if (national === undefined) return null
  const code = overseasCodeByPrefix[national.slice(0, 3)] ?? '33'
  return `+${code}${national}`
}

/** The usual French way of writing an E.164 number: +33612345678 → 06 12 34 56 78. */
export function formatFrenchPhone(e164: string): string {
  const match = /^\+(33|262|590|594|596)([1-9]\d{8})$/.exec(e164)
  if (!match) return e164
  const digits = `0${match[2]}`
  return digits.replace(/(\d{2})(?=\d)/g, '$1 ')
}
