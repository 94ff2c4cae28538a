// The REST API as the outside world sees it, on the seeded demo.
import { expect, test } from '@playwright/test'

const password = process.env.DEMO_PASSWORD ?? 'vitrine-demo'

test('visitors read only published articles', async ({ request }) => {
  const res = await request.get('/api/articles?limit=1')
  expect(res.status()).toBe(200)
  const body = await res.json()
  expect(body.totalDocs).toBeGreaterThanOrEqual(12)
  expect(body.docs[0]._status).toBe('published')
  const drafts = await request.get('/api/articles?where[_status][equals]=draft')
  expect((await drafts.json()).totalDocs).toBe(0)
})

test('leads and accounts are closed to visitors', async ({ request }) => {
  expect((await request.get('/api/leads')).status()).toBe(403)
  expect((await request.get('/api/users')).status()).toBe(403)
})

test('the demo editor logs in and is refused the leads', async ({ request }) => {
  const login = await request.post('/api/users/login', {
    data: { email: 'editor@vitrine.test', password },
  })
  expect(login.status()).toBe(200)
  const { token, user } = await login.json()
  expect(user.role).toBe('editor')
  const leads = await request.get('/api/leads', { headers: { Authorization: `JWT ${token}` } })
  expect(leads.status()).toBe(403)
  const drafts = await request.get('/api/articles?draft=true&where[_status][equals]=draft', {
    headers: { Authorization: `JWT ${token}` },
  })
  expect((await drafts.json()).totalDocs).toBeGreaterThanOrEqual(1)
})

test('the demo salesperson reads the leads', async ({ request }) => {
  const login = await request.post('/api/users/login', {
    data: { email: 'sales@vitrine.test', password },
  })
  const { token } = await login.json()
  const leads = await request.get('/api/leads', { headers: { Authorization: `JWT ${token}` } })
  expect(leads.status()).toBe(200)
})
