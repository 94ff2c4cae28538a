import fs from 'node:fs'
import path from 'node:path'

/**
 * Code that would break on MongoDB (docs/adr/0002-database-by-uri.md): ids assumed numeric, or
 * SQLite reached around the Local API. Generated files, migrations (SQLite's by nature) and the
 * places whose job is the adapter itself are allowed; a line can opt out with `portability-ignore`
 * and a reason.
 */
export const scannedDirs = ['cms/src', 'cms/tests', 'packages', 'web/src', 'scripts']

const allowed = (rel: string) =>
  rel === 'cms/src/lib/database.ts' ||
  rel.startsWith('cms/src/migrations/') ||
  rel.startsWith('packages/backup/src/') || // SQLite snapshot and mongodump side by side
  rel === 'packages/bench/src/generate.ts' || // the bench's own throw-away SQLite files
  rel === 'packages/cms-client/src/payload-types.ts' ||
  rel === 'scripts/dev/lib/portability.ts'

const rules: { name: string; pattern: RegExp; sqliteOnly?: boolean }[] = [
  {
    name: 'numeric id: Number()/parseInt() on an id',
    pattern: /\b(?:Number|parseInt|parseFloat)\(\s*[\w.?!]*(?:\bid|Id|ID)\b/,
  },
  {
    name: 'numeric id type (ids are number | string)',
    pattern: /\b(?:id|\w+Id)\??\s*:\s*number\b(?!\s*\|)(?<!\|\s*number)/,
  },
  { name: 'id compared to a number', pattern: /\.id\s*[<>]=?\s*\d|\.id\s*===?\s*\d/ },
  {
    name: 'SQLite driver or raw SQL outside cms/src/lib/database.ts',
    pattern:
      /from ['"](?:node:sqlite|@libsql\/client|better-sqlite3|drizzle-orm[^'"]*)['"]|\bpayload\.db\.(?:drizzle|client|execute)\b|\bPRAGMA\b|\bsqlite_master\b/,
    sqliteOnly: true,
  },
]

export type Finding = { file: string; line: number; rule: string; text: string }

// Unit tests (*.test.ts) build plain objects without a database: their literal ids assume nothing.
const sourceFile = (name: string) =>
  /\.(?:ts|tsx|mts|mjs|js|astro)$/.test(name) &&
  !name.endsWith('.d.ts') &&
  !name.endsWith('.test.ts')

const walk = (root: string, rel: string, out: string[]) => {
  const dir = path.join(root, rel)
  if (!fs.existsSync(dir)) return
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', '.next', 'dist', '.astro', 'fixtures'].includes(entry.name)) continue
    const child = `${rel}/${entry.name}`
    if (entry.isDirectory()) walk(root, child, out)
    else if (sourceFile(entry.name)) out.push(child)
  }
}

export const findPortabilityIssues = (root: string, dirs = scannedDirs): Finding[] => {
  const files: string[] = []
  for (const dir of dirs) walk(root, dir, files)
  const findings: Finding[] = []
  for (const file of files) {
    if (allowed(file)) continue
    const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n')
    lines.forEach((text, i) => {
      if (/portability-ignore/.test(text)) return
      for (const rule of rules) {
        if (rule.pattern.test(text))
          findings.push({ file, line: i + 1, rule: rule.name, text: text.trim() })
      }
    })
  }
  return findings
}
