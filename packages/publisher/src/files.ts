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
