import { expect, test } from '@playwright/test'
import { cmsAll, cmsGlobal, type Webinar } from './helpers'

type Link = { label: string; url: string }
type Settings = {
  navigation: Link[]
  navCtas: Link[]
  footerColumns: { title: string; links: Link[] }[]
  announcement: { enabled: boolean; fallback?: Link }
}

test('the main menu and its calls to action come from the site settings and lead somewhere', async ({
  page,
}) => {
  const settings = await cmsGlobal<Settings>('site-settings')
  await page.goto('/')
  const nav = page.getByRole('navigation', { name: 'Menu principal', exact: true })
  for (const link of [...settings.navigation, ...settings.navCtas]) {
    await expect(nav.getByRole('link', { name: link.label, exact: true })).toHaveAttribute(
      'href',
      link.url,
    )
  }
  for (const link of settings.navigation) {
    const response = await page.request.get(link.url)
    expect(response.status(), link.url).toBe(200)
  }
  await nav.getByRole('link', { name: settings.navigation[0]!.label, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`${settings.navigation[0]!.url}$`))
  await expect(
    nav.getByRole('link', { name: settings.navigation[0]!.label, exact: true }),
  ).toHaveAttribute('aria-current', 'page')
})

test('every footer link answers 200', async ({ page }) => {
  const settings = await cmsGlobal<Settings>('site-settings')
  for (const link of settings.footerColumns.flatMap((c) => c.links)) {
    const response = await page.request.get(link.url)
    expect(response.status(), link.url).toBe(200)
  }
})

test('the announcement bar points at the next open webinar', async ({ page }) => {
  const webinars = await cmsAll<Webinar>('webinars')
  const next = webinars
    .filter((w) => Date.parse(w.startsAt) > Date.now() && w.status !== 'cancelled')
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0]
  await page.goto('/')
  const link = page.locator('.announcement a')
  if (next) await expect(link).toHaveAttribute('href', `/webinaires/${next.slug}/`)
  else await expect(link).toHaveCount(1)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('the menu opens without JavaScript and lists every entry', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    })
    const page = await context.newPage()
    const settings = await cmsGlobal<Settings>('site-settings')
    await page.goto('/')
    const desktopNav = page.getByRole('navigation', { name: 'Menu principal', exact: true })
    await expect(desktopNav).toBeHidden()
    await page.locator('.mobile-menu__toggle').click()
    const menu = page.getByRole('navigation', { name: 'Menu principal (mobile)' })
    for (const link of settings.navigation)
      await expect(menu.getByRole('link', { name: link.label })).toBeVisible()
    await menu.getByRole('link', { name: settings.navigation[0]!.label }).click()
    await expect(page).toHaveURL(new RegExp(`${settings.navigation[0]!.url}$`))
    await context.close()
  })
})

test('the skip link moves to the main content', async ({ page }) => {
  await page.goto('/blog/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Aller au contenu' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await skip.press('Enter')
  await expect(page).toHaveURL(/#contenu$/)
})
