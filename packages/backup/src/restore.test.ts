import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { backup } from './backup.ts'
import type { Installation } from './installation.ts'
import { restore } from './restore.ts'

let dir: string
const install = (name: string): Installation & { kind: 'sqlite' } => ({
  kind: 'sqlite',
  uri: `file:${path.join(dir, name, 'vitrine.db')}`,
  databaseFile: path.join(dir, name, 'vitrine.db'),
  mediaDir: path.join(dir, name, 'media'),
})
const seed = (at: Installation & { kind: 'sqlite' }, rows: number) => {
  fs.mkdirSync(path.join(at.mediaDir, 'private'), { recursive: true })
  fs.writeFileSync(path.join(at.mediaDir, 'private', 'cv.pdf'), `%PDF ${rows}`)
  const db = new DatabaseSync(at.databaseFile)
  db.exec('PRAGMA journal_mode = WAL; CREATE TABLE leads (id INTEGER PRIMARY KEY, email TEXT)')
  for (let i = 0; i < rows; i++)
    db.prepare('INSERT INTO leads (email) VALUES (?)').run(`l${i}@exemple.fr`)
  return db
}
const count = (file: string) => {
  const db = new DatabaseSync(file, { readOnly: true })
  const { n } = db.prepare('SELECT count(*) AS n FROM leads').get() as { n: number }
  db.close()
  return n
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-unit-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

it('copies uncheckpointed commits (the -wal file) and the media, with checksums in the manifest', async () => {
  const live = install('live')
  fs.mkdirSync(path.dirname(live.databaseFile), { recursive: true })
  const db = seed(live, 25) // still open: the rows live in vitrine.db-wal
  expect(fs.statSync(`${live.databaseFile}-wal`).size).toBeGreaterThan(0)
  const { archive, manifest } = await backup(live, path.join(dir, 'out'))
  db.close()
  expect(manifest.database).toMatchObject({ kind: 'sqlite', tables: { leads: 25 } })
  expect(manifest.media.entries).toEqual([
    { path: 'private/cv.pdf', bytes: 7, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
  ])

  const fresh = install('fresh')
  await restore(archive, fresh)
  expect(count(fresh.databaseFile)).toBe(25)
  expect(fs.readFileSync(path.join(fresh.mediaDir, 'private', 'cv.pdf'), 'utf8')).toBe('%PDF 25')
})

it('refuses to replace existing data without force, and keeps it aside with force', async () => {
  const live = install('live')
  fs.mkdirSync(path.dirname(live.databaseFile), { recursive: true })
  seed(live, 3).close()
  const { archive } = await backup(live, path.join(dir, 'out'))
  const other = install('other')
  fs.mkdirSync(path.dirname(other.databaseFile), { recursive: true })
  seed(other, 7).close()
  await expect(restore(archive, other)).rejects.toThrow(
    /already holds data: run again with --force/,
  )
  expect(count(other.databaseFile)).toBe(7)
  const { keptAside } = await restore(archive, other, { force: true })
  expect(count(other.databaseFile)).toBe(3)
  expect(count(`${other.databaseFile}${keptAside}`)).toBe(7)
})

it('refuses while the CMS answers or another process writes the database', async () => {
  const live = install('live')
  fs.mkdirSync(path.dirname(live.databaseFile), { recursive: true })
  seed(live, 1).close()
  const { archive } = await backup(live, path.join(dir, 'out'))
  const cms = http.createServer((_req, res) => res.writeHead(503).end('{}'))
  await new Promise<void>((r) => cms.listen(0, '127.0.0.1', r))
  const cmsUrl = `http://127.0.0.1:${(cms.address() as AddressInfo).port}`
  await expect(restore(archive, live, { force: true, cmsUrl })).rejects.toThrow(
    /is running: stop the CMS/,
  )
  cms.close()
  const writer = new DatabaseSync(live.databaseFile)
  writer.exec('BEGIN IMMEDIATE')
  await expect(restore(archive, live, { force: true })).rejects.toThrow(/in use by another process/)
  writer.exec('ROLLBACK')
  writer.close()
})

it('refuses an archive whose files do not match the manifest', async () => {
  const live = install('live')
  fs.mkdirSync(path.dirname(live.databaseFile), { recursive: true })
  seed(live, 2).close()
  const { archive } = await backup(live, path.join(dir, 'out'))
  const tampered = path.join(dir, 'tampered')
  fs.mkdirSync(tampered)
  const { execFileSync } = await import('node:child_process')
  execFileSync('tar', ['-xzf', archive, '-C', tampered])
  fs.appendFileSync(path.join(tampered, 'media', 'private', 'cv.pdf'), 'x')
  const bad = path.join(dir, 'bad.tar.gz')
  execFileSync('tar', ['-czf', bad, '-C', tampered, '.'])
  const fresh = install('fresh')
  await expect(restore(bad, fresh)).rejects.toThrow(/private\/cv.pdf .*checksum/)
  expect(fs.existsSync(fresh.databaseFile)).toBe(false)
})
