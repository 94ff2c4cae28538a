import { gzipSync } from 'node:zlib'
import { expect, test, type Response } from '@playwright/test'
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

/**
 * The JavaScript budget of content pages. Every page carries at least one lead form (the footer
 * newsletter), enhanced by a React island hydrated `client:intent`: the page itself holds only
 * Astro's island bootstrap and the directive (inline, bounded below), and no script file is
 * fetched — even with every form in view — until the visitor reaches for a form (pointer, touch,
 * focus); then React and the island (measured ≈ 96 KB gzip in all, mostly react-dom and the zod
 * contract) arrive once, whatever the number of forms.
 */
const INLINE_MAX = { raw: 6_500, gzip: 2_700 } // measured 6,035 / 2,435
const ISLAND_JS_MAX_GZIP = 110_000

test('no JavaScript file until the visitor reaches for a form; then only the lead form island', async ({
  page,
}) => {
  test.setTimeout(300_000)
  const pages = await samplePages()
  for (const [type, path] of Object.entries(pages)) {
    if (type === 'search') continue // the search island (client:idle) has its own page
    const scripts: Response[] = []
    const listener = (response: Response) => {
      if (response.request().resourceType() === 'script') scripts.push(response)
    }
    page.on('response', listener)
    await page.goto(path, { waitUntil: 'networkidle' })

    const inline = await page
      .locator('script:not([type="application/ld+json"])')
      .evaluateAll((els) => els.map((el) => el.textContent ?? ''))
    const islands = await page
      .locator('astro-island')
      .evaluateAll((els) => els.map((el) => el.getAttribute('component-url') ?? ''))
    if (islands.length === 0) expect(inline, `${type}: <script> without an island`).toEqual([])
    for (const url of islands) expect(url, `${type}: island`).toMatch(/\/_astro\/LeadFormIsland\./)
    const bytes = Buffer.from(inline.join(''))
    expect(bytes.length, `${type}: inline bootstrap, raw bytes`).toBeLessThanOrEqual(INLINE_MAX.raw)
    expect(gzipSync(bytes).length, `${type}: inline bootstrap, gzip`).toBeLessThanOrEqual(
      INLINE_MAX.gzip,
    )

    // Read to the end: every form scrolls into view, and still nothing is downloaded.
    for (const form of await page.locator('[data-lead-form] form').all())
      await form.evaluate((el) => el.scrollIntoView())
    await page.waitForLoadState('networkidle')
    expect(
      scripts.map((r) => r.url()),
      `${type}: scripts before the visitor reaches for a form`,
    ).toEqual([])

    // Every form of the page wakes up under the pointer; the scripts are the island's, from the site.
    for (const form of await page.locator('[data-lead-form] form').all()) {
      await form.hover()
      await expect(form, `${type}: form enhanced`).toHaveAttribute('data-enhanced', 'true')
    }
    await page.waitForLoadState('networkidle')
    page.off('response', listener)
    if (islands.length === 0) continue
    expect(scripts.length, `${type}: island scripts once a form is reached`).toBeGreaterThan(0)
    const urls = scripts.map((r) => new URL(r.url()))
    expect(
      urls.every((u) => u.origin === origin && u.pathname.startsWith('/_astro/')),
      `${type}: ${urls.join(' ')}`,
    ).toBe(true)
    expect(new Set(urls.map((u) => u.pathname)).size, `${type}: each file once`).toBe(urls.length)
    let gzip = 0
    for (const response of scripts) gzip += gzipSync(await response.body()).length
    expect(gzip, `${type}: island JavaScript, gzip`).toBeLessThanOrEqual(ISLAND_JS_MAX_GZIP)
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
