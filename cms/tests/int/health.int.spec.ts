// GET /api/health: 200 when the installation is well, 503 with the failed check when the
// database is gone or the job queue is stuck; the admin panel warns in French.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { callApi } from './helpers/leads'
import { cmsUrl } from '../../src/lib/urls'
import { jobQueueHealth } from '../../src/lib/health/jobQueueHealth'
import { forgetPublishHealth, publishHealth } from '../../src/lib/health/publishHealth'
import { siteStatusWarnings } from '../../src/components/Publishing/siteStatusWarnings'

let payload: Payload
let publisher: http.Server
let lastBuildOk = true

const getHealth = async (query = '') => {
  forgetPublishHealth()
  const res = await callApi(new Request(`${cmsUrl}/api/health${query}`))
  return { status: res.status, text: await res.clone().text(), body: await res.json() }
}

/** A rebuild job queued that many minutes ago (and claimed by a worker since, if said). */
const oldJob = ({
  reason,
  createdMinutesAgo,
  processingSinceMinutes,
}: {
  reason: string
  createdMinutesAgo: number
  processingSinceMinutes?: number
}) => {
  const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()
  const claimed = processingSinceMinutes
    ? { processing: true, updatedAt: ago(processingSinceMinutes) }
    : {}
  return payload.create({
    collection: 'payload-jobs',
    data: {
      taskSlug: 'requestRebuild',
      input: { reason },
      queue: 'default',
      createdAt: ago(createdMinutesAgo),
      ...claimed,
    } as never,
  })
}

beforeAll(async () => {
  // A stand-in publisher answering GET /status like the real one.
  publisher = http.createServer((_req, res) => {
    const build = {
      id: 'b1',
      started: new Date().toISOString(),
      finished: new Date().toISOString(),
      ok: lastBuildOk,
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        state: 'idle',
        queued: false,
        current: null,
        lastBuild: build,
        lastSuccess: lastBuildOk ? build : null,
      }),
    )
  })
  await new Promise<void>((r) => publisher.listen(0, '127.0.0.1', r))
  process.env.PUBLISHER_URL = `http://127.0.0.1:${(publisher.address() as AddressInfo).port}`
  payload = await bootPayload()
})

afterAll(async () => {
  publisher.close()
  delete process.env.PUBLISHER_URL
})

describe('GET /api/health', () => {
  it('answers 200 with every check green on a working installation, and no secret', async () => {
    await payload.jobs.queue({ task: 'requestRebuild', input: { reason: 'fresh job' } })
    const { status, body, text } = await getHealth()
    expect(status).toBe(200)
    expect(body.status).toBe('ok')
    expect(body.checks.database.ok).toBe(true)
    expect(body.checks.migrations.ok).toBe(true)
    expect(body.checks.jobs).toMatchObject({ ok: true, backlog: 1, runnable: 1, stalled: 0 })
    expect(body.checks.jobs.oldestRunnableAgeSeconds).toBeLessThan(60)
    expect(body.checks.publish).toMatchObject({ ok: true, reachable: true, lastBuildFailed: false })
    expect(body.problems).toEqual([])
    expect(text).not.toContain(process.env.PAYLOAD_SECRET)
    expect(text).not.toContain('@')
    await payload.jobs.run({ limit: 10, silent: true })
  })

  it('answers 503 when a job has waited for a worker for 20 minutes, and the panel warns', async () => {
    const job = await oldJob({ reason: 'nobody ran me', createdMinutesAgo: 20 })
    const { status, body } = await getHealth()
    expect(status).toBe(503)
    expect(body.status).toBe('unhealthy')
    expect(body.checks.database.ok).toBe(true)
    expect(body.checks.jobs.ok).toBe(false)
    expect(body.checks.jobs.oldestRunnableAgeSeconds).toBeGreaterThanOrEqual(20 * 60 - 5)
    expect(body.problems.join(' ')).toMatch(/Job queue stuck/)
    // The proxy's probe keeps the replica in rotation: the queue is the same for all of them.
    const ready = await getHealth('?probe=ready')
    expect(ready.status).toBe(200)
    expect(ready.body.checks.jobs).toBeUndefined()

    const warnings = siteStatusWarnings({
      jobs: await jobQueueHealth(payload),
      publish: await publishHealth(),
    })
    expect(warnings.join(' ')).toMatch(/La file des tâches est bloquée : 1 tâche\(s\).*20 min/)

    await payload.jobs.run({ limit: 10, silent: true })
    expect(
      (await payload.findByID({ collection: 'payload-jobs', id: job.id })).completedAt,
    ).toBeTruthy()
    expect((await getHealth()).status).toBe(200)
  })

  it('answers 503 when a job stays "processing" after its worker died', async () => {
    const job = await oldJob({
      reason: 'worker killed mid-run',
      createdMinutesAgo: 40,
      processingSinceMinutes: 30,
    })
    const { status, body } = await getHealth()
    expect(status).toBe(503)
    expect(body.checks.jobs.stalled).toBe(1)
    expect(body.problems.join(' ')).toMatch(/worker died/)
    await payload.delete({ collection: 'payload-jobs', id: job.id })
  })

  it('stays 200 but degraded when the last site build failed; the panel says so in French', async () => {
    lastBuildOk = false
    const { status, body } = await getHealth()
    expect(status).toBe(200)
    expect(body.status).toBe('degraded')
    expect(body.checks.publish).toMatchObject({
      ok: false,
      lastBuildFailed: true,
      lastSuccessAt: null,
    })
    const warnings = siteStatusWarnings({
      jobs: await jobQueueHealth(payload),
      publish: await publishHealth(),
    })
    expect(warnings).toEqual([expect.stringMatching(/^La dernière publication du site a échoué/)])
    lastBuildOk = true
  })

  // Last: the database stays closed.
  it('answers 503 "database unreachable" when the database is gone', async () => {
    await payload.db.destroy?.()
    const { status, body } = await getHealth()
    expect(status).toBe(503)
    expect(body.status).toBe('unhealthy')
    expect(body.checks.database).toEqual({ ok: false, error: 'unreachable' })
    expect(body.problems[0]).toMatch(/Database unreachable/)
    expect((await getHealth('?probe=ready')).status).toBe(503)
  })
})
