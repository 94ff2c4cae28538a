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
  await fs.mkdir(to, { recursive: true })
  const dirs = entries.filter((e) => e.isDirectory())
  for (const dir of dirs) {
    const rel = path.relative(from, path.join(dir.parentPath, dir.name))
    if (!skipped(rel)) await fs.mkdir(path.join(to, rel), { recursive: true })
  }
  const others = entries
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(from, path.join(e.parentPath, e.name)))
    .filter((rel) => !skipped(rel))
  let next = 0
  const worker = async () => {
    while (next < others.length) {
      const rel = others[next++]!
      const source = path.join(from, rel)
      const target = path.join(to, rel)
      const stat = await fs.lstat(source)
      if (stat.isSymbolicLink()) await fs.symlink(await fs.readlink(source), target)
      else await fs.link(source, target)
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker))
}
