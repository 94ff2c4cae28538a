import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj, Payload } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { cmsRoot } from './directories'
import { migrations } from '../migrations'
import { withJobLeases } from '../jobs/leases'
import { createLogSync, type LogSync } from './logSync'

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
type SqliteClient = { execute: (sql: string) => Promise<unknown> }
type SqliteDb = {
  name?: string
  client?: SqliteClient
  wal?: unknown
  clientConfig?: { url?: string }
}

const sqliteClient = (payload: Payload): SqliteClient | undefined => {
  const db = payload.db as unknown as SqliteDb
  return db.name === 'sqlite' && db.client && db.wal ? db.client : undefined
}

const configured = () => (process.env.SQLITE_SYNCHRONOUS || 'NORMAL').toUpperCase()

/** The database file of a WAL-mode SQLite adapter (`file:<path>`); undefined otherwise. */
const sqliteFile = (payload: Payload): string | undefined => {
  const db = payload.db as unknown as SqliteDb
  const url = db.clientConfig?.url
  if (!sqliteClient(payload) || !url?.startsWith('file:')) return undefined
  const file = url.slice('file:'.length).split('?')[0]!
  return file && !file.startsWith(':memory:')
    ? path.resolve(/*turbopackIgnore: true*/ file)
    : undefined
}

const logSyncs = new Map<string, LogSync>()
const logSyncFor = (file: string) => {
  let sync = logSyncs.get(file)
  if (!sync) logSyncs.set(file, (sync = createLogSync(file)))
  return sync
}

/** fsyncs of the log this process has made for durable writes (tests, /docs/adr/0027). */
export const durableSyncs = () => [...logSyncs.values()].reduce((n, s) => n + s.syncs, 0)

/**
 * Runs `write` so that its commit survives a power cut before this resolves. On SQLite (WAL,
 * `synchronous = NORMAL`, docs/adr/0005) the write commits into the log without an fsync, then
 * the log is fdatasynced once for all the writes of the same event-loop turn (group commit,
 * ./logSync.ts: on the loop when the disk answers in under a millisecond or so, else on libuv's
 * pool). In WAL mode that is what `FULL` does at each commit, without one fsync per write. A
 * failed fsync rejects (the caller answers 503). With `SQLITE_SYNCHRONOUS=FULL|EXTRA` every
 * commit is already synced. On MongoDB the write concern of the connection (`w: 'majority',
 * journal: true`, above) does it. See docs/adr/0019-durable-lead-intake.md, 0027 and 0036.
 */
export const durableWrite = async <T>(payload: Payload, write: () => Promise<T>): Promise<T> => {
  const file = sqliteFile(payload)
  if (!file || configured() !== 'NORMAL') return write()
  await applyCheckpointThreshold(payload)
  const result = await write()
  await logSyncFor(file).synced()
  return result
}

/** SQLite's own threshold (pages of log, ≈ 4 KiB each): the worker and the demo keep it. */
export const CHECKPOINT_PAGES = 1000
/**
 * A web process with a separate worker checkpoints only past this (≈ 40 MiB of log): the bound
 * when no worker runs. While one runs, its commits checkpoint at CHECKPOINT_PAGES first.
 */
export const WEB_CHECKPOINT_PAGES = 10_000

/** A web process whose jobs (and intakes) run in a separate `payload jobs:run` worker. */
const isWebWithWorker = () =>
  process.env.JOBS_AUTORUN === 'false' && !process.argv.slice(2).includes('jobs:run')

let threshold: { client: SqliteClient; pages: number } | undefined

/**
 * SQLite checkpoints the log inside the commit that crosses `wal_autocheckpoint` pages: writing
 * the pages back and fsyncing the database file, synchronously, on the event loop of whoever
 * committed. With a separate worker, the web process leaves that to the worker (its commits, ≈ 20
 * a lead, cross the threshold first) and only checkpoints past WEB_CHECKPOINT_PAGES, so the log
 * stays bounded when no worker runs. Applied at start-up (onInit) and checked at each durable
 * write (the tests switch JOBS_AUTORUN). SQLite only. See docs/adr/0034-lead-intake-latency.md.
 */
export const applyCheckpointThreshold = async (payload: Payload): Promise<void> => {
  const client = sqliteClient(payload)
  if (!client) return
  const pages = isWebWithWorker() ? WEB_CHECKPOINT_PAGES : CHECKPOINT_PAGES
  if (threshold?.client === client && threshold.pages === pages) return
  threshold = { client, pages }
  await client.execute(`PRAGMA wal_autocheckpoint = ${pages}`)
}

/**
 * Checkpoints the log now (SQLite) and returns how many pages it held; undefined on MongoDB. The
 * integration tests observe the checkpoint threshold with it (ADR 0034).
 */
export const checkpointLog = async (
  payload: Payload,
  mode: 'PASSIVE' | 'TRUNCATE',
): Promise<number | undefined> => {
  const client = sqliteClient(payload)
  if (!client) return undefined
  const result = (await client.execute(`PRAGMA wal_checkpoint(${mode})`)) as {
    rows: (Record<string, unknown> | unknown[])[]
  }
  const row = result.rows[0]
  // busy, log, checkpointed: the second column is the log's size in pages.
  return Number(Array.isArray(row) ? row[1] : (row?.log ?? Object.values(row ?? {})[1]))
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
