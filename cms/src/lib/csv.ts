/** A leading = + - @ tab or CR makes Excel/LibreOffice read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/

/** OWASP: prefix a formula-looking cell with a single quote so it is shown, never run. */
export const neutraliseFormula = (value: string): string =>
  FORMULA_START.test(value) ? `'${value}` : value

const quote = (value: string) => `"${neutraliseFormula(value).replace(/"/g, '""')}"`

/**
 * A CSV that French Excel opens in columns: UTF-8 with a BOM (accents), `;` separators, every
 * cell quoted and formula-safe, CRLF line ends.
 */
export const toFrenchCsv = (header: string[], rows: string[][]): string =>
  '\uFEFF' + [header, ...rows].map((row) => row.map(quote).join(';')).join('\r\n') + '\r\n'
