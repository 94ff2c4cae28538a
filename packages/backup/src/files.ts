import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export type FileEntry = { path: string; bytes: number; sha256: string }

export const sha256File = async (file: string): Promise<string> => {
  const hash = crypto.createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Every regular file under `dir`, relative paths with forward slashes, sorted. */
export const listFiles = (dir: string): string[] => {
  if (!fs.existsSync(dir)) return []
  const out: string[] = []
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(child)
      else if (entry.isFile()) out.push(child)
    }
  }
  walk('')
  return out.sort()
}

/**
 * Copies `from` into `to` file by file with its checksum. A file deleted while we copy (an
 * erasure running meanwhile) is skipped: the database snapshot taken before no longer matters
 * for it once the erasure commits, and a later backup will not have it either.
 */
export const copyTree = async (from: string, to: string): Promise<FileEntry[]> => {
  const entries: FileEntry[] = []
  for (const rel of listFiles(from)) {
    const source = path.join(from, rel)
    const target = path.join(to, rel)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    try {
      fs.copyFileSync(source, target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw new Error(`Could not copy media file ${source}: ${(error as Error).message}`)
    }
    entries.push({ path: rel, bytes: fs.statSync(target).size, sha256: await sha256File(target) })
  }
  return entries
}
