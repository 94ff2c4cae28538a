import fs from 'node:fs'
import { DatabaseSync } from 'node:sqlite'

export type SqliteSnapshot = {
  sqliteVersion: string
  /** Rows per table, Payload's tables as named in the file. */
  tables: Record<string, number>
  migrations: string[]
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * A consistent copy of a live SQLite database through a second connection: `VACUUM INTO` reads
 * one snapshot (a single read transaction), so the copy holds every commit made before it started
 * and none made after; in WAL mode the CMS keeps writing meanwhile (readers never block the
 * writer). The copy is checked (`integrity_check`) and counted.
 */
export const snapshotSqlite = (databaseFile: string, target: string): SqliteSnapshot => {
  if (!fs.existsSync(databaseFile)) throw new Error(`No SQLite database at ${databaseFile}`)
  fs.rmSync(target, { force: true })
  const source = new DatabaseSync(databaseFile)
  try {
    source.exec('PRAGMA busy_timeout = 10000')
    source.prepare('VACUUM INTO ?').run(target)
  } catch (error) {
    throw new Error(
      `VACUUM INTO ${target} from ${databaseFile} failed: ${(error as Error).message}`,
    )
  } finally {
    source.close()
  }
  return describeSqlite(target)
}

/** Integrity, row counts and applied migrations of a (copied) SQLite file. */
export const describeSqlite = (file: string): SqliteSnapshot => {
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    const integrity = db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }
    if (integrity.integrity_check !== 'ok') {
      throw new Error(`SQLite copy ${file} fails its integrity check: ${integrity.integrity_check}`)
    }
    const names = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
    const tables: Record<string, number> = {}
    for (const { name } of names) {
      tables[name] = Number(
        (db.prepare(`SELECT count(*) AS n FROM ${quote(name)}`).get() as { n: number }).n,
      )
    }
    const migrations =
      'payload_migrations' in tables
        ? (
            db.prepare('SELECT name FROM payload_migrations ORDER BY name').all() as {
              name: string
            }[]
          ).map((m) => m.name)
        : []
    const { v } = db.prepare('SELECT sqlite_version() AS v').get() as { v: string }
    return { sqliteVersion: v, tables, migrations }
  } finally {
    db.close()
  }
}
