import { AsyncLocalStorage } from 'node:async_hooks'
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj, Payload } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { cmsRoot } from './directories'
import { migrations } from '../migrations'
import { withJobLeases } from '../jobs/leases'

export const defaultDatabaseUri = `file:${path.join(cmsRoot, 'data', 'vitrine.db')}`

const sqliteSynchronous = () => {
  const value = (process.env.SQLITE_SYNCHRONOUS || 'NORMAL').toUpperCase()
  if (value === 'NORMAL' || value === 'FULL' || value === 'EXTRA') return value
  throw new Error(`SQLITE_SYNCHRONOUS must be NORMAL, FULL or EXTRA; got "${value}"`)
}

/**
 * `DATABASE_URI` picks the adapter: `mongodb://…` (production, docker-compose) or `file:…`
 * (embedded SQLite: the demo and the tests). Code above this line never knows which.
 */
const isMongo = (uri: string) => uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')

/**
 * How this database gets its schema (for /api/health): MongoDB needs none; SQLite pushes it
 * outside production and applies the committed migrations (listed here) in production.
 */
export const schemaMode = (
  uri = process.env.DATABASE_URI || defaultDatabaseUri,
): { mode: 'not-needed' | 'schema-push' } | { mode: 'committed'; names: string[] } => {
  if (isMongo(uri)) return { mode: 'not-needed' }
  if (process.env.NODE_ENV !== 'production') return { mode: 'schema-push' }
  return { mode: 'committed', names: migrations.map((m) => m.name) }
}

export const databaseAdapter = (
  uri = process.env.DATABASE_URI || defaultDatabaseUri,
): DatabaseAdapterObj => {
  if (isMongo(uri)) {
    return withJobLeases(
      mongooseAdapter({
        url: uri,
        // Majority + journal: an acknowledged write (the lead intake above all) survives the loss
        // of the primary and a power cut (docs/adr/0019-durable-lead-intake.md).
        connectOptions: {
          serverSelectionTimeoutMS: 5000,
          writeConcern: { w: 'majority', journal: true },
        },
      }),
    )
  }
  if (!uri.startsWith('file:')) {
    throw new Error(
      `DATABASE_URI must start with "file:" (SQLite) or "mongodb://" (MongoDB); got "${uri.split(':')[0]}:…"`,
    )
  }
  // A fresh clone has no cms/data/: SQLite creates the file, not its folder.
  const file = uri.slice('file:'.length)
  if (file && !file.startsWith(':memory:'))
    fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true })
  return withJobLeases(
    sqliteAdapter({
      client: { url: uri },
      // WAL: readers never wait for the writer, and a commit is an append to the log. `NORMAL` skips
      // the fsync on each commit: a commit survives the process being killed, not a power cut
      // (SQLITE_SYNCHRONOUS=FULL restores that, at one fsync per write). See docs/adr/0005-sqlite-wal-and-durability.md.
      wal: { synchronous: sqliteSynchronous() },
      // Another process on the same file (the production worker, a seed) waits for the write lock
      // instead of failing at once with SQLITE_BUSY.
      busyTimeout: 5000,
      migrationDir: path.join(cmsRoot, 'src', 'migrations'),
      // Production never pushes schema: committed migrations run at start-up.
      prodMigrations: migrations,
      push: process.env.NODE_ENV !== 'production' && process.env.PAYLOAD_MIGRATING !== 'true',
    }),
  )
}

// The durable write of a lead intake (docs/adr/0019, 0027): the only SQLite-specific step outside
// the adapter options, kept here with them.
type Statement = string | { sql: string; args?: unknown }
type SqliteClient = { execute: (stmt: Statement, args?: unknown) => Promise<unknown> }

const sqliteClient = (payload: Payload): SqliteClient | undefined => {
  const db = payload.db as unknown as { name?: string; client?: SqliteClient; wal?: unknown }
  return db.name === 'sqlite' && db.client && db.wal ? db.client : undefined
}

const configured = () => (process.env.SQLITE_SYNCHRONOUS || 'NORMAL').toUpperCase()

/** Set while a durable write runs: its statements, and only they, commit with `FULL`. */
const durable = new AsyncLocalStorage<true>()
const patched = new WeakSet<SqliteClient>()

/**
 * libsql's local client runs a statement when `execute` is called (the driver is synchronous), so
 * `FULL`, the statement and `NORMAL` issued back to back run one after the other on the one
 * connection: no statement of another request can fall between them.
 */
const commitDurablyInContext = (client: SqliteClient) => {
  if (patched.has(client)) return
  patched.add(client)
  const execute = client.execute.bind(client)
  client.execute = (stmt, args) => {
    if (!durable.getStore()) return execute(stmt, args)
    const full = execute('PRAGMA synchronous = FULL')
    const result = execute(stmt, args)
    const normal = execute('PRAGMA synchronous = NORMAL')
    return Promise.all([full, result, normal]).then(([, value]) => value)
  }
}

/**
 * Runs `write` so that its commit survives a power cut. On SQLite (WAL, `synchronous = NORMAL`
 * for everything else, see docs/adr/0005) each statement `write` issues runs between
 * `synchronous = FULL` and `NORMAL` — in WAL a `FULL` commit fsyncs the log, and with it every
 * earlier commit — while the statements of other requests in flight meanwhile keep `NORMAL`
 * (no fsync each). Payload's SQLite adapter runs every statement on its one connection (no
 * transactions). On MongoDB the write concern of the connection (`w: 'majority', journal: true`,
 * above) does it. See docs/adr/0019-durable-lead-intake.md and 0027.
 */
export const durableWrite = async <T>(payload: Payload, write: () => Promise<T>): Promise<T> => {
  const client = sqliteClient(payload)
  if (!client || configured() !== 'NORMAL') return write()
  commitDurablyInContext(client)
  return durable.run(true, write)
}

const levels = ['OFF', 'NORMAL', 'FULL', 'EXTRA'] as const

/**
 * The `synchronous` setting the connection has right now (SQLite); undefined on MongoDB. The
 * integration tests observe durableWrite with it.
 */
export const synchronousLevel = async (
  payload: Payload,
): Promise<(typeof levels)[number] | undefined> => {
  const client = sqliteClient(payload)
  if (!client) return undefined
  const result = (await client.execute('PRAGMA synchronous')) as { rows: unknown[][] }
  const row = result.rows[0] as unknown as Record<string, unknown> | unknown[]
  const value = Array.isArray(row) ? row[0] : Object.values(row ?? {})[0]
  return levels[Number(value)]
}
