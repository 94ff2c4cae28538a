import os from 'node:os'
import path from 'node:path'
import fs from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { isServerFileRequest } from './previewPaths'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-paths-'))
const publicDir = path.join(root, 'public')
fs.mkdirSync(publicDir)
fs.writeFileSync(path.join(root, 'package.json'), '{}')
fs.writeFileSync(path.join(publicDir, 'favicon.svg'), '<svg/>')
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))
const roots = { root, publicDir }

describe('what the preview server refuses', () => {
  it.each([
    '/@fs/work/checkout/var/demo-secrets.json',
    '/%40fs/work/checkout/var/demo-secrets.json',
    '/%2540fs/etc/passwd',
    '/@id/astro:scripts/page.js',
    '/@vite/client',
    '/node_modules/.vite/deps/react.js',
    '/NODE_MODULES/astro/package.json',
    '/src/lib/env.ts',
    '/src/islands/LeadFormIsland.tsx',
    '/blog/?raw',
    '/blog/x.ts?import',
    '/.env',
    '/.git/config',
    '/blog/../package.json',
    '/blog/%2e%2e/package.json',
    '/package.json',
    '/_image?href=/@fs/etc/passwd',
    '/__vite_ping',
    '/a\\b',
  ])('%s', (url) => {
    expect(isServerFileRequest(url, roots)).toBe(true)
  })

  it.each([
    '/',
    '/blog/',
    '/blog/mon-article/',
    '/favicon.svg',
    '/media/photo-960x540.jpg',
    '/recherche/?q=temps',
  ])('lets the page or asset %s through', (url) => {
    expect(isServerFileRequest(url, roots)).toBe(false)
  })
})
