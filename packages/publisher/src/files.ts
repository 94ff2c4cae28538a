import fsSync from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

/** Every regular file under `dir`, as absolute paths. */
export const listFiles = async (dir: string): Promise<string[]> => {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
}

/** HTML pages in a release: what the "page count collapsed" check compares. */
export const countPages = async (dir: string) =>
  (await listFiles(dir)).filter((file) => file.endsWith('.html')).length

/**
 * Copies the tree `from` into `to` as hard links (no bytes copied), leaving out the top-level
 * entries named in `skip`. `to` must not exist yet.
 */
export const linkTree = async (from: string, to: string, skip: string[] = []) => {
  const entries = await fs.readdir(from, { recursive: true, withFileTypes: true })
  const skipped = (rel: string) => skip.some((s) => rel === s || rel.startsWith(`${s}/`))
  const todo = entries
    .map((e) => ({ e, rel: path.relative(from, path.join(e.parentPath, e.name)) }))
    .filter(({ rel }) => !skipped(rel))
  // A directory comes before what it holds: make them all first.
  todo.sort((a, b) => Number(b.e.isDirectory()) - Number(a.e.isDirectory()))
  fsSync.mkdirSync(to, { recursive: true })
  // Synchronous calls (µs each, no thread-pool round trip), 200 between event-loop turns.
  for (let i = 0; i < todo.length; i++) {
    if (i > 0 && i % 200 === 0) await new Promise((resolve) => setImmediate(resolve))
    const { e, rel } = todo[i]!
    const source = path.join(from, rel)
    const target = path.join(to, rel)
    if (e.isDirectory()) fsSync.mkdirSync(target, { recursive: true })
    else if (e.isSymbolicLink()) fsSync.symlinkSync(fsSync.readlinkSync(source), target)
    else if (e.isFile()) fsSync.linkSync(source, target)
  }
}
