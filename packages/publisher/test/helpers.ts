import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createPublisher, type Publisher } from '../src/publisher.ts'
import type { PublisherOptions } from '../src/config.ts'
import type { Logger } from '../src/logger.ts'
import { signPayload } from '../src/signature.ts'
import type { FakeBuildControl } from './fixtures/fake-build.ts'
import type { FakeRendererControl } from './fixtures/fake-renderer.ts'

/** What the control file tells the fake build, or the fake renderer. */
export type FakeControl = FakeBuildControl & FakeRendererControl

export const TEST_SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`
export const fakeBuild = fileURLToPath(new URL('./fixtures/fake-build.ts', import.meta.url))
export const fakeRenderer = fileURLToPath(new URL('./fixtures/fake-renderer.ts', import.meta.url))
/** PUBLISHER_RENDERER_CMD for the fake renderer. */
export const fakeRendererCommand = `"${process.execPath}" "${fakeRenderer}"`

export type TestPublisher = {
  publisher: Publisher
  dir: string
  root: string
  apiUrl: string
  siteUrl: string
  /** Log lines, to check that failures are named. */
  logs: string[]
  /** How the next builds behave. */
  control: (control: FakeControl) => void
  /** Path of a file the fake build can wait for (`gate`); `openGate()` creates it. */
  gate: string
  openGate: () => void
}

const capture = (logs: string[]): Logger => ({
  info: (m) => logs.push(`info ${m}`),
  warn: (m) => logs.push(`warn ${m}`),
  error: (m) => logs.push(`error ${m}`),
})

/** A started publisher on ephemeral ports in a temp dir, building with the fake build. */
export const seedPublisher = async (
  options: Partial<PublisherOptions> = {},
  control: FakeControl = {},
): Promise<TestPublisher> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'publisher-test-'))
  const controlFile = path.join(dir, 'control.json')
  const logs: string[] = []
  const setControl = (c: FakeControl) => fs.writeFileSync(controlFile, JSON.stringify(c))
  setControl(control)
  const publisher = createPublisher({
    webhookSecret: TEST_SECRET,
    root: path.join(dir, 'root'),
    host: '127.0.0.1',
    port: 0,
    sitePort: 0,
    buildCommand: `"${process.execPath}" "${fakeBuild}"`,
    buildCwd: dir,
    buildEnv: { FAKE_BUILD_CONTROL: controlFile },
    buildOnStart: 'never',
    logger: capture(logs),
    ...options,
  })
  const { apiUrl, siteUrl } = await publisher.start()
  const gate = path.join(dir, 'gate')
  return {
    publisher,
    dir,
    root: path.join(dir, 'root'),
    apiUrl: apiUrl!,
    siteUrl: siteUrl!,
    logs,
    control: setControl,
    gate,
    openGate: () => fs.writeFileSync(gate, ''),
  }
}

export const cleanupPublisher = async (t: TestPublisher | undefined) => {
  if (!t) return
  await t.publisher.stop()
  fs.rmSync(t.dir, { recursive: true, force: true })
}

let counter = 0
export const nextId = () => `msg_test_${process.pid}_${++counter}`

/** POSTs a body signed like the CMS does (override id/timestamp/secret to forge). */
export const signedPost = (
  url: string,
  body: unknown,
  { id = nextId(), timestamp = new Date(), secret = TEST_SECRET, unsigned = false } = {},
) => {
  const text = JSON.stringify(body)
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (!unsigned) Object.assign(headers, signPayload(secret, id, text, timestamp))
  return fetch(url, { method: 'POST', headers, body: text })
}

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

/**
 * GET/HEAD without fetch's decompression or URL normalisation: the path is sent as written
 * (`/../x` reaches the server as is), the body comes back as the bytes sent.
 */
export const rawGet = (
  base: string,
  rawPath: string,
  headers: Record<string, string> = {},
  method = 'GET',
) =>
  new Promise<RawResponse>((resolve, reject) => {
    const { hostname, port } = new URL(base)
    const req = http.request({ hostname, port, path: rawPath, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    })
    req.on('error', reject)
    req.end()
  })

/** Waits until `check` is true (polling), for states reached in the background. */
export const waitFor = async (check: () => boolean | Promise<boolean>, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('waitFor: condition not met in time')
    await new Promise((r) => setTimeout(r, 10))
  }
}

/** A process that exists and is not a zombie waiting to be reaped. */
export const running = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

/** The release directory the `current` symlink of a publisher root points at. */
export const currentTarget = (root: string) => fs.readlinkSync(path.join(root, 'current'))
