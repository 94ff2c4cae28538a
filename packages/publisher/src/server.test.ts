import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  cleanupPublisher,
  nextId,
  seedPublisher,
  signedPost,
  TEST_SECRET,
  type TestPublisher,
} from '../test/helpers.ts'

/** The CMS reads the full status and the logs with the webhook secret. */
const bearer = { authorization: `Bearer ${TEST_SECRET}` }

let t: TestPublisher | undefined
afterEach(async () => {
  await cleanupPublisher(t)
  t = undefined
})

const rebuild = (reason = 'article published') => ({
  type: 'rebuild.requested',
  reason,
  documents: [{ collection: 'articles', id: 12, action: 'update', title: 'Bonjour' }],
})

describe('HTTP API', () => {
  it('accepts a signed rebuild webhook with 202 and builds in the background', async () => {
    t = await seedPublisher()
    const id = nextId()
    const res = await signedPost(`${t.apiUrl}/hooks/rebuild`, rebuild(), { id })
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ accepted: true, queued: false })
    await t.publisher.idle()
    const status = await (await fetch(`${t.apiUrl}/status`, { headers: bearer })).json()
    expect(status).toMatchObject({
      state: 'idle',
      queued: false,
      lastBuild: { ok: true, pageCount: 5 },
    })
    expect(status.current.id).toBe(status.lastBuild.id)
    expect(status.lastBuild.reasons[0]).toMatchObject({
      reason: 'article published',
      source: 'webhook',
      webhookId: id,
      documents: [{ collection: 'articles', id: 12, action: 'update', title: 'Bonjour' }],
    })
    expect(t.logs.some((l) => l.includes('POST /hooks/rebuild 202') && l.includes(id))).toBe(true)
  })

  it.each([
    ['unsigned', { unsigned: true }],
    ['forged', { secret: `whsec_${Buffer.alloc(32, 9).toString('base64')}` }],
    ['stale', { timestamp: new Date(Date.now() - 6 * 60_000) }],
  ])('refuses a %s webhook with 401 and does not build', async (error, options) => {
    t = await seedPublisher()
    const res = await signedPost(`${t.apiUrl}/hooks/rebuild`, rebuild(), options)
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ error, message: expect.any(String) })
    expect((await t.publisher.status()).history).toEqual([])
    expect(
      t.logs.some((l) => l.startsWith('warn POST /hooks/rebuild 401') && l.includes(error)),
    ).toBe(true)
  })

  it('refuses a replayed webhook id', async () => {
    t = await seedPublisher()
    const id = nextId()
    expect((await signedPost(`${t.apiUrl}/hooks/rebuild`, rebuild(), { id })).status).toBe(202)
    const replay = await signedPost(`${t.apiUrl}/hooks/rebuild`, rebuild(), { id })
    expect(replay.status).toBe(401)
    expect(await replay.json()).toMatchObject({ error: 'replayed' })
  })

  it('refuses a signed body of another type', async () => {
    t = await seedPublisher()
    const res = await signedPost(`${t.apiUrl}/hooks/rebuild`, { type: 'rollback.requested' })
    expect(res.status).toBe(400)
    expect((await t.publisher.status()).history).toEqual([])
  })

  it('collapses a burst of 50 webhooks during a build into one more build', async () => {
    t = await seedPublisher()
    t.control({ gate: t.gate })
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        signedPost(`${t!.apiUrl}/hooks/rebuild`, rebuild(`change ${i}`)),
      ),
    )
    const bodies = await Promise.all(answers.map((r) => r.json()))
    expect(answers.every((r) => r.status === 202)).toBe(true)
    expect(bodies.filter((b) => b.queued === false)).toHaveLength(1)
    expect((await t.publisher.status()).queued).toBe(true)
    t.openGate()
    await t.publisher.idle()
    const { history } = await t.publisher.status()
    expect(history).toHaveLength(2)
    expect(history.every((b) => b.ok)).toBe(true)
    expect(history[0]!.reasons).toHaveLength(49)
    expect(history[1]!.reasons).toHaveLength(1)
  })

  it('serves GET /status to the configured origin only (none by default)', async () => {
    t = await seedPublisher()
    const open = await fetch(`${t.apiUrl}/status`, {
      headers: { origin: 'https://admin.example', ...bearer },
    })
    expect(open.headers.get('access-control-allow-origin')).toBeNull()
    expect(await open.json()).toEqual({
      state: 'idle',
      queued: false,
      current: null,
      lastBuild: null,
      lastSuccess: null,
      history: [],
    })
    await cleanupPublisher(t)
    t = await seedPublisher({ allowedOrigin: 'https://cms.example' })
    const allowed = await fetch(`${t.apiUrl}/status`, {
      headers: { origin: 'https://cms.example' },
    })
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://cms.example')
    const other = await fetch(`${t.apiUrl}/status`, { headers: { origin: 'https://evil.example' } })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await fetch(`${t.apiUrl}/status`, {
      method: 'OPTIONS',
      headers: { origin: 'https://cms.example' },
    })
    expect(preflight.status).toBe(204)
  })

  it('rolls back through a signed POST /rollback, 409 when there is nothing before', async () => {
    t = await seedPublisher()
    const first = await t.publisher.requestBuild('one').done
    const none = await signedPost(`${t.apiUrl}/rollback`, { type: 'rollback.requested' })
    expect(none.status).toBe(409)
    await t.publisher.requestBuild('two').done
    expect(
      (await signedPost(`${t.apiUrl}/rollback`, { type: 'rollback.requested' }, { unsigned: true }))
        .status,
    ).toBe(401)
    const res = await signedPost(`${t.apiUrl}/rollback`, { type: 'rollback.requested' })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ ok: true, current: { id: first.id } })
    expect((await t.publisher.status()).current?.id).toBe(first.id)
  })

  it('serves build logs as text, failed builds included', async () => {
    t = await seedPublisher({}, { fail: 'astro: getStaticPaths() failed for /blog/[slug]' })
    const failed = await t.publisher.requestBuild('x').done
    const res = await fetch(`${t.apiUrl}/releases/${failed.id}/log`, { headers: bearer })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/plain')
    const text = await res.text()
    expect(text).toContain('getStaticPaths() failed')
    expect(text).toContain('# FAILED')
    expect(
      (await fetch(`${t.apiUrl}/releases/20990101-000000-000-abcd/log`, { headers: bearer }))
        .status,
    ).toBe(404)
    expect(
      (await fetch(`${t.apiUrl}/releases/..%2Fstate.json/log`, { headers: bearer })).status,
    ).toBe(404)
  })

  it('answers GET /health: 200 when serving, degraded after a failed build, 503 when the live release is gone', async () => {
    t = await seedPublisher()
    const fresh = await fetch(`${t.apiUrl}/health`)
    expect(fresh.status).toBe(200)
    expect(await fresh.json()).toMatchObject({
      status: 'ok',
      checks: { releasesWritable: true, currentServed: null },
    })
    const live = await t.publisher.requestBuild('one').done
    const ok = await (await fetch(`${t.apiUrl}/health`)).json()
    expect(ok).toMatchObject({
      status: 'ok',
      checks: { currentRelease: live.id, currentServed: true, lastBuildFailed: false },
    })
    expect(ok.checks.lastSuccessAt).toBe(live.finished)

    t.control({ fail: 'astro: boom' })
    await t.publisher.requestBuild('two').done
    const degraded = await fetch(`${t.apiUrl}/health`)
    expect(degraded.status).toBe(200)
    expect(await degraded.json()).toMatchObject({
      status: 'degraded',
      checks: { lastBuildFailed: true, currentRelease: live.id },
    })

    fs.rmSync(path.join(t.root, 'releases'), { recursive: true, force: true })
    const gone = await fetch(`${t.apiUrl}/health`)
    expect(gone.status).toBe(503)
    const body = await gone.json()
    expect(body).toMatchObject({
      status: 'unhealthy',
      checks: { releasesWritable: false, currentServed: false },
    })
    expect(body.problems.join(' ')).toContain(live.id)
  })

  it('answers unknown routes with a JSON 404', async () => {
    t = await seedPublisher()
    const res = await fetch(`${t.apiUrl}/nope`)
    expect(res.status).toBe(404)
    expect((await res.json()).error).toBe('not-found')
  })
})
