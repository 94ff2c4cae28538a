import crypto from 'node:crypto'

/** A 24-hex id (the ObjectID shape the admin generates), stable for a given key. */
export const stableId = (key: string): string =>
  crypto.createHash('sha1').update(key).digest('hex').slice(0, 24)

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !Buffer.isBuffer(v)

/**
 * Gives every array row (blocks, array fields) a deterministic `id`, so re-seeding rewrites the
 * same rows instead of new random ones. Lexical documents (`root`) are left alone: their block
 * ids are set by `doc()`.
 */
export const withStableIds = <T>(value: T, key: string): T => {
  if (Array.isArray(value)) {
    return value.map((item, i) => {
      if (!isPlainObject(item)) return item
      const withId = 'id' in item ? item : { id: stableId(`${key}.${i}`), ...item }
      return withStableIds(withId, `${key}.${i}`)
    }) as T
  }
  if (isPlainObject(value)) {
    if ('root' in value) return value
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, withStableIds(v, `${key}.${k}`)]),
    ) as T
  }
  return value
}
