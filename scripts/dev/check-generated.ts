// Fails when a generated file is stale or a schema change has no migration:
//   - packages/cms-client/src/payload-types.ts and the admin import map are regenerated and must
//     not change (they are committed, never hand-edited);
//   - `payload migrate:create` must find nothing to write.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { bin, root, runStep } from './lib/proc.ts'

const cms = path.join(root, 'cms')
const generated = [
  'packages/cms-client/src/payload-types.ts',
  'cms/src/app/(payload)/admin/importMap.js',
]
const migrationsDir = path.join(cms, 'src', 'migrations')
const snapshot = (files: string[]) =>
  files.map((f) =>
    fs.existsSync(path.join(root, f)) ? fs.readFileSync(path.join(root, f), 'utf8') : '',
  )

const before = snapshot(generated)
const env = {
  ...process.env,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'check-generated',
  PAYLOAD_TYPES_AUTOGEN: 'false',
  DATABASE_URI: 'file:/tmp/vitrine-check-generated.db',
}
await runStep('Generating Payload types', bin('cms', 'payload'), ['generate:types'], {
  cwd: cms,
  env,
  quiet: true,
})
await runStep('Generating the admin import map', bin('cms', 'payload'), ['generate:importmap'], {
  cwd: cms,
  env,
  quiet: true,
})
// Payload's generator leaves formatting to the project: normalise with prettier like a commit would.
execFileSync(bin('.', 'prettier'), ['--write', ...generated.map((f) => path.join(root, f))], {
  stdio: 'ignore',
})
const after = snapshot(generated)
const stale = generated.filter((_, i) => before[i] !== after[i])

const migrationsBefore = new Set(fs.readdirSync(migrationsDir))
await runStep(
  'Looking for schema changes without a migration',
  bin('cms', 'payload'),
  ['migrate:create', 'missing', '--skip-empty'],
  {
    cwd: cms,
    env: {
      ...env,
      PAYLOAD_MIGRATING: 'true',
      DATABASE_URI: 'file:/tmp/vitrine-check-migrations.db',
    },
    quiet: true,
  },
)
const added = fs.readdirSync(migrationsDir).filter((f) => !migrationsBefore.has(f))
for (const f of added) fs.rmSync(path.join(migrationsDir, f))
if (added.length) {
  execFileSync('git', ['checkout', '--', path.join(migrationsDir, 'index.ts')], {
    cwd: root,
    stdio: 'ignore',
  })
}

const problems = [
  ...stale.map(
    (f) => `${f} is stale: run \`pnpm --filter @vitrine/cms run generate\` and commit the result`,
  ),
  ...(added.length
    ? [
        'the Payload config changed without a migration: run `pnpm --filter @vitrine/cms run migrate:create` and commit it',
      ]
    : []),
]
if (problems.length) {
  process.stderr.write(`\n${problems.map((p) => `✖ ${p}`).join('\n')}\n`)
  process.exit(1)
}
process.stdout.write('Generated files and migrations are up to date.\n')
