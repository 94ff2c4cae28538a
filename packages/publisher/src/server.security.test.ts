// The publisher's public surface says only whether the site is up to date (audit F17): build
// history, titles and logs need the webhook secret; CORS is limited to the admin's origin.
import { afterEach, describe, expect, it } from 'vitest'
import {
  cleanupPublisher,
  rawGet,
  seedPublisher,
  signedPost,
  TEST_SECRET,
  type TestPublisher,
} from '../test/helpers.ts'

let t: TestPublisher | undefined
afterEach(async () => {
  await cleanupPublisher(t)
  t = undefined
})

const ADMIN = 'http://cms.example.test'
const SECRET_TITLE = 'Plan social confidentiel (brouillon)'
const bearer = { authorization: `Bearer ${TEST_SECRET}` }

const published = async () => {
  t = await seedPublisher({ allowedOrigin: ADMIN })
  await signedPost(`${t.apiUrl}/hooks/rebuild`, {
    type: 'rebuild.requested',
    reason: 'article unpublished',
    documents: [{ collection: 'articles', id: 7, action: 'update', title: SECRET_TITLE }],
  })
  await t.publisher.idle()
  return t
}

describe('publisher public surface', () => {
  it('anonymous /status says whether the site is up to date, and nothing else', async () => {
    const { apiUrl } = await published()
    const res = await rawGet(apiUrl, '/status')
    expect(res.status).toBe(200)
    const body = JSON.parse(res.body.toString()) as Record<string, unknown>
    expect(body).toEqual({ upToDate: true, state: 'idle', queued: false })
    expect(res.body.toString()).not.toContain(SECRET_TITLE)
  })

  it('the full status and the build logs need the webhook secret', async () => {
    const { apiUrl } = await published()
    const full = JSON.parse((await rawGet(apiUrl, '/status', bearer)).body.toString())
    expect(JSON.stringify(full)).toContain(SECRET_TITLE)
    const id = full.lastBuild.id as string
    expect((await rawGet(apiUrl, `/releases/${id}/log`)).status).toBe(401)
    expect(
      (await rawGet(apiUrl, `/releases/${id}/log`, { authorization: 'Bearer wrong' })).status,
    ).toBe(401)
    const log = await rawGet(apiUrl, `/releases/${id}/log`, bearer)
    expect(log.status).toBe(200)
    expect(log.body.length).toBeGreaterThan(0)
  })

  it('CORS answers the admin origin only, never *', async () => {
    const { apiUrl } = await published()
    const fromAdmin = await rawGet(apiUrl, '/status', { origin: ADMIN })
    expect(fromAdmin.headers['access-control-allow-origin']).toBe(ADMIN)
    const fromElsewhere = await rawGet(apiUrl, '/status', { origin: 'https://evil.example' })
    expect(fromElsewhere.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('by default (no origin configured) no origin gets CORS', async () => {
    t = await seedPublisher()
    const res = await rawGet(t.apiUrl, '/status', { origin: 'https://evil.example' })
    expect(res.headers['access-control-allow-origin']).toBeUndefined()
  })
})

describe('security headers of the static site', () => {
  it('every answer (page, asset, 404) forbids framing and sniffing and sets the referrer policy', async () => {
    const { siteUrl } = await published()
    for (const probe of ['/', '/does-not-exist/']) {
      const res = await rawGet(siteUrl, probe)
      expect(res.headers['content-security-policy'], probe).toContain("frame-ancestors 'none'")
      expect(res.headers['content-security-policy'], probe).toContain("object-src 'none'")
      expect(res.headers['x-frame-options'], probe).toBe('DENY')
      expect(res.headers['x-content-type-options'], probe).toBe('nosniff')
      expect(res.headers['referrer-policy'], probe).toBe('strict-origin-when-cross-origin')
      expect(res.headers['permissions-policy'], probe).toContain('camera=()')
      // Served over http here: no HSTS (it would pin a host that has no https).
      expect(res.headers['strict-transport-security'], probe).toBeUndefined()
    }
  })
})
