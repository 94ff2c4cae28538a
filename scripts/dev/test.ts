// `npm test`: every suite, in the order a failure is cheapest to find. Prints one summary line.
//   npm test                 everything
//   npm test -- --only=unit  one stage (lint | generated | unit | int | e2e)
// (scripts/test.mjs has looked for Chromium before this file runs.)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { lint } from './lib/lint.ts'
import { bin, nodeBin, root, runStep, say } from './lib/proc.ts'
import { validateCaddyfiles, validateCompose } from './lib/compose.ts'
import { validateImages } from './lib/images.ts'
import { startSystem, type System } from './lib/system.ts'

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length)
const results: { stage: string; ok: boolean; seconds: number; error?: string }[] = []

const stage = async (name: string, fn: () => Promise<void>) => {
  if (only && only !== name) return
  const t0 = Date.now()
  try {
    await fn()
    results.push({ stage: name, ok: true, seconds: (Date.now() - t0) / 1000 })
  } catch (error) {
    results.push({
      stage: name,
      ok: false,
      seconds: (Date.now() - t0) / 1000,
      error: (error as Error).message,
    })
  }
}

// Every runner also writes a JSON report, so the closing line counts tests, not stages.
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-test-reports-'))
const counts = { passed: 0, failed: 0, skipped: 0 }
let reportNo = 0
const vitestReportArgs = () => {
  const file = path.join(reportDir, `vitest-${reportNo++}.json`)
  return ['--reporter=default', '--reporter=json', `--outputFile.json=${file}`]
}
const collectReports = () => {
  for (const f of fs.readdirSync(reportDir)) {
    const report = JSON.parse(fs.readFileSync(path.join(reportDir, f), 'utf8'))
    if (f.startsWith('vitest-')) {
      counts.passed += report.numPassedTests ?? 0
      counts.failed += report.numFailedTests ?? 0
      counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
    } else if (f.startsWith('playwright-')) {
      counts.passed += (report.stats?.expected ?? 0) + (report.stats?.flaky ?? 0)
      counts.failed += report.stats?.unexpected ?? 0
      counts.skipped += report.stats?.skipped ?? 0
    }
  }
}

const testEnv = { PAYLOAD_SECRET: 'test-secret-not-for-production', PAYLOAD_TYPES_AUTOGEN: 'false' }

// 1. Lint: formatting, and the types of every workspace (.astro files included), no CMS needed.
await stage('lint', lint)

// 2. Generated files (Payload types, admin import map) and migrations must match the config.
await stage('generated', async () => {
  await runStep(
    'Checking generated files and migrations',
    nodeBin,
    [path.join(root, 'scripts/dev/check-generated.ts')],
    {
      env: { ...process.env, ...testEnv },
    },
  )
  await validateCompose()
  await validateCaddyfiles()
  await validateImages()
  await runStep('Looking for numeric ids and SQLite-only code', nodeBin, [
    path.join(root, 'scripts/dev/check-portability.ts'),
  ])
})

// 3. Unit tests of every workspace (fast, no server).
await stage('unit', async () => {
  const failures: string[] = []
  for (const ws of [
    'packages/contracts',
    'packages/cms-client',
    'packages/publisher',
    'packages/backup',
    'packages/bench',
    'packages/devkit',
    'web',
  ]) {
    if (!fs.existsSync(path.join(root, ws, 'src'))) continue
    // One workspace failing does not hide the others' results.
    await runStep(`Unit tests: ${ws}`, bin(ws, 'vitest'), ['run', ...vitestReportArgs()], {
      cwd: path.join(root, ws),
    }).catch((error: Error) => failures.push(error.message))
  }
  if (failures.length) throw new Error(failures.join('; '))
})

// 4. CMS integration tests: the Payload Local API on a temp database per file
//    (SQLite by default; DATABASE_URI=mongodb://… runs them against MongoDB).
await stage('int', async () => {
  await runStep(
    'CMS integration tests (Local API)',
    bin('cms', 'vitest'),
    ['run', ...vitestReportArgs()],
    {
      cwd: path.join(root, 'cms'),
      env: { ...process.env, ...testEnv },
    },
  )
})

// 5. Browser tests: the real CMS (production build, seeded temp database), the built site, Chromium.
await stage('e2e', async () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-e2e-'))
  let system: System | undefined
  try {
    // Every browser-test visitor posts its lead forms from 127.0.0.1: the per-IP limit (10 a
    // minute, covered by the CMS integration tests) would refuse the lead spec's ≈ 20 visitors.
    // The minimum fill time and the per-address limit keep their production values.
    process.env.LEADS_RATE_PER_IP_PER_MINUTE ??= '120'
    // Same for the daily autoresponder budget per client (20): the per-mailbox cap stays at 3.
    process.env.AUTORESPONDER_CAP_PER_CLIENT_PER_DAY ??= '1000'
    // E2E_PORT_BASE lets two checkouts run their browser tests side by side (5 ports from it).
    system = await startSystem({ workDir, portBase: Number(process.env.E2E_PORT_BASE) || 13000 })
    for (const ws of ['cms', 'web']) {
      if (!fs.existsSync(path.join(root, ws, 'playwright.config.ts'))) continue
      await runStep(
        `Browser tests: ${ws} (Playwright, Chromium)`,
        bin(ws, 'playwright'),
        ['test', '--reporter=list,json'],
        {
          cwd: path.join(root, ws),
          env: {
            ...process.env,
            ...system.env,
            PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reportDir, `playwright-${ws}.json`),
          },
        },
      )
    }
  } finally {
    await system?.stop()
    fs.rmSync(workDir, { recursive: true, force: true })
  }
})

collectReports()
const failedStages = results.filter((r) => !r.ok).length
// A stage that failed outside its runner (build, server start) counts as one failed test.
const failedOutsideRunners = Math.max(0, failedStages - counts.failed)
const passed = counts.passed
const failed = counts.failed + failedOutsideRunners
process.stdout.write('\nStages:\n')
for (const r of results) {
  process.stdout.write(
    `  ${r.ok ? '\x1b[32m✔' : '\x1b[31m✖'}\x1b[0m ${r.stage.padEnd(10)} ${r.seconds.toFixed(1)} s${r.error ? `  ${r.error}` : ''}\n`,
  )
}
say(`npm test finished`)
process.stdout.write(`\n${passed} passed, ${failed} failed, ${counts.skipped} skipped\n`)
process.exit(failed || failedStages ? 1 : 0)
