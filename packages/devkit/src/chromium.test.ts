import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { chromiumPath, chromiumProblem, ensureChromium, findChromium } from './chromium.mjs'

const present =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file)

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, before the PATH and the Debian default', () => {
    const exists = present('/opt/chrome/chromium', '/usr/local/bin/chromium', '/usr/bin/chromium')
    const env = { CHROMIUM_PATH: '/opt/chrome/chromium', PATH: '/usr/local/bin' }
    expect(findChromium(env, exists)).toEqual({
      found: '/opt/chrome/chromium',
      from: 'CHROMIUM_PATH',
    })
  })

  it('treats a CHROMIUM_PATH naming a missing file as an error, never falling back', () => {
    const lookup = findChromium(
      { CHROMIUM_PATH: '/nonexistent', PATH: '/usr/bin' },
      present('/usr/bin/chromium'),
    )
    expect(lookup).toEqual({ missing: '/nonexistent' })
    expect(chromiumProblem(lookup)).toContain('CHROMIUM_PATH=/nonexistent')
  })

  it('then looks for chromium on the PATH, in order', () => {
    const exists = present('/b/chromium', '/c/chromium', '/usr/bin/chromium')
    expect(findChromium({ PATH: ['/a', '/b', '/c'].join(path.delimiter) }, exists)).toEqual({
      found: '/b/chromium',
      from: 'PATH',
    })
  })

  it('then falls back to /usr/bin/chromium', () => {
    expect(findChromium({ PATH: '/a' }, present('/usr/bin/chromium'))).toEqual({
      found: '/usr/bin/chromium',
      from: 'default',
    })
  })

  it('finds nothing on a machine without a browser, and says which command installs one', () => {
    const lookup = findChromium({ PATH: '/a' }, present())
    expect(lookup).toEqual({})
    expect(chromiumProblem(lookup)).toContain('apt-get install -y chromium')
  })
})

describe('chromiumPath and ensureChromium', () => {
  it('throw / stop with the message naming a missing CHROMIUM_PATH, and install nothing', () => {
    const env: Record<string, string | undefined> = {
      CHROMIUM_PATH: '/nonexistent/chromium',
      PATH: '',
    }
    const said: string[] = []
    expect(() => chromiumPath(env)).toThrow('CHROMIUM_PATH=/nonexistent/chromium')
    expect(ensureChromium({ env, log: (m) => said.push(m) })).toEqual({
      stop: expect.stringContaining('CHROMIUM_PATH=/nonexistent/chromium'),
    })
    expect(said).toEqual([])
  })

  it('hands the path found to every child process through CHROMIUM_PATH', () => {
    const env: Record<string, string | undefined> = { CHROMIUM_PATH: process.execPath }
    expect(ensureChromium({ env })).toEqual({ path: process.execPath })
    expect(env.CHROMIUM_PATH).toBe(process.execPath)
  })
})

describe('npm test on a machine whose CHROMIUM_PATH names a missing file', () => {
  it('stops at once, before installing or running any stage, with the message', () => {
    const root = path.resolve(import.meta.dirname, '../../..')
    const run = spawnSync(process.execPath, [path.join(root, 'scripts/test.mjs')], {
      cwd: root,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent' },
      encoding: 'utf8',
      timeout: 20_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('CHROMIUM_PATH=/nonexistent names no executable file')
    // Nothing else ran: no dependency install, no stage.
    expect(run.stdout).not.toMatch(/Installing dependencies|Checking generated|Type check|Stages:/)
  })
})
