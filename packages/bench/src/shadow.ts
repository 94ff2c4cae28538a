// A private copy of the site for the benchmark's builds. Astro keeps its content store in
// web/node_modules/.astro and the site its media cache in web/node_modules/.cache: shared by every
// build of web/ on this machine (the demo, other people's builds). A cold build must empty them, and
// a rebuild must find only what the previous benchmark build left. So the harness builds a copy:
// the same sources and config (copied fresh each run), the same build script, the same installed
// packages (symlinked), and caches of its own.
import fs from 'node:fs'
import path from 'node:path'
import { root } from '../../../scripts/dev/lib/proc.ts'

const ownCaches = new Set(['.astro', '.cache', '.vite', '.vite-temp'])

export type Shadow = {
  /** The copy's repository root (scripts/dev/build-site.ts, web/). */
  root: string
  web: string
  buildScript: string
  /** Forgets every cache: the next build is cold. */
  clearCaches: () => void
}

export const prepareShadow = (dir: string): Shadow => {
  fs.rmSync(dir, { recursive: true, force: true })
  const web = path.join(dir, 'web')
  const copy = (rel: string) => {
    const from = path.join(root, rel)
    if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, rel), { recursive: true })
  }
  for (const rel of ['tsconfig.base.json', 'scripts/dev/build-site.ts', 'scripts/dev/lib'])
    copy(rel)
  for (const rel of fs.readdirSync(path.join(root, 'web'))) {
    if (
      ['node_modules', 'dist', 'tests', 'test-results', '.astro', 'build-stats.json'].includes(rel)
    )
      continue
    copy(path.join('web', rel))
  }
  const modules = path.join(web, 'node_modules')
  fs.mkdirSync(modules, { recursive: true })
  for (const entry of fs.readdirSync(path.join(root, 'web', 'node_modules'))) {
    if (ownCaches.has(entry)) continue
    fs.symlinkSync(path.join(root, 'web', 'node_modules', entry), path.join(modules, entry))
  }
  const clearCaches = () => {
    for (const entry of ownCaches)
      fs.rmSync(path.join(modules, entry), { recursive: true, force: true })
    fs.rmSync(path.join(web, '.astro'), { recursive: true, force: true })
  }
  return {
    root: dir,
    web,
    buildScript: path.join(dir, 'scripts', 'dev', 'build-site.ts'),
    clearCaches,
  }
}

/** Files under `dir` (recursively) whose name matches. */
export const countFiles = (dir: string, match: (name: string) => boolean): number => {
  if (!fs.existsSync(dir)) return 0
  let n = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countFiles(path.join(dir, entry.name), match)
    else if (match(entry.name)) n++
  }
  return n
}
