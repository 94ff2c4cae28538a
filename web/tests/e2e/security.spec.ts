// The public site's security headers and CSP (audit F22, F8): every page type loads in Chromium
// without a single CSP violation, scripts run only when Astro hashed them, and no page writes a
// script or data URL in a link.
import { expect, test, type Page } from '@playwright/test'
import { samplePages, searchNewestArticle, SITE_URL } from './helpers'

/** Collects every CSP violation (DOM event and console report) of the page. */
const watchViolations = async (page: Page) => {
  const violations: string[] = []
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;(window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`,
      )
    })
  })
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

test('every page type loads without a CSP violation, with scripts limited to hashed ones', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const violations = await watchViolations(page)
  const pages = await samplePages()
  for (const [type, path] of Object.entries(pages)) {
    const response = await page.goto(path)
    expect(response, type).not.toBeNull()
    const headers = response!.headers()
    expect(headers['content-security-policy'], `${type} header`).toContain("frame-ancestors 'none'")
    expect(headers['x-content-type-options'], type).toBe('nosniff')
    expect(headers['referrer-policy'], type).toBeTruthy()
    expect(headers['permissions-policy'], type).toBeTruthy()
    const meta = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content')
    expect(meta, `${type} has its own CSP`).toBeTruthy()
    const scriptSrc = /script-src([^;]*)/.exec(meta!)?.[1] ?? ''
    expect(scriptSrc, type).not.toContain("'unsafe-inline'")
    expect(scriptSrc, type).toContain("'sha256-")
    // Let islands hydrate (client:visible / client:intent) before moving on.
    await page.mouse.wheel(0, 4000)
    await page.waitForLoadState('networkidle')
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    expect(
      hrefs.filter((h) => /^\s*(javascript|data|vbscript):|^\s*\/\//i.test(h)),
      `${type} links`,
    ).toEqual([])
  }
  // The search page runs Pagefind (WebAssembly) under the same policy.
  await searchNewestArticle(page)
  // A lead form still works under the policy (hydrated island, token fetch from the CMS).
  await page.goto(pages.contact!)
  await page.mouse.wheel(0, 4000)
  await page.waitForLoadState('networkidle')
  expect(violations).toEqual([])
})

test('a page cannot be framed by another site', async ({ page }) => {
  const violations = await watchViolations(page)
  await page.setContent(`<iframe src="${SITE_URL}/" width="400" height="300"></iframe>`)
  await page.waitForTimeout(1500)
  const frame = page.frames().find((f) => f.url().startsWith(SITE_URL))
  const framedText = frame
    ? await frame
        .locator('body')
        .innerText()
        .catch(() => '')
    : ''
  expect(framedText).not.toContain('Vitrine')
  expect(violations.join(' ')).not.toContain('script-src')
})
