// Part of `npm test` (generated stage): the production images' dependency stage, checked without
// a Docker daemon. For each Dockerfile, the files its first stage COPYs (as the build context
// holds them, .dockerignore applied) go into a temp folder, and its `pnpm install` runs there
// (`--lockfile-only --offline`: it reads the lockfile, the workspace and the patches, and fetches
// nothing). And the build context leaves out what git ignores: dependencies, builds, the SQLite
// demo database, uploads and CVs, `.env`.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { root, say } from './proc.ts'

export const dockerfiles = ['cms/Dockerfile', 'packages/publisher/Dockerfile']
const PNPM = 'pnpm@12.21.0'

/** `COPY` sources and destinations, and the `pnpm install` arguments, of a Dockerfile's first stage. */
export const dependencyStage = (dockerfile: string) => {
  const copies: { sources: string[]; dest: string }[] = []
  for (const raw of dockerfile.split('\n')) {
    const line = raw.trim()
    if (/^FROM\s/i.test(line) && copies.length) break
    const copy = line.match(/^COPY\s+(?!--from)(.+)$/i)
    if (copy) {
      const parts = copy[1]!.split(/\s+/).filter((p) => !p.startsWith('--'))
      copies.push({ sources: parts.slice(0, -1), dest: parts.at(-1)! })
    }
    const install = line.match(/^RUN\s+pnpm\s+install\s+(.*)$/i)
    if (install) return { copies, installArgs: install[1]!.split(/\s+/) }
  }
  return { copies, installArgs: null }
}

/** A .dockerignore as a predicate on paths relative to the context (`*`, `**`, no `!` rules). */
export const dockerignore = (text: string) => {
  const patterns = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .map((p) => {
      const source = p
        .split('/')
        .map((seg) =>
          seg === '**'
            ? '.*'
            : seg
                .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                .replace(/\*/g, '[^/]*')
                .replace(/\?/g, '[^/]'),
        )
        .join('/')
        .replace(/\.\*\//g, '(?:.*/)?')
      return new RegExp(`^${source}(?:/.*)?$`)
    })
  return (relative: string) => patterns.some((re) => re.test(relative))
}

/**
 * What a .dockerignore must leave out so that the context holds no more than git does: each
 * .gitignore entry, at any depth when git matches it at any depth (no slash inside).
 */
export const requiredIgnores = (gitignore: string) =>
  gitignore
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('!'))
    .map((l) => {
      const bare = l.replace(/\/+$/, '')
      return bare.includes('/') ? bare.replace(/^\/+/, '') : `**/${bare}`
    })

const copyInto = (source: string, target: string, ignored: (rel: string) => boolean) => {
  const rel = path.relative(root, source)
  if (ignored(rel)) return
  const stat = fs.statSync(source)
  if (stat.isDirectory()) {
    fs.mkdirSync(target, { recursive: true })
    for (const entry of fs.readdirSync(source))
      copyInto(path.join(source, entry), path.join(target, entry), ignored)
  } else fs.copyFileSync(source, target)
}

/** The problems found; none when every image's dependency stage installs and the context is clean. */
export const imageProblems = (): string[] => {
  const problems: string[] = []
  const ignoreFile = path.join(root, '.dockerignore')
  const ignoreText = fs.existsSync(ignoreFile) ? fs.readFileSync(ignoreFile, 'utf8') : ''
  const ignored = dockerignore(ignoreText)
  // A pattern stands for the paths it names (its globs taken as names): at the top and, for an
  // any-depth one, inside a folder too.
  const covered = (p: string) =>
    p.startsWith('**/') ? ignored(p.slice(3)) && ignored(`cms/${p.slice(3)}`) : ignored(p)
  const missing = requiredIgnores(fs.readFileSync(path.join(root, '.gitignore'), 'utf8'))
    .concat(['.git'])
    .filter((p) => !covered(p))
  if (missing.length)
    problems.push(
      `.dockerignore does not leave out ${missing.join(', ')}: \`docker compose build\` would send them to the image (local databases, uploads, secrets, dependencies)`,
    )
  for (const file of dockerfiles) {
    const stage = dependencyStage(fs.readFileSync(path.join(root, file), 'utf8'))
    if (!stage.installArgs) {
      problems.push(`${file}: no \`RUN pnpm install\` in its first stage`)
      continue
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'image-deps-'))
    try {
      for (const { sources, dest } of stage.copies)
        for (const source of sources) {
          const from = path.join(root, source)
          if (!fs.existsSync(from)) {
            problems.push(`${file}: COPY ${source}: no such file in the repository`)
            continue
          }
          const to = dest.endsWith('/')
            ? path.join(dir, dest, fs.statSync(from).isDirectory() ? '' : path.basename(source))
            : path.join(dir, dest)
          fs.mkdirSync(path.dirname(to), { recursive: true })
          copyInto(from, to, ignored)
        }
      const run = spawnSync(
        'npx',
        ['-y', PNPM, 'install', ...stage.installArgs, '--lockfile-only', '--offline'],
        { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
      )
      if (run.status !== 0)
        problems.push(
          `${file}: its \`pnpm install\` fails with only the files the image copies before it: ${`${run.stdout}\n${run.stderr}`
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => /error|not found|ERR_/i.test(l))
            .slice(0, 3)
            .join(' / ')}`,
        )
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
  return problems
}

export const validateImages = async () => {
  const problems = imageProblems()
  if (problems.length) throw new Error(`Production images: ${problems.join('; ')}`)
  say(
    `Images: ${dockerfiles.join(', ')} install from what they copy; .dockerignore covers .gitignore`,
  )
}
