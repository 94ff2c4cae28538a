import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { acceptedEncodings } from './static.ts'
import { cleanupPublisher, rawGet, seedPublisher, type TestPublisher } from '../test/helpers.ts'

let t: TestPublisher | undefined
afterEach(async () => {
  await cleanupPublisher(t)
  t = undefined
})

/** A publisher with one live release built by the fake build. */
const withRelease = async (control = {}) => {
  t = await seedPublisher({}, { marker: 'release-A', ...control })
  await t.publisher.requestBuild('first').done
  return t
}

describe('site server', () => {
  it('answers 503 until a release is live', async () => {
    t = await seedPublisher()
    const res = await rawGet(t.siteUrl, '/')
    expect(res.status).toBe(503)
  })

  it('serves the current release and switches as soon as a build is live', async () => {
    const { siteUrl, publisher, control } = await withRelease()
    expect((await rawGet(siteUrl, '/')).body.toString()).toContain('release-A')
    control({ marker: 'release-B' })
    await publisher.requestBuild('second').done
    expect((await rawGet(siteUrl, '/')).body.toString()).toContain('release-B')
    await publisher.rollback()
    expect((await rawGet(siteUrl, '/')).body.toString()).toContain('release-A')
  })

  it('maps /x/ to /x/index.html and redirects /x to /x/', async () => {
    const { siteUrl } = await withRelease()
    const page = await rawGet(siteUrl, '/blog/post-1/')
    expect(page.status).toBe(200)
    expect(page.body.toString()).toContain('Post 1')
    const bare = await rawGet(siteUrl, '/blog/post-1?ref=mail')
    expect(bare.status).toBe(301)
    expect(bare.headers.location).toBe('/blog/post-1/?ref=mail')
  })

  it('answers unknown paths with the release 404.html and status 404', async () => {
    const { siteUrl } = await withRelease()
    const res = await rawGet(siteUrl, '/nothing/here/')
    expect(res.status).toBe(404)
    expect(res.body.toString()).toContain('Page introuvable')
  })

  it('sends brotli or gzip when accepted, identity otherwise, and varies on it', async () => {
    const { siteUrl } = await withRelease()
    const br = await rawGet(siteUrl, '/', { 'accept-encoding': 'gzip, deflate, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toBe('Accept-Encoding')
    expect(zlib.brotliDecompressSync(br.body).toString()).toContain('release-A')
    const gz = await rawGet(siteUrl, '/', { 'accept-encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gz.body).toString()).toContain('release-A')
    const plain = await rawGet(siteUrl, '/')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toContain('release-A')
    expect(br.headers.etag).not.toBe(plain.headers.etag)
  })

  it('caches hashed /_astro/ assets for a year and makes HTML revalidate', async () => {
    const { siteUrl } = await withRelease()
    const asset = await rawGet(siteUrl, '/_astro/app.3f9a2c.js')
    expect(asset.status).toBe(200)
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const html = await rawGet(siteUrl, '/blog/post-2/')
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(html.headers['cache-control']).toBe('public, max-age=0, must-revalidate')
  })

  it('answers 304 to a matching ETag or date, and HEAD without a body', async () => {
    const { siteUrl } = await withRelease()
    const first = await rawGet(siteUrl, '/favicon.svg')
    const again = await rawGet(siteUrl, '/favicon.svg', { 'if-none-match': first.headers.etag! })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    const since = await rawGet(siteUrl, '/favicon.svg', {
      'if-modified-since': first.headers['last-modified']!,
    })
    expect(since.status).toBe(304)
    const head = await rawGet(siteUrl, '/', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(Number(head.headers['content-length'])).toBeGreaterThan(1000)
    expect(head.body.length).toBe(0)
  })

  it('never serves files outside the release', async () => {
    const { siteUrl, root } = await withRelease()
    fs.writeFileSync(path.join(root, 'secret.txt'), 'outside')
    for (const attempt of [
      '/../secret.txt',
      '/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/blog/..%2f..%2f..%2fsecret.txt',
      '/../state.json',
    ]) {
      const res = await rawGet(siteUrl, attempt)
      expect(res.status, attempt).toBe(404)
      expect(res.body.toString()).not.toContain('outside')
    }
    expect((await rawGet(siteUrl, '/../index.html')).body.toString()).toContain('release-A')
    expect((await rawGet(siteUrl, '/_redirects')).status).toBe(404)
  })

  it('honours exact-path redirects from _redirects', async () => {
    const { siteUrl } = await withRelease({
      redirects:
        '# moved\n/old-post /blog/post-1/ 301\n/promo https://example.com/promo 302\n/blog/* /x 301\n',
    })
    const moved = await rawGet(siteUrl, '/old-post/')
    expect(moved.status).toBe(301)
    expect(moved.headers.location).toBe('/blog/post-1/')
    const external = await rawGet(siteUrl, '/promo?utm=1')
    expect(external.status).toBe(302)
    expect(external.headers.location).toBe('https://example.com/promo?utm=1')
    expect((await rawGet(siteUrl, '/blog/post-2/')).status).toBe(200) // splat lines are skipped
    expect(t!.logs.some((l) => l.includes('Unsupported line') && l.includes('/blog/*'))).toBe(true)
  })

  it('reads Accept-Encoding with q-values', () => {
    expect(acceptedEncodings('gzip, br;q=0')).toEqual(['gzip'])
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip'])
    expect(acceptedEncodings(undefined)).toEqual([])
  })
})
