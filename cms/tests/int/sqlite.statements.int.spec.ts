// The SQLite client under the adapter reuses its prepared statements (docs/adr/0038): once per
// SQL text and connection, bounded, and without changing what a run answers. No Payload here.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LibsqlDatabase, libsqlClientEntry } from './helpers/libsql'

type ResultSet = {
  columns: string[]
  rows: Record<string, unknown>[]
  rowsAffected: number
  lastInsertRowid?: bigint
}
type Client = {
  execute: (stmt: string | { sql: string; args: unknown[] }) => Promise<ResultSet>
  executeMultiple: (sql: string) => Promise<void>
  close: () => void
}
const { createClient } = (await import(libsqlClientEntry)) as {
  createClient: (config: { url: string; intMode?: string }) => Client
}

let dir: string
let client: Client
let prepares: ReturnType<typeof vi.spyOn>

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statements-'))
  client = createClient({ url: `file:${path.join(dir, 'test.db')}` })
  await client.executeMultiple(
    'CREATE TABLE leads (id INTEGER PRIMARY KEY, email TEXT UNIQUE, score INTEGER);',
  )
  prepares = vi.spyOn(LibsqlDatabase.prototype, 'prepare')
})
afterEach(() => {
  prepares.mockRestore()
  client.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const insert = (email: string, score: number | bigint | null = 1) =>
  client.execute({ sql: 'INSERT INTO leads (email, score) VALUES (?, ?)', args: [email, score] })
const byEmail = (email: string) =>
  client.execute({ sql: 'SELECT id, email, score FROM leads WHERE email = ?', args: [email] })

describe('the SQLite client under the adapter', () => {
  it('prepares a statement once and runs it again with other values', async () => {
    for (let i = 0; i < 20; i++) await insert(`a${i}@example.fr`, i)
    for (let i = 0; i < 20; i++) {
      const found = await byEmail(`a${i}@example.fr`)
      expect(found.rows.map((row) => ({ ...row }))).toEqual([
        { id: i + 1, email: `a${i}@example.fr`, score: i },
      ])
    }
    // One INSERT, one SELECT: not one prepare per call.
    expect(prepares).toHaveBeenCalledTimes(2)
  })

  it('answers each run of a reused statement with its own rows, changes and row id', async () => {
    const first = await insert('un@example.fr', 5)
    const second = await insert('deux@example.fr', null)
    expect([first.rowsAffected, first.lastInsertRowid]).toEqual([1, 1n])
    expect([second.rowsAffected, second.lastInsertRowid]).toEqual([1, 2n])
    const update = { sql: 'UPDATE leads SET score = ? WHERE score IS NOT NULL', args: [7] }
    expect((await client.execute(update)).rowsAffected).toBe(1)
    expect((await client.execute({ ...update, args: [8] })).rowsAffected).toBe(1)
    expect((await byEmail('deux@example.fr')).rows[0]).toMatchObject({ score: null })
    expect((await byEmail('un@example.fr')).rows[0]).toMatchObject({ score: 8 })
    expect((await byEmail('personne@example.fr')).rows).toEqual([])
    // Integers past 2^53 still come back whole when asked for (intMode bigint).
    const big = createClient({ url: `file:${path.join(dir, 'test.db')}`, intMode: 'bigint' })
    try {
      await big.execute({ sql: 'UPDATE leads SET score = ? WHERE id = 1', args: [2n ** 60n] })
      const row = (await big.execute({ sql: 'SELECT score FROM leads WHERE id = ?', args: [1] }))
        .rows[0]
      expect(row?.score).toBe(2n ** 60n)
    } finally {
      big.close()
    }
  })

  it('runs a statement again after it failed', async () => {
    await insert('double@example.fr')
    await expect(insert('double@example.fr')).rejects.toMatchObject({
      code: expect.stringContaining('SQLITE_CONSTRAINT'),
    })
    expect((await insert('autre@example.fr')).lastInsertRowid).toBe(2n)
    // The same with RETURNING (how the adapter inserts): a statement that returns rows.
    const returning = (email: string) =>
      client.execute({ sql: 'INSERT INTO leads (email) VALUES (?) RETURNING id', args: [email] })
    await expect(returning('double@example.fr')).rejects.toMatchObject({
      code: expect.stringContaining('SQLITE_CONSTRAINT'),
    })
    expect((await returning('trois@example.fr')).rows[0]).toMatchObject({ id: 3 })
    const count = await client.execute('SELECT count(*) AS n FROM leads')
    expect(count.rows[0]).toMatchObject({ n: 3 })
  })

  it('sees a column added after the statement was first prepared', async () => {
    await insert('schema@example.fr')
    const all = 'SELECT * FROM leads'
    expect((await client.execute(all)).columns).toEqual(['id', 'email', 'score'])
    await client.executeMultiple("ALTER TABLE leads ADD COLUMN source TEXT DEFAULT 'site';")
    const after = await client.execute(all)
    expect(after.columns).toEqual(['id', 'email', 'score', 'source'])
    expect(after.rows[0]).toMatchObject({ email: 'schema@example.fr', source: 'site' })
  })

  it('keeps a bounded number of statements: the oldest is prepared again', async () => {
    await byEmail('x@example.fr')
    for (let i = 0; i < 300; i++)
      await client.execute({ sql: `SELECT ${i} AS n FROM leads WHERE id = ?`, args: [i] })
    prepares.mockClear()
    await client.execute({ sql: 'SELECT 299 AS n FROM leads WHERE id = ?', args: [1] })
    expect(prepares).not.toHaveBeenCalled()
    await byEmail('x@example.fr')
    expect(prepares).toHaveBeenCalledTimes(1)
  })

  it('works in a transaction, and on the connection that replaces it', async () => {
    const tx = await (
      client as unknown as {
        transaction: (mode: string) => Promise<Client & { commit: () => Promise<void> }>
      }
    ).transaction('write')
    await tx.execute({
      sql: 'INSERT INTO leads (email, score) VALUES (?, ?)',
      args: ['tx@example.fr', 3],
    })
    await tx.commit()
    expect((await byEmail('tx@example.fr')).rows[0]).toMatchObject({ score: 3 })
    await insert('after@example.fr')
    expect((await byEmail('after@example.fr')).rows).toHaveLength(1)
  })
})
