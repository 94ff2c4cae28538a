import { fieldShapes, type FieldShape } from './forms'

/**
 * Turns an HTML form post (all strings, 'on' for a ticked box, one entry per ticked value of a
 * multi-select) into the shape the schemas expect, so one schema validates both JSON and form
 * posts. Already-typed values (booleans, numbers, arrays from JSON) pass through unchanged, so
 * `parseLead(fromRecord(body))` is right whatever the body was. Keys no form knows are dropped;
 * non-string entries (files) are left to the caller.
 */

const TRUE = new Set(['on', 'true', '1', 'oui', 'yes'])
const FALSE = new Set(['off', 'false', '0', 'non', 'no', ''])
const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/

/** Strings posted under one name → the value the schema expects (undefined: not given). */
function fromStrings(shape: FieldShape, values: readonly string[]): unknown {
  if (shape === 'list') {
    const kept = values.map((value) => value.trim()).filter((value) => value !== '')
    return kept.length > 0 ? kept : undefined
  }
  if (shape === 'boolean') {
    const normalized = values.map((value) => value.trim().toLowerCase())
    const unknown = values.find((_, index) => {
      const value = normalized[index] ?? ''
      return !TRUE.has(value) && !FALSE.has(value)
    })
    if (unknown !== undefined) return unknown
    return normalized.some((value) => TRUE.has(value))
  }
  const first = values[0]
  if (first === undefined || first.trim() === '') return undefined
  if (shape === 'number') {
    const trimmed = first.trim()
    return NUMBER.test(trimmed) ? Number(trimmed.replace(',', '.')) : first
  }
  return first
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

function fieldName(key: string): string | undefined {
  const name = key.endsWith('[]') ? key.slice(0, -2) : key
  return Object.hasOwn(fieldShapes, name) ? name : undefined
}

function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined))
}

/** From FormData / URLSearchParams entries (or any [name, value] pairs). */
export function fromFormData(
  entries: Iterable<readonly [string, unknown]>,
): Record<string, unknown> {
  const collected = new Map<string, string[]>()
  for (const [key, value] of entries) {
    const name = fieldName(key)
    if (name === undefined || typeof value !== 'string') continue
    collected.set(name, [...(collected.get(name) ?? []), value])
  }
  const result: Record<string, unknown> = {}
  for (const [name, values] of collected) {
    result[name] = fromStrings(fieldShapes[name] ?? 'text', values)
  }
  return compact(result)
}

/** From a plain object: a parsed urlencoded body (values may be string arrays) or JSON. */
export function fromRecord(record: unknown): Record<string, unknown> {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return {}
  const result: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    const name = fieldName(key)
    if (name === undefined) continue
    const shape = fieldShapes[name] ?? 'text'
    if (typeof value === 'string') result[name] = fromStrings(shape, [value])
    else if (isStringList(value)) result[name] = fromStrings(shape, value)
    else result[name] = value
  }
  return compact(result)
}

/**
 * The entries a browser would post for this data (the inverse of fromFormData): arrays become
 * repeated entries, true becomes 'on', false and empty values are left out.
 */
export function toFormEntries(data: Record<string, unknown>): [string, string][] {
  const entries: [string, string][] = []
  for (const [name, value] of Object.entries(data)) {
    if (value === undefined || value === null || value === false) continue
    if (value === true) entries.push([name, 'on'])
    else if (Array.isArray(value)) for (const item of value) entries.push([name, String(item)])
    else if (typeof value === 'string' || typeof value === 'number')
      entries.push([name, String(value)])
  }
  return entries
}
