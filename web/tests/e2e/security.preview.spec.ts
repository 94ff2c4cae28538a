// The draft-preview origin serves pages to editors and nothing else (audit F5, F21): no file of the
// server through Vite's /@fs/, /@id/, /node_modules/, /src/…, with or without a preview session;
// a preview session dies with its user's editor role; no redirect leaves the preview origin.
import http from 'node:http'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { signPreviewToken } from '@vitrine/contracts/preview-token'
import { CMS_URL, demoLogin, demoSession } from './helpers'

const PREVIEW_URL = (process.env.PREVIEW_URL || 'http://localhost:4323').replace(/\/$/, '')
const SECRET = process.env.PREVIEW_SECRET ?? ''
const checkout = path.resolve(import.meta.dirname, '../../..')
const database = (process.env.DATABASE_URI ?? '').startsWith('file:')
  ? path.resolve(checkout, 'cms', process.env.DATABASE_URI!.slice('file:'.length))
  : path.join(checkout, 'cms/data/vitrine.db')

/** A raw GET (the path is sent as written: no `..` or `//` normalisation by a client). */
const rawGet = (pathname: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; location?: string; body: string }>((resolve, reject) => {
    const { hostname, port } = new URL(PREVIEW_URL)
    const req = http.request(
      { hostname, port, path: pathname, method: 'GET', headers: { accept: '*/*', ...headers } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            location: res.headers.location,
            body: Buffer.concat(chunks).toString('latin1'),
          }),
        )
      },
    )
    req.on('error', reject)
    req.end()
  })

const SERVER_FILES = [
  `/@fs${checkout}/var/demo-secrets.json`,
  `/@fs${database}`,
  `/@fs${checkout}/package.json`,
  `/@fs${checkout}/cms/src/payload.config.ts`,
  '/@fs/etc/passwd',
  `/@fs${checkout}/web/../var/demo-secrets.json`,
  `/%40fs${checkout}/var/demo-secrets.json`,
  `/@id/${checkout}/var/demo-secrets.json`,
  `/@id${checkout}/web/src/lib/env.ts`,
  '/node_modules/astro/package.json',
  '/node_modules/.vite/deps/_metadata.json',
  '/src/lib/env.ts',
  '/src/lib/env.ts?raw',
  '/src/pages/index.astro?raw',
  '/src/integrations/preview.ts',
  '/.env',
  '/package.json',
  '/astro.config.mjs',
  '/tsconfig.json',
  '/../var/demo-secrets.json',
  '/var/demo-secrets.json',
  `/_image?href=${encodeURIComponent(`/@fs${checkout}/var/demo-secrets.json`)}&w=100&f=webp`,
  `/@fs${checkout}/cms/media/private/`,
]

const demoId = async (account: 'editor' | 'admin') => (await demoSession(account)).id

const session = (u: string) =>
  `vitrine_preview=${signPreviewToken({ c: 'pages', id: '1', u }, SECRET)}`

test.describe('draft-preview origin', () => {
  test.skip(!SECRET, 'PREVIEW_SECRET is needed to open a preview session')

  test('serves pages to a preview session', async () => {
    const cookie = session(await demoId('editor'))
    const page = await rawGet('/', { cookie, accept: 'text/html' })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<html')
  })

  test('never returns a server file, with or without a preview session', async () => {
    const cookie = session(await demoId('editor'))
    const secrets = [process.env.PAYLOAD_SECRET, process.env.PREVIEW_SECRET].filter(
      (s): s is string => !!s,
    )
    const leaks: string[] = []
    for (const probe of SERVER_FILES) {
      const variants: Record<string, string>[] = [{}, { cookie }, { cookie, accept: 'text/html' }]
      for (const headers of variants) {
        const res = await rawGet(probe, headers)
        const leaked =
          res.status === 200 ||
          secrets.some((s) => res.body.includes(s)) ||
          res.body.includes('SQLite format 3') ||
          res.body.includes('root:x:0:0')
        if (leaked) leaks.push(`${res.status} ${probe}${'cookie' in headers ? ' (session)' : ''}`)
      }
    }
    expect(leaks).toEqual([])
  })

  test('a preview link never redirects off the preview origin', async () => {
    const token = signPreviewToken({ c: 'pages', id: '1', u: await demoId('editor') }, SECRET)
    for (const probe of [
      '/.//evil.example/',
      '//evil.example/',
      '/\\evil.example/',
      '/%2F%2Fevil.example/',
    ]) {
      const res = await rawGet(`${probe}?preview=${encodeURIComponent(token)}`)
      // Either refused outright (a dot-segment path is never a page) or sent to a path of the preview.
      if (res.status !== 303) {
        expect([403, 404], probe).toContain(res.status)
        expect(res.location, probe).toBeUndefined()
        continue
      }
      expect(
        new URL(res.location ?? '', `${PREVIEW_URL}/`).origin,
        `${probe} → ${res.location}`,
      ).toBe(PREVIEW_URL)
      expect(res.location, probe).toMatch(/^\/(?![/\\])/)
    }
    // A valid link on a page path is still swapped for a session and sent to the clean path.
    const page = await rawGet(`/blog/?preview=${encodeURIComponent(token)}`)
    expect(page.status).toBe(303)
    expect(page.location).toBe('/blog/')
  })

  test('a preview session ends when its user is demoted or deleted', async () => {
    const admin = await demoLogin('admin')
    const auth = { authorization: `JWT ${admin}`, 'content-type': 'application/json' }
    const created = await fetch(`${CMS_URL}/api/users`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        email: `preview-${Date.now()}@vitrine.test`,
        password: 'un-mot-de-passe-solide',
        name: 'Rédactrice temporaire',
        role: 'editor',
      }),
    })
    expect(created.status).toBe(201)
    const id = String(((await created.json()) as { doc: { id: string | number } }).doc.id)
    const cookie = session(id)
    expect((await rawGet('/', { cookie, accept: 'text/html' })).status).toBe(200)

    const demoted = await fetch(`${CMS_URL}/api/users/${id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ role: 'sales' }),
    })
    expect(demoted.status).toBe(200)
    await expect
      .poll(async () => (await rawGet('/', { cookie, accept: 'text/html' })).status, {
        timeout: 15_000,
      })
      .toBe(403)
    // A fresh link for the demoted user is refused too.
    const link = await rawGet(`/?preview=${encodeURIComponent(cookie.split('=')[1]!)}`)
    expect(link.status).toBe(403)

    await fetch(`${CMS_URL}/api/users/${id}`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ role: 'editor' }),
    })
    await expect
      .poll(async () => (await rawGet('/', { cookie, accept: 'text/html' })).status, {
        timeout: 15_000,
      })
      .toBe(200)
    expect(
      (await fetch(`${CMS_URL}/api/users/${id}`, { method: 'DELETE', headers: auth })).status,
    ).toBe(200)
    await expect
      .poll(async () => (await rawGet('/', { cookie, accept: 'text/html' })).status, {
        timeout: 15_000,
      })
      .toBe(403)
  })
})
