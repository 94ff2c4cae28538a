// Failed logins are throttled per client, not per account: a stranger's wrong passwords do not
// lock a colleague out, while one client guessing passwords is refused for a while (in French).
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { seedUsers } from './helpers/fixtures'
import { callApi } from './helpers/leads'
import { cmsUrl } from '../../src/lib/urls'
import { loginThrottle } from '../../src/collections/Users/loginThrottle'

let payload: Payload
let users: Awaited<ReturnType<typeof seedUsers>>

const login = (ip: string, email: string, password: string) =>
  callApi(
    new Request(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ email, password }),
    }),
  )

beforeAll(async () => {
  payload = await bootPayload()
  users = await seedUsers(payload)
})
beforeEach(() => loginThrottle.reset())
afterAll(async () => shutdownPayload(payload))

describe('login throttle', () => {
  it('8 wrong passwords from client A do not lock the account for client B', async () => {
    for (let i = 0; i < 8; i++) {
      const res = await login('203.0.113.10', users.editor.email, 'wrong-password')
      expect(res.status).toBe(401)
    }
    const fromB = await login('198.51.100.20', users.editor.email, 'test-password-1')
    expect(fromB.status, await fromB.clone().text()).toBe(200)
    expect((await fromB.json()).user.email).toBe(users.editor.email)
  })

  it('20 wrong passwords from one client: that client is refused for a while, with a French message', async () => {
    for (let i = 0; i < 20; i++) {
      const target = i % 2 ? users.sales.email : `inconnu-${i}@test.vitrine`
      await login('203.0.113.30', target, 'wrong-password')
    }
    const again = await login('203.0.113.30', users.admin.email, 'test-password-1')
    expect(again.status).toBe(429)
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(0)
    const body = await again.json()
    expect(body.errors[0].message).toMatch(/Trop de tentatives.*réessayez/i)
    // Everybody else still signs in, the targeted accounts included.
    expect((await login('198.51.100.40', users.sales.email, 'test-password-1')).status).toBe(200)
    expect((await login('198.51.100.40', users.admin.email, 'test-password-1')).status).toBe(200)
  })

  it('one client guessing one account is refused on it after 8 failures, the right password included', async () => {
    for (let i = 0; i < 8; i++) await login('203.0.113.50', users.sales.email, 'wrong-password')
    expect((await login('203.0.113.50', users.sales.email, 'test-password-1')).status).toBe(429)
  })
})
