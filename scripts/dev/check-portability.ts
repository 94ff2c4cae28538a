// Part of `npm test` (generated stage): fails when code assumes numeric ids or uses SQLite
// around the Local API (scripts/dev/lib/portability.ts says what is looked for and where).
import { findPortabilityIssues } from './lib/portability.ts'
import { root } from './lib/proc.ts'

const findings = findPortabilityIssues(root)
for (const f of findings) console.error(`${f.file}:${f.line}: ${f.rule}\n    ${f.text}`)
if (findings.length) {
  console.error(
    `\n${findings.length} place(s) would not run on MongoDB: keep ids opaque and go through the Local API.`,
  )
  process.exit(1)
}
console.log('No numeric-id or SQLite-only code outside cms/src/lib/database.ts')
