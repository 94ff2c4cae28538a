import type { Payload } from 'payload'
import { schemaMode } from '../database'

export type MigrationHealth = {
  ok: boolean
  mode: 'not-needed' | 'schema-push' | 'committed'
  applied?: number
  pending?: string[]
}

/** In production on SQLite, every committed migration must be recorded as applied. */
export const migrationHealth = async (payload: Payload): Promise<MigrationHealth> => {
  const schema = schemaMode()
  if (schema.mode !== 'committed') return { ok: true, mode: schema.mode }
  const applied = await payload.find({
    collection: 'payload-migrations',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { name: true },
  })
  const names = new Set(applied.docs.map((m) => m.name))
  const pending = schema.names.filter((name) => !names.has(name))
  return { ok: pending.length === 0, mode: 'committed', applied: names.size, pending }
}
