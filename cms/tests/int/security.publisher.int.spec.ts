// The publisher's build logs reach the admin through the CMS only (audit F17): the CMS holds the
// webhook secret; the proxy endpoint is for editors and admins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { cmsUrl } from '../../src/lib/urls'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { seedUsers } from './helpers/fixtures'
import { callApi } from './helpers/leads'

let payload: Payload
let users: Awaited<ReturnType<typeof seedUsers>>

beforeAll(async () => {
  payload = await bootPayload()
  users = await seedUsers(payload)
})
afterAll(async () => {
  await shutdownPayload(payload)
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
