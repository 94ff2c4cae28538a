// The site origin gets no credentialed access to the CMS (audit F8): the lead forms need no cookie,
// only the admin's own origin is trusted for cookies and CSRF. The publisher's build logs reach the
// admin through the CMS only (audit F17): the CMS holds the webhook secret.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { cmsUrl, siteUrl } from '../../src/lib/urls'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { seedUsers } from './helpers/fixtures'
import { callApi, postLead, resetLimits, validLead } from './helpers/leads'

let payload: Payload
let users: Awaited<ReturnType<typeof seedUsers>>
let adminToken: string

beforeAll(async () => {
  payload = await bootPayload()
  users = await seedUsers(payload)
  const login = await payload
    .login({
      collection: 'users',
      data: { email: users.admin.email, password: 'test-password-1' },
    })
    .catch(() => null)
  adminToken = login?.token ?? ''
})
afterAll(async () => {
  await shutdownPayload(payload)
})

const get = (path: string, headers: Record<string, string>) =>
  callApi(new Request(`${cmsUrl}${path}`, { headers }))

describe('CORS and CSRF for the site origin', () => {
  it('the REST API never answers the site origin with Allow-Credentials', async () => {
    for (const path of ['/api/users/me', '/api/articles?limit=1', '/api/globals/site-settings']) {
      const response = await get(path, { origin: siteUrl })
      expect(response.headers.get('access-control-allow-credentials'), path).not.toBe('true')
      expect(response.headers.get('access-control-allow-origin'), path).not.toBe(siteUrl)
    }
  })

  it('a session cookie sent from the site origin does not sign anyone in', async () => {
    expect(adminToken, 'admin login in the test database').not.toBe('')
    const me = await get('/api/users/me', {
      origin: siteUrl,
      cookie: `payload-token=${adminToken}`,
    })
    expect(((await me.json()) as { user: unknown }).user).toBeNull()
    // From the admin's own origin the same cookie still works.
    const own = await get('/api/users/me', {
      origin: cmsUrl,
      cookie: `payload-token=${adminToken}`,
    })
    expect(((await own.json()) as { user: { id: unknown } | null }).user?.id).toBe(users.admin.id)
  })

  it('the lead forms still post cross-origin from the site (no cookie needed)', async () => {
    resetLimits()
    const response = await postLead(validLead('contact'))
    expect(response.status).toBe(201)
    expect(response.headers.get('access-control-allow-origin')).toBe(siteUrl)
    expect(response.headers.get('access-control-allow-credentials')).not.toBe('true')
    const preflight = await callApi(
      new Request(`${cmsUrl}/api/leads/submit`, {
        method: 'OPTIONS',
        headers: { origin: siteUrl, 'access-control-request-method': 'POST' },
      }),
    )
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(siteUrl)
  })
})

const logAs = async (role: 'admin' | 'editor' | 'sales' | null) => {
  const headers = new Headers()
  if (role) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: users[role].email, password: 'test-password-1' },
    })
    headers.set('authorization', `JWT ${token}`)
  }
  return callApi(new Request(`${cmsUrl}/api/publisher-log/20261201-000000-000-abcd`, { headers }))
}

describe('GET /api/publisher-log/:id', () => {
  it('refuses anonymous visitors and sales with a French message', async () => {
    for (const role of [null, 'sales'] as const) {
      const response = await logAs(role)
      expect(response.status, String(role)).toBe(403)
      expect(((await response.json()) as { error: string }).error).toMatch(/Réservé/)
    }
  })

  it('lets editors and admins through to the publisher (here unreachable: a French 502 or 404)', async () => {
    for (const role of ['editor', 'admin'] as const) {
      const response = await logAs(role)
      expect([404, 502], role).toContain(response.status)
      expect(((await response.json()) as { error: string }).error).toMatch(/Journal|publication/)
    }
  })
})
