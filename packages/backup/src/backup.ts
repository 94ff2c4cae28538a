import fs from 'node:fs'
import path from 'node:path'
import { packArchive } from './archive.ts'
import { copyTree, sha256File } from './files.ts'
import type { Installation } from './installation.ts'
import { currentVersions, MANIFEST_FORMAT, type Manifest } from './manifest.ts'
import { dumpMongo } from './mongo.ts'
import { snapshotSqlite } from './sqliteSnapshot.ts'

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')

export type BackupResult = { archive: string; bytes: number; manifest: Manifest }

/**
 * One archive of a running installation: database snapshot first, then the media (every file a
 * snapshotted row points to was written before its row), then manifest.json. The archive holds
 * personal data: it is written 0600, and never holds a secret (no .env, no var/ secrets).
 */
export const backup = async (installation: Installation, outDir: string): Promise<BackupResult> => {
  const started = new Date()
  const t0 = performance.now()
  fs.mkdirSync(outDir, { recursive: true, mode: 0o700 })
  const name = `vitrine-backup-${stamp(started)}`
  const staging = fs.mkdtempSync(path.join(outDir, `.${name}-`))
  try {
    fs.mkdirSync(path.join(staging, 'database'))
    let database: Manifest['database']
    if (installation.kind === 'sqlite') {
      const file = 'database/vitrine.db'
      const snapshot = snapshotSqlite(installation.databaseFile, path.join(staging, file))
      const target = path.join(staging, file)
      database = {
        kind: 'sqlite',
        file,
        bytes: fs.statSync(target).size,
        sha256: await sha256File(target),
        ...snapshot,
      }
    } else {
      const file = 'database/mongo.archive.gz'
      const target = path.join(staging, file)
      await dumpMongo(installation.uri, target)
      database = {
        kind: 'mongodb',
        file,
        bytes: fs.statSync(target).size,
        sha256: await sha256File(target),
      }
    }
    const entries = await copyTree(installation.mediaDir, path.join(staging, 'media'))
    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      createdAt: started.toISOString(),
      durationMs: 0,
      database,
      media: {
        dir: 'media',
        files: entries.length,
        bytes: entries.reduce((n, e) => n + e.bytes, 0),
        entries,
      },
      versions: currentVersions(),
    }
    manifest.durationMs = Math.round(performance.now() - t0)
    fs.writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    const archive = path.join(outDir, `${name}.tar.gz`)
    const partial = `${archive}.partial`
    await packArchive(staging, partial)
    fs.chmodSync(partial, 0o600)
    fs.renameSync(partial, archive)
    return { archive, bytes: fs.statSync(archive).size, manifest }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
