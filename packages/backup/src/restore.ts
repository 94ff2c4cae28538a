import fs from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { unpackArchive } from './archive.ts'
import { listFiles, sha256File } from './files.ts'
import type { Installation } from './installation.ts'
import { MANIFEST_FORMAT, type Manifest } from './manifest.ts'
import { restoreMongo } from './mongo.ts'
import { describeSqlite } from './sqliteSnapshot.ts'

export type RestoreOptions = {
  /** Replace an existing database and media folder (kept aside as *.before-restore-<time>). */
  force?: boolean
  /** The CMS origin to ask whether the installation still runs (its /api/health). */
  cmsUrl?: string
}

export class RestoreRefused extends Error {}

const answers = async (url: string) => {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) })
    return true
  } catch {
    return false
  }
}

/** Someone holds the SQLite write lock (a CMS or worker busy writing). */
const sqliteInUse = (file: string) => {
  if (!fs.existsSync(file)) return false
  const db = new DatabaseSync(file)
  try {
    db.exec('PRAGMA busy_timeout = 0')
    db.exec('BEGIN IMMEDIATE')
    db.exec('ROLLBACK')
    return false
  } catch {
    return true
  } finally {
    db.close()
  }
}

const verify = async (dir: string): Promise<Manifest> => {
  const manifestFile = path.join(dir, 'manifest.json')
  if (!fs.existsSync(manifestFile))
    throw new Error('The archive has no manifest.json: not a vitrine backup')
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest
  if (manifest.format !== MANIFEST_FORMAT)
    throw new Error(`Unknown backup format ${manifest.format}`)
  const check = async (rel: string, sha256: string) => {
    const file = path.join(dir, rel)
    if (!fs.existsSync(file) || (await sha256File(file)) !== sha256) {
      throw new Error(`${rel} is missing from the archive or does not match its checksum`)
    }
  }
  await check(manifest.database.file, manifest.database.sha256)
  for (const entry of manifest.media.entries)
    await check(path.join('media', entry.path), entry.sha256)
  return manifest
}

const stamp = () =>
  new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')

/** Moves `file` aside (keeps it) when it exists. */
const setAside = (file: string, suffix: string) => {
  if (fs.existsSync(file)) fs.renameSync(file, `${file}${suffix}`)
}

/**
 * Brings a stopped installation back from one archive: checks every checksum first, then moves
 * the database and the media into place. Refuses while the CMS answers or holds the database,
 * and refuses to replace existing data without `force` (which keeps the old files aside).
 */
export const restore = async (
  archive: string,
  installation: Installation,
  options: RestoreOptions = {},
) => {
  if (!fs.existsSync(archive)) throw new RestoreRefused(`No archive at ${archive}`)
  if (options.cmsUrl && (await answers(`${options.cmsUrl.replace(/\/$/, '')}/api/health`))) {
    throw new RestoreRefused(
      `The CMS at ${options.cmsUrl} is running: stop the CMS and the worker before restoring (or point CMS_URL elsewhere).`,
    )
  }
  const dbFile = installation.kind === 'sqlite' ? installation.databaseFile : null
  if (dbFile && sqliteInUse(dbFile)) {
    throw new RestoreRefused(
      `${dbFile} is in use by another process: stop the CMS and the worker first.`,
    )
  }
  const existing = (dbFile && fs.existsSync(dbFile)) || listFiles(installation.mediaDir).length > 0
  if (existing && !options.force) {
    throw new RestoreRefused(
      `${dbFile ?? installation.mediaDir} already holds data: run again with --force to replace it (the current files are kept aside).`,
    )
  }
  const parent = path.dirname(dbFile ?? installation.mediaDir)
  fs.mkdirSync(parent, { recursive: true })
  const work = fs.mkdtempSync(path.join(parent, '.restore-'))
  try {
    await unpackArchive(archive, work)
    const manifest = await verify(work)
    if (manifest.database.kind !== installation.kind) {
      throw new RestoreRefused(
        `The archive holds a ${manifest.database.kind} database; DATABASE_URI names ${installation.kind}.`,
      )
    }
    const aside = `.before-restore-${stamp()}`
    if (installation.kind === 'sqlite') {
      const restored = path.join(work, manifest.database.file)
      describeSqlite(restored)
      fs.mkdirSync(path.dirname(installation.databaseFile), { recursive: true })
      for (const suffix of ['', '-wal', '-shm'])
        setAside(`${installation.databaseFile}${suffix}`, aside)
      fs.renameSync(restored, installation.databaseFile)
    } else {
      await restoreMongo(installation.uri, path.join(work, manifest.database.file))
    }
    setAside(installation.mediaDir, aside)
    fs.mkdirSync(path.dirname(installation.mediaDir), { recursive: true })
    const media = path.join(work, 'media')
    if (fs.existsSync(media)) fs.renameSync(media, installation.mediaDir)
    else fs.mkdirSync(installation.mediaDir, { recursive: true })
    return { manifest, keptAside: existing ? aside : null }
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}
