import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { silentLogger } from './logger.ts'
import { createWebhookVerifier, signPayload } from './signature.ts'

const secret = `whsec_${Buffer.alloc(32, 1).toString('base64')}`
const body = JSON.stringify({ type: 'rebuild.requested', reason: 'article published' })
let dir: string
let seenIdsFile: string

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'publisher-sig-'))
  seenIdsFile = path.join(dir, 'seen.json')
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const verifier = () => createWebhookVerifier({ secret, seenIdsFile, logger: silentLogger })

describe('webhook signature', () => {
  it('accepts a request signed with the shared secret and returns its payload', () => {
    const result = verifier().verify(body, signPayload(secret, 'msg_1', body))
    expect(result).toEqual({ ok: true, id: 'msg_1', payload: JSON.parse(body) })
  })

  it('refuses a request without signature headers', () => {
    expect(verifier().verify(body, {})).toMatchObject({ ok: false, reason: 'unsigned' })
  })

  it('refuses a signature made with another secret', () => {
    const other = `whsec_${Buffer.alloc(32, 2).toString('base64')}`
    expect(verifier().verify(body, signPayload(other, 'msg_2', body))).toMatchObject({
      ok: false,
      reason: 'forged',
    })
  })

  it('refuses a body changed after signing', () => {
    const headers = signPayload(secret, 'msg_3', body)
    const tampered = body.replace('published', 'deleted')
    expect(verifier().verify(tampered, headers)).toMatchObject({ ok: false, reason: 'forged' })
  })

  it('refuses timestamps more than 5 minutes old or ahead', () => {
    const v = verifier()
    const old = new Date(Date.now() - 6 * 60_000)
    const ahead = new Date(Date.now() + 6 * 60_000)
    expect(v.verify(body, signPayload(secret, 'msg_4', body, old))).toMatchObject({
      reason: 'stale',
    })
    expect(v.verify(body, signPayload(secret, 'msg_5', body, ahead))).toMatchObject({
      reason: 'stale',
    })
    const recent = new Date(Date.now() - 4 * 60_000)
    expect(v.verify(body, signPayload(secret, 'msg_6', body, recent))).toMatchObject({ ok: true })
  })

  it('refuses a replayed id, also after a restart', () => {
    const headers = signPayload(secret, 'msg_7', body)
    expect(verifier().verify(body, headers).ok).toBe(true)
    const restarted = verifier()
    expect(restarted.verify(body, headers)).toMatchObject({ ok: false, reason: 'replayed' })
    expect(JSON.parse(fs.readFileSync(seenIdsFile, 'utf8'))).toHaveProperty('msg_7')
  })
})
