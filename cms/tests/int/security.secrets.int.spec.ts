// Secrets: production refuses to start without them (one English line naming each), and the
// signing key can be rotated: tokens signed with a previous key keep working while it is listed
// in LEAD_SIGNING_PREVIOUS_SECRETS; a token naming an unknown key id is refused.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { checkFormToken, issueFormToken } from '../../src/endpoints/leads/formToken'
import { createDownloadToken, verifyDownloadToken } from '../../src/email/downloadLink'

const run = promisify(execFile)
const cmsDir = path.resolve(import.meta.dirname, '../..')
const payloadBin = path.join(cmsDir, 'node_modules/.bin/payload')

/** Runs a `payload` CLI command as production would, with these secrets only. */
const production = async (args: string[], secrets: Record<string, string>) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-secrets-'))
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const name of [
    'PAYLOAD_SECRET',
    'LEAD_SIGNING_SECRET',
    'PREVIEW_SECRET',
    'PUBLISHER_WEBHOOK_SECRET',
    'PUBLISHER_URL',
  ])
    delete env[name]
  Object.assign(env, {
    NODE_ENV: 'production',
    DATABASE_URI: `file:${path.join(dir, 'empty.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    JOBS_AUTORUN: 'false',
    ...secrets,
  })
  try {
    const { stdout, stderr } = await run(payloadBin, args, { cwd: cmsDir, env, timeout: 120_000 })
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** The one line a refused start prints (the process must have failed). */
const refusalLine = ({ code, output }: { code: number; output: string }) => {
  expect(code, output.slice(-1500)).not.toBe(0)
  const line = output.split('\n').find((l) => l.includes('missing secret'))
  expect(line, output.slice(-1500)).toBeTruthy()
  return line!
}

const skipOnMongo = process.env.DATABASE_URI?.startsWith('mongodb')

describe.skipIf(skipOnMongo)('production start without secrets', () => {
  it('a production `payload` process (scripts, seed) exits non-zero naming each missing secret', async () => {
    const result = await production(['run', 'tests/int/fixtures/productionBoot.ts'], {
      PAYLOAD_SECRET: 'production-test-secret',
      PUBLISHER_URL: 'http://localhost:1',
    })
    const line = refusalLine(result)
    for (const name of ['LEAD_SIGNING_SECRET', 'PREVIEW_SECRET', 'PUBLISHER_WEBHOOK_SECRET'])
      expect(line).toContain(name)
    expect(line).not.toContain('PAYLOAD_SECRET')
    expect(result.output).not.toContain('RESULT ')
  }, 150_000)

  it('the worker command exits non-zero naming PAYLOAD_SECRET too', async () => {
    const line = refusalLine(
      await production(['jobs:run', '--queue', 'default', '--limit', '1'], {}),
    )
    for (const name of ['PAYLOAD_SECRET', 'LEAD_SIGNING_SECRET', 'PREVIEW_SECRET'])
      expect(line).toContain(name)
    // No publisher configured: its webhook secret is not needed.
    expect(line).not.toContain('PUBLISHER_WEBHOOK_SECRET')
  }, 150_000)
})

describe('signing key rotation', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env.LEAD_SIGNING_SECRET = saved.LEAD_SIGNING_SECRET
    process.env.LEAD_SIGNING_PREVIOUS_SECRETS = saved.LEAD_SIGNING_PREVIOUS_SECRETS
    for (const name of ['LEAD_SIGNING_SECRET', 'LEAD_SIGNING_PREVIOUS_SECRETS'])
      if (saved[name] === undefined) delete process.env[name]
  })
  const withKeys = (current: string, previous?: string) => {
    process.env.LEAD_SIGNING_SECRET = current
    if (previous === undefined) delete process.env.LEAD_SIGNING_PREVIOUS_SECRETS
    else process.env.LEAD_SIGNING_PREVIOUS_SECRETS = previous
  }
  const minuteAgo = () => new Date(Date.now() - 60_000)

  it('a form token and a download link signed with the old key verify after rotation', () => {
    withKeys('old-key-aaaaaaaaaaaaaaaaaaaaaaaa')
    const form = issueFormToken(minuteAgo())
    const { token: download } = createDownloadToken('lead-1', 'wp-1')
    withKeys('new-key-bbbbbbbbbbbbbbbbbbbbbbbb', 'old-key-aaaaaaaaaaaaaaaaaaaaaaaa')
    expect(checkFormToken(form)).toBe('ok')
    expect(verifyDownloadToken(download)).toMatchObject({
      ok: true,
      leadId: 'lead-1',
      whitePaperId: 'wp-1',
    })
    // New tokens are signed with the new key and verify once the old one is dropped.
    const fresh = issueFormToken(minuteAgo())
    withKeys('new-key-bbbbbbbbbbbbbbbbbbbbbbbb')
    expect(checkFormToken(fresh)).toBe('ok')
    expect(checkFormToken(form)).toBe('invalid')
    expect(verifyDownloadToken(download)).toMatchObject({ ok: false, reason: 'forged' })
  })

  it('each token names its key: a token from an unknown key id is refused', () => {
    withKeys('someone-elses-key-cccccccccccccccc')
    const foreign = issueFormToken(minuteAgo())
    withKeys('new-key-bbbbbbbbbbbbbbbbbbbbbbbb', 'old-key-aaaaaaaaaaaaaaaaaaaaaaaa')
    const mine = issueFormToken(minuteAgo())
    expect(mine.split('.').length).toBe(foreign.split('.').length)
    expect(mine.split('.')[0]).not.toBe(foreign.split('.')[0])
    expect(checkFormToken(foreign)).toBe('invalid')
    // The key id is signed too: putting a known id on a foreign token does not help.
    const relabelled = [mine.split('.')[0], ...foreign.split('.').slice(1)].join('.')
    expect(checkFormToken(relabelled)).toBe('invalid')
  })
})

describe('preview key rotation', () => {
  const saved = {
    current: process.env.PREVIEW_SECRET,
    previous: process.env.PREVIEW_PREVIOUS_SECRETS,
  }
  afterEach(() => {
    if (saved.current === undefined) delete process.env.PREVIEW_SECRET
    else process.env.PREVIEW_SECRET = saved.current
    if (saved.previous === undefined) delete process.env.PREVIEW_PREVIOUS_SECRETS
    else process.env.PREVIEW_PREVIOUS_SECRETS = saved.previous
  })
  const claims = { c: 'articles', id: '1', u: '1' }

  it('a preview link signed with the old key still opens, on the CMS and on the preview server', async () => {
    const { issuePreviewToken, verifyPreviewToken } = await import('../../src/lib/previewTokens')
    const shared = await import('@vitrine/contracts/preview-token')
    process.env.PREVIEW_SECRET = 'old-preview-key-aaaaaaaaaaaaaaaa'
    const old = issuePreviewToken(claims)
    process.env.PREVIEW_SECRET = 'new-preview-key-bbbbbbbbbbbbbbbb'
    process.env.PREVIEW_PREVIOUS_SECRETS = 'old-preview-key-aaaaaaaaaaaaaaaa'
    expect(verifyPreviewToken(old)).toMatchObject(claims)
    expect(
      shared.verifyPreviewToken(old, [
        'new-preview-key-bbbbbbbbbbbbbbbb',
        'old-preview-key-aaaaaaaaaaaaaaaa',
      ]),
    ).toMatchObject(claims)
    delete process.env.PREVIEW_PREVIOUS_SECRETS
    expect(verifyPreviewToken(old)).toBeNull()
    expect(verifyPreviewToken(issuePreviewToken(claims))).toMatchObject(claims)
  })

  it('a preview token from an unknown key id is refused', async () => {
    const { issuePreviewToken, verifyPreviewToken } = await import('../../src/lib/previewTokens')
    process.env.PREVIEW_SECRET = 'someone-elses-preview-key-cccccc'
    const foreign = issuePreviewToken(claims)
    process.env.PREVIEW_SECRET = 'new-preview-key-bbbbbbbbbbbbbbbb'
    const mine = issuePreviewToken(claims)
    expect(mine.split('.')).toHaveLength(3)
    expect(mine.split('.')[0]).not.toBe(foreign.split('.')[0])
    expect(verifyPreviewToken(foreign)).toBeNull()
    expect(
      verifyPreviewToken([mine.split('.')[0], ...foreign.split('.').slice(1)].join('.')),
    ).toBeNull()
  })
})

describe('preview reader credential after rotation', () => {
  it('the preview server signs in with the current or a previous secret, nothing else', async () => {
    const { bootPayload, shutdownPayload } = await import('./helpers/payload')
    const payload = await bootPayload()
    const saved = {
      current: process.env.PREVIEW_SECRET,
      previous: process.env.PREVIEW_PREVIOUS_SECRETS,
    }
    try {
      process.env.PREVIEW_SECRET = 'new-preview-key-bbbbbbbbbbbbbbbb'
      process.env.PREVIEW_PREVIOUS_SECRETS = 'old-preview-key-aaaaaaaaaaaaaaaa'
      const reader = async (secret: string) =>
        (
          await payload.auth({
            headers: new Headers({ authorization: `vitrine-preview ${secret}` }),
          })
        ).user
      expect(await reader('new-preview-key-bbbbbbbbbbbbbbbb')).toMatchObject({
        _strategy: 'preview-reader',
      })
      expect(await reader('old-preview-key-aaaaaaaaaaaaaaaa')).toMatchObject({
        _strategy: 'preview-reader',
      })
      expect(await reader('someone-elses-preview-key-cccccc')).toBeNull()
    } finally {
      Object.assign(process.env, {
        PREVIEW_SECRET: saved.current ?? '',
        PREVIEW_PREVIOUS_SECRETS: saved.previous ?? '',
      })
      if (saved.current === undefined) delete process.env.PREVIEW_SECRET
      if (saved.previous === undefined) delete process.env.PREVIEW_PREVIOUS_SECRETS
      await shutdownPayload(payload)
    }
  })
})
