// A production start (no schema push) on an empty SQLite file comes up by itself: the committed
// migrations run at start-up, and no demo account is created.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'

const run = promisify(execFile)
const cmsDir = path.resolve(import.meta.dirname, '../..')

it.skipIf(process.env.DATABASE_URI?.startsWith('mongodb'))(
  'boots on an empty SQLite file in production mode and applies the migrations',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-prod-'))
    const { stdout } = await run(
      path.join(cmsDir, 'node_modules/.bin/payload'),
      ['run', 'tests/int/fixtures/productionBoot.ts'],
      {
        cwd: cmsDir,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          DATABASE_URI: `file:${path.join(dir, 'empty.db')}`,
          MEDIA_DIR: path.join(dir, 'media'),
          PAYLOAD_SECRET: 'production-test-secret',
          LEAD_SIGNING_SECRET: 'production-test-lead-secret',
          PREVIEW_SECRET: 'production-test-preview-secret',
          PUBLISHER_URL: '',
          JOBS_AUTORUN: 'false',
        },
        timeout: 120_000,
      },
    )
    const line = stdout.split('\n').find((l) => l.startsWith('RESULT '))
    expect(line, stdout.slice(-2000)).toBeTruthy()
    const result = JSON.parse(line!.slice('RESULT '.length))
    expect(result.categorySlug).toBe('production')
    expect(result.users).toBe(0)
    const committed = fs
      .readdirSync(path.join(cmsDir, 'src/migrations'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    expect(result.migrations.sort()).toEqual(committed.map((f) => f.replace(/\.ts$/, '')).sort())
    // /api/health's migration check sees them all applied.
    expect(result.health).toEqual({
      ok: true,
      mode: 'committed',
      applied: committed.length,
      pending: [],
    })
    fs.rmSync(dir, { recursive: true, force: true })
  },
  150_000,
)
