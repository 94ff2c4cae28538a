import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Content hash of files and folders (skipping node_modules and build output). */
export const hashPaths = (paths: string[]): string => {
  const hash = createHash('sha256')
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return
    const stat = fs.statSync(p)
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p).sort()) {
        if (['node_modules', '.next', 'dist', '.astro', 'data', 'media'].includes(entry)) continue
        visit(path.join(p, entry))
      }
    } else {
      hash.update(p).update(fs.readFileSync(p))
    }
  }
  paths.forEach(visit)
  return hash.digest('hex').slice(0, 16)
}

export const readStamp = (file: string) =>
  fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
export const writeStamp = (file: string, value: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, value)
}
