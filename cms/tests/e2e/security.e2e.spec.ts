// The admin sends its security headers (CSP, frame-ancestors, nosniff, Referrer-Policy…) and still
// works under them: sign in and open a document without a single CSP violation (audit F22).
import { expect, test } from '@playwright/test'

const password = process.env.DEMO_PASSWORD ?? 'vitrine-demo'

test('the admin works under its CSP: login, dashboard and an edit page, no violation', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const violations: string[] = []
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;(window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} ${e.sample}`,
      )
    })
  })
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text())
  })

  const login = await page.goto('/admin/login')
  const headers = login!.headers()
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'")
  expect(headers['content-security-policy']).toContain("object-src 'none'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy']).toContain('camera=()')

  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible({ timeout: 45_000 })
  await page.getByLabel('E-mail').fill('editor@vitrine.test')
  await page.getByLabel('Mot de passe').fill(password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.waitForURL(/\/admin\/?$/)
  // The site-status widget reads the publisher with its secret, server-side; logs go through the CMS.
  const widget = page.getByRole('region', { name: 'Publication du site' })
  await expect(widget).toContainText('Dernière publication réussie', { timeout: 30_000 })
  const log = widget.getByRole('link', { name: 'Journal de la dernière publication' })
  await expect(log).toHaveAttribute('href', /^\/api\/publisher-log\//)
  const [logPage] = await Promise.all([page.context().waitForEvent('page'), log.click()])
  await logPage.waitForLoadState()
  await expect(logPage.locator('body')).not.toContainText('Réservé')
  expect((await logPage.locator('body').innerText()).length).toBeGreaterThan(20)
  await logPage.close()
  const { docs } = await (await page.request.get('/api/articles?limit=1&depth=0')).json()
  await page.goto(`/admin/collections/articles/${docs[0].id}`)
  await expect(page.locator('#field-title').first()).toBeVisible({ timeout: 30_000 })
  await page.goto('/admin/globals/site-settings')
  await expect(page.getByRole('heading', { name: 'Réglages du site' })).toBeVisible({
    timeout: 30_000,
  })
  await page.waitForLoadState('networkidle')
  expect(violations).toEqual([])
})
