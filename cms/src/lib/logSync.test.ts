import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLogSync, type LogSync } from './logSync'

let dir: string
let db: string
let log: LogSync
const ino = (file: string) => fs.statSync(file).ino
const openFds = () => fs.readdirSync('/proc/self/fd').length
/** A new log in place of the old one, as SQLite makes after every connection closed. */
const replaceLog = (content = 'new log') => {
  fs.writeFileSync(`${db}-wal.next`, content)
  fs.renameSync(`${db}-wal.next`, `${db}-wal`)
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'logsync-'))
  db = path.join(dir, 'vitrine.db')
  fs.writeFileSync(db, 'database')
  fs.writeFileSync(`${db}-wal`, 'log')
  log = createLogSync(db)
})
afterEach(() => {
  log.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('createLogSync', () => {
  it('syncs the log, and a log created anew is the one synced next', async () => {
    expect(await log.synced()).toEqual({ path: `${db}-wal`, ino: ino(`${db}-wal`) })
    replaceLog()
    expect((await log.synced()).ino).toBe(ino(`${db}-wal`))
  })

  it('keeps no file open per replaced log', async () => {
    await log.synced()
    const before = openFds()
    for (let i = 0; i < 30; i++) {
      replaceLog(`log ${i}`)
      await log.synced()
    }
    expect(openFds()).toBe(before)
    log.close()
    expect(openFds()).toBe(before - 1)
  })

  it('syncs the database file while there is no log, and the log once it exists', async () => {
    fs.rmSync(`${db}-wal`)
    expect(await log.synced()).toEqual({ path: db, ino: ino(db) })
    replaceLog()
    expect(await log.synced()).toEqual({ path: `${db}-wal`, ino: ino(`${db}-wal`) })
  })

  it('shares one sync between the callers of one turn, and syncs again for a later caller', async () => {
    const before = log.syncs
    await Promise.all(Array.from({ length: 20 }, () => log.synced()))
    expect(log.syncs).toBe(before + 1)
    await log.synced()
    await log.synced()
    expect(log.syncs).toBe(before + 3)
  })

  it('a log replaced while a sync is in flight: both complete, the next one syncs the new log', async () => {
    const first = log.synced()
    await new Promise((resolve) => setImmediate(resolve)) // the first sync has started
    replaceLog()
    const second = log.synced()
    await expect(first).resolves.toMatchObject({ path: `${db}-wal` })
    expect((await second).ino).toBe(ino(`${db}-wal`))
  })

  it('rejects when neither the log nor the database exists, and recovers once they do', async () => {
    fs.rmSync(`${db}-wal`)
    fs.rmSync(db)
    await expect(log.synced()).rejects.toMatchObject({ code: 'ENOENT' })
    fs.writeFileSync(db, 'database')
    expect((await log.synced()).path).toBe(db)
  })
})
