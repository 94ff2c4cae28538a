import { expect, test } from '@playwright/test'
import { samplePages, SITE_URL } from './helpers'

const origin = new URL(SITE_URL).origin

test('no request leaves the site’s origin, on any page type', async ({ page }) => {
  test.setTimeout(240_000)
  const pages = await samplePages()
  const outside: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith('data:') && new URL(url).origin !== origin) outside.push(url)
  })
  for (const path of Object.values(pages)) {
    await page.goto(path, { waitUntil: 'networkidle' })
    await page.mouse.wheel(0, 20_000)
    await page.waitForLoadState('networkidle')
  }
  expect(outside).toEqual([])
})

test('article pages (and other pages without an island) load no JavaScript', async ({ page }) => {
  test.setTimeout(240_000)
  const pages = await samplePages()
  for (const [type, path] of Object.entries(pages)) {
    if (type === 'search') continue
    const scripts: string[] = []
    const listener = (request: { resourceType: () => string; url: () => string }) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    }
    page.on('request', listener)
    await page.goto(path, { waitUntil: 'networkidle' })
    page.off('request', listener)
    expect(scripts, `${type}: script requests`).toEqual([])
    const inline = await page.locator('script:not([type="application/ld+json"])').count()
    expect(inline, `${type}: <script> elements`).toBe(0)
  }
})

test.describe('on a 390×844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('no page scrolls sideways', async ({ page }) => {
    test.setTimeout(240_000)
    const pages = await samplePages()
    for (const [type, path] of Object.entries(pages)) {
      await page.goto(path)
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }))
      expect(scrollWidth, `${type} ${path}`).toBeLessThanOrEqual(clientWidth)
    }
  })
})
