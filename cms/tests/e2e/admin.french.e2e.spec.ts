// The French admin read as its users read it (fr-FR, Paris time): every page an editor, an admin
// and a salesperson open is scanned for framework leftovers (« [object Object] », « nouveau ou
// nouvelle », « {{ », 12-hour times…) in the text, the screen-reader labels and the date inputs.
import { expect, test, type Page } from '@playwright/test'
import { signIn } from './fixtures/signIn'
import { submitLead } from './fixtures/submitLead'
import { desktop, leftoversOn } from './fixtures/adminScan'

test.use({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: desktop })
test.setTimeout(240_000)

/** Opens an admin page, waits for Payload to render it, returns its leftovers. */
const scan = async (page: Page, url: string) => {
  await page.goto(url)
  await expect(page.locator('.template-default, .template-minimal').first()).toBeVisible({
    timeout: 30_000,
  })
  await page.waitForLoadState('networkidle')
  return leftoversOn(page)
}

test('an editor meets no framework leftover: dashboard, lists, editor, create, version history', async ({
  page,
}) => {
  await signIn(page, 'editor@vitrine.test')
  const found: string[] = []
  found.push(...(await scan(page, '/admin')))
  for (const slug of ['articles', 'pages', 'white-papers', 'webinars', 'media', 'categories'])
    found.push(...(await scan(page, `/admin/collections/${slug}`)))

  const { docs } = await (await page.request.get('/api/articles?limit=1&depth=0')).json()
  const article = `/admin/collections/articles/${docs[0].id}`
  found.push(...(await scan(page, article)))
  // Every date field of the editor (publication date, webinar start…) in 24-hour French.
  const { docs: webinars } = await (await page.request.get('/api/webinars?limit=1&depth=0')).json()
  found.push(...(await scan(page, `/admin/collections/webinars/${webinars[0].id}`)))

  await page.goto(`${article}/versions`)
  // The table shows a « Chargement en cours... » row first: wait for the versions themselves.
  await expect(page.locator('table tbody tr td').first()).toHaveText(
    /\d{1,2} \S+ \d{4} \d{2}:\d{2}/,
    { timeout: 30_000 },
  )
  found.push(...(await leftoversOn(page)))
  await page.locator('table tbody tr a').first().click()
  await page.waitForURL(/\/versions\/[^/]+$/)
  await page.waitForLoadState('networkidle')
  found.push(...(await leftoversOn(page)))

  expect(found).toEqual([])
})

test('an admin and a salesperson meet no framework leftover either', async ({ page }) => {
  await submitLead({
    kind: 'contact',
    firstName: 'Apolline',
    lastName: 'Durand',
    email: `apolline-${Date.now().toString(36)}@exemple-pme.fr`,
    message: 'Bonjour, pouvez-vous me rappeler ?',
  })
  await signIn(page, 'admin@vitrine.test')
  const asAdmin: string[] = []
  asAdmin.push(...(await scan(page, '/admin')))
  for (const slug of ['users', 'redirects', 'leads', 'emails', 'erasure-log', 'site-changes'])
    asAdmin.push(...(await scan(page, `/admin/collections/${slug}`)))
  asAdmin.push(...(await scan(page, '/admin/globals/site-settings')))
  expect.soft(asAdmin).toEqual([])

  await page.context().clearCookies()
  await signIn(page, 'sales@vitrine.test')
  const found: string[] = []
  found.push(...(await scan(page, '/admin')))
  found.push(...(await scan(page, '/admin/collections/leads')))
  // The consent stamp (« Recueilli le ») has no format of its own: 24-hour French too.
  await page.locator('table tbody tr a').first().click()
  await page.waitForURL(/\/collections\/leads\/[^/?]+$/)
  await expect(page.getByRole('textbox', { name: 'Prénom' })).toHaveValue('Apolline', {
    timeout: 30_000,
  })
  found.push(...(await leftoversOn(page)))
  const stamps = await page
    .locator('.date-time-picker input')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value).filter(Boolean))
  expect(stamps.length).toBeGreaterThan(0)
  for (const stamp of stamps)
    expect(stamp).toMatch(/^\d{2}( \S+ \d{4} \d{2}:\d{2}|\/\d{2}\/\d{4})$/)
  expect(found).toEqual([])
})
