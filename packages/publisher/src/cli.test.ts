import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fakeBuild, TEST_SECRET } from '../test/helpers.ts'

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url))
let dir: string
let env: NodeJS.ProcessEnv

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'publisher-cli-'))
  fs.writeFileSync(path.join(dir, 'control.json'), JSON.stringify({ pages: 2 }))
  env = {
    ...process.env,
    PUBLISHER_ROOT: path.join(dir, 'root'),
    PUBLISHER_BUILD_CMD: `"${process.execPath}" "${fakeBuild}"`,
    PUBLISHER_BUILD_CWD: dir,
    FAKE_BUILD_CONTROL: path.join(dir, 'control.json'),
  }
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const run = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...env, ...extra } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c) => (stdout += c))
    child.stderr.on('data', (c) => (stderr += c))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })

describe('command line', () => {
  it('build publishes once, status shows it, rollback refuses with nothing before', async () => {
    const build = await run(['build'])
    expect(build.code).toBe(0)
    const record = JSON.parse(build.stdout)
    expect(record).toMatchObject({ ok: true, pageCount: 4 })
    const status = await run(['status'])
    expect(JSON.parse(status.stdout)).toMatchObject({ state: 'idle', current: { id: record.id } })
    const rollback = await run(['rollback'])
    expect(rollback.code).toBe(1)
    expect(JSON.parse(rollback.stdout)).toMatchObject({ ok: false })
  })

  it('serve refuses to start without a secret, naming the variable', async () => {
    const serve = await run(['serve'], { PUBLISHER_WEBHOOK_SECRET: '' })
    expect(serve.code).toBe(1)
    expect(serve.stderr).toContain('PUBLISHER_WEBHOOK_SECRET is not set')
  })

  it('serve stops on SIGTERM, killing the running build', async () => {
    fs.writeFileSync(
      path.join(dir, 'control.json'),
      JSON.stringify({ gate: path.join(dir, 'never') }),
    )
    const child = spawn(process.execPath, [cli, 'serve'], {
      env: {
        ...env,
        PUBLISHER_WEBHOOK_SECRET: TEST_SECRET,
        PUBLISHER_PORT: '0',
        PUBLISHER_SITE_PORT: '0',
        PUBLISHER_BUILD_ON_START: 'always',
      },
    })
    let out = ''
    child.stdout.on('data', (c) => (out += c))
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
    const deadline = Date.now() + 5000
    while (!out.includes('started (1 request')) {
      if (Date.now() > deadline) throw new Error(`serve did not start a build:\n${out}`)
      await new Promise((r) => setTimeout(r, 20))
    }
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(out).toContain('Publisher stopped')
    const state = JSON.parse(fs.readFileSync(path.join(dir, 'root', 'state.json'), 'utf8'))
    expect(state.history[0]).toMatchObject({
      ok: false,
      error: expect.stringContaining('cancelled'),
    })
  })
})
