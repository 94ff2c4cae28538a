import type { Payload } from 'payload'

type SqliteClient = { execute: (sql: string) => Promise<unknown> }

/** Writes in flight that must reach the disk before they return (SQLite only). */
let inFlight = 0
let ready: Promise<unknown> = Promise.resolve()

const sqliteClient = (payload: Payload): SqliteClient | undefined => {
  const db = payload.db as unknown as { name?: string; client?: SqliteClient; wal?: unknown }
  return db.name === 'sqlite' && db.client && db.wal ? db.client : undefined
}

const configured = () => (process.env.SQLITE_SYNCHRONOUS || 'NORMAL').toUpperCase()

/**
 * Runs `write` so that its commit survives a power cut. On SQLite (WAL, `synchronous = NORMAL`
 * for everything else, see docs/adr/0005) the connection is switched to `FULL` while at least one
 * such write is in flight — a commit then fsyncs the log, and with it every earlier commit — and
 * back afterwards. Payload's SQLite adapter runs every statement on its one connection (no
 * transactions), so the pragma applies to the write. On MongoDB the write concern of the
 * connection (`w: 'majority', journal: true`, cms/src/lib/database.ts) does it. See
 * docs/adr/0019-durable-lead-intake.md.
 */
export const durableWrite = async <T>(payload: Payload, write: () => Promise<T>): Promise<T> => {
  const client = sqliteClient(payload)
  if (!client || configured() !== 'NORMAL') return write()
  if (inFlight++ === 0) ready = client.execute('PRAGMA synchronous = FULL')
  try {
    await ready
    return await write()
  } finally {
    if (--inFlight === 0)
      ready = client.execute('PRAGMA synchronous = NORMAL').catch(() => undefined)
  }
}
