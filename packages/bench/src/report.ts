// Every figure of a run as a row: its value, its target, and by how much it misses. Pure.
import { formatBytes, formatMs } from './stats.ts'

export type Unit = 'ms' | 'ms/page' | 'bytes' | 'ratio' | 'count' | 'score' | 'req/s' | 'MB'

export type Target = { op: '<=' | '>=' | '='; value: number }

export type Row = {
  section: string
  label: string
  /** null = not measured; `note` says why. */
  value: number | null
  unit: Unit
  target?: Target
  note?: string
}

export type Verdict =
  | { status: 'ok' }
  | { status: 'miss'; by: string }
  | { status: 'info' }
  | { status: 'skipped'; reason: string }

export const formatValue = (value: number, unit: Unit): string => {
  switch (unit) {
    case 'ms':
      return formatMs(value)
    case 'ms/page':
      return `${value.toFixed(2)} ms/page`
    case 'bytes':
      return formatBytes(value)
    case 'ratio':
      return `${value.toFixed(2)}×`
    case 'req/s':
      return `${Math.round(value)} req/s`
    case 'MB':
      return `${Math.round(value)} MB`
    case 'score':
    case 'count':
      return String(Math.round(value))
  }
}

const percent = (value: number, target: number) =>
  target === 0
    ? ''
    : ` (${value > target ? '+' : '−'}${Math.abs(Math.round((value / target - 1) * 100))} %)`

/** Whether a row meets its target, and if not, by how much (in the row's unit and in %). */
export const verdict = (row: Row): Verdict => {
  if (row.value === null || !Number.isFinite(row.value))
    return { status: 'skipped', reason: row.note ?? 'not measured' }
  const { target, value, unit } = row
  if (!target) return { status: 'info' }
  const gap = Math.abs(value - target.value)
  const fmt = (n: number) => (unit === 'ratio' ? `${n.toFixed(2)}×` : formatValue(n, unit))
  if (target.op === '<=' && value > target.value)
    return { status: 'miss', by: `misses by ${fmt(gap)}${percent(value, target.value)}` }
  if (target.op === '>=' && value < target.value)
    return { status: 'miss', by: `short by ${fmt(gap)}${percent(value, target.value)}` }
  if (target.op === '=' && value !== target.value)
    return { status: 'miss', by: `misses by ${fmt(gap)}` }
  return { status: 'ok' }
}

const targetText = (row: Row) => {
  if (!row.target) return '—'
  const op = { '<=': '≤', '>=': '≥', '=': '=' }[row.target.op]
  return `${op} ${formatValue(row.target.value, row.unit)}`
}

const resultText = (row: Row) => {
  const v = verdict(row)
  if (v.status === 'ok') return '✅ met'
  if (v.status === 'miss') return `❌ ${v.by}`
  if (v.status === 'skipped') return `⏭ ${v.reason}`
  return row.note ?? ''
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** A GitHub-flavoured markdown table of the rows (the terminal prints it as is). */
export const markdownTable = (rows: readonly Row[]): string => {
  const lines = ['| Section | Measure | Value | Target | Result |', '|---|---|---|---|---|']
  for (const row of rows) {
    const value =
      row.value === null || !Number.isFinite(row.value) ? '—' : formatValue(row.value, row.unit)
    const result = resultText(row)
    const note =
      row.note && verdict(row).status !== 'skipped' && verdict(row).status !== 'info'
        ? ` — ${row.note}`
        : ''
    lines.push(
      `| ${[row.section, row.label, value, targetText(row), result + note].map(cell).join(' | ')} |`,
    )
  }
  return lines.join('\n')
}

/** Counts for the summary line under the table. */
export const tally = (rows: readonly Row[]) => {
  const counts = { met: 0, missed: 0, skipped: 0 }
  for (const row of rows) {
    const s = verdict(row).status
    if (s === 'ok') counts.met++
    else if (s === 'miss') counts.missed++
    else if (s === 'skipped') counts.skipped++
  }
  return counts
}
