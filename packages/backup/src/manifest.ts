import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { FileEntry } from './files.ts'
import { repoRoot } from './installation.ts'
import type { SqliteSnapshot } from './sqliteSnapshot.ts'

export const MANIFEST_FORMAT = 1

/** manifest.json at the root of every archive. Holds no secret: names, counts, sizes, hashes. */
export type Manifest = {
  format: typeof MANIFEST_FORMAT
  createdAt: string
  durationMs: number
  database:
    | ({ kind: 'sqlite'; file: string; bytes: number; sha256: string } & SqliteSnapshot)
    | { kind: 'mongodb'; file: string; bytes: number; sha256: string }
  media: { dir: 'media'; files: number; bytes: number; entries: FileEntry[] }
  versions: { node: string; payload: string | null; commit: string | null }
}

const payloadVersion = () => {
  const file = path.join(repoRoot, 'cms', 'node_modules', 'payload', 'package.json')
  return fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version
    : null
}

const gitCommit = () => {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim()
  } catch {
    return null
  }
}

export const currentVersions = (): Manifest['versions'] => ({
  node: process.version,
  payload: payloadVersion(),
  commit: gitCommit(),
})
