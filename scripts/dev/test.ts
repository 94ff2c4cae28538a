// `npm test`: every suite, in the order a failure is cheapest to find. Prints one summary line.
//   npm test                 everything
//   npm test -- --only=unit  one stage (generated | unit | int | e2e)
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { bin, nodeBin, root, runStep, say } from './lib/proc.ts'
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
    results.push({ stage: name, ok: false, seconds: (Date.now() - t0) / 1000, error: (error as Error).message })
  }
}

const pnpm = (args: string[], label: string, env: NodeJS.ProcessEnv = {}) =>
  runStep(label, nodeBin, [bin('.', 'pnpm') , ...args], { env: { ...process.env, ...env } })

const testEnv = { PAYLOAD_SECRET: 'test-secret-not-for-production', PAYLOAD_TYPES_AUTOGEN: 'false' }

// 1. Generated files (Payload types, admin import map) and migrations must match the config.
await stage('generated', async () => {
  await runStep('Checking generated files and migrations', nodeBin, [path.join(root, 'scripts/dev/check-generated.ts')], {
    env: { ...process.env, ...testEnv },
  })
})

// 2. Unit tests of every workspace (fast, no server).
await stage('unit', async () => {
  for (const ws of ['packages/contracts', 'packages/cms-client', 'packages/publisher', 'web']) {
    if (!fs.existsSync(path.join(root, ws, 'src'))) continue
    await runStep(`Unit tests: ${ws}`, bin(ws, 'vitest'), ['run'], { cwd: path.join(root, ws) })
  }
})

// 3. CMS integration tests: the Payload Local API on a temp database per file
//    (SQLite by default; DATABASE_URI=mongodb://… runs them against MongoDB).
await stage('int', async () => {
  await runStep('CMS integration tests (Local API)', bin('cms', 'vitest'), ['run'], {
    cwd: path.join(root, 'cms'),
    env: { ...process.env, ...testEnv },
  })
})

// 4. Browser tests: the real CMS (production build, seeded temp database), the built site, Chromium.
await stage('e2e', async () => {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-e2e-'))
  let system: System | undefined
  try {
    system = await startSystem({ workDir, portBase: 13000 })
    await runStep('Browser tests (Playwright, Chromium)', bin('web', 'playwright'), ['test'], {
      cwd: path.join(root, 'web'),
      env: { ...process.env, ...system.env },
    })
  } finally {
    await system?.stop()
    fs.rmSync(workDir, { recursive: true, force: true })
  }
})

const passed = results.filter((r) => r.ok).length
const failed = results.length - passed
process.stdout.write('\nStages:\n')
for (const r of results) {
  process.stdout.write(`  ${r.ok ? '\x1b[32m✔' : '\x1b[31m✖'}\x1b[0m ${r.stage.padEnd(10)} ${r.seconds.toFixed(1)} s${r.error ? `  ${r.error}` : ''}\n`)
}
say(`npm test finished`)
process.stdout.write(`\n${passed} passed, ${failed} failed\n`)
process.exit(failed ? 1 : 0)
