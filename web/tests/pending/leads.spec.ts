import { expect, test, type Locator, type Page } from '@playwright/test'
import { leadForms } from '@vitrine/contracts'
import { thanks } from '../../src/lib/thanks'
import { cmsAll, SITE_URL, type Article } from '../e2e/helpers'

/**
 * The callback form of an article's sidebar, as a visitor: with JavaScript (the island validates,
 * posts JSON and shows the confirmation in place) and without (the plain form posts to the CMS,
 * which redirects to /merci/rappel/). The mail catcher receives the autoresponder.
 */

const MAIL_WEB_URL = process.env.MAIL_WEB_URL?.replace(/\/$/, '')
const form = leadForms.callback

const articlePath = async () => {
  const [article] = await cmsAll<Article>('articles', '&sort=-publishedAt&limit=1')
  if (!article) throw new Error('no published article: seed the CMS first')
  return `/blog/${article.slug}/`
}

const uniqueEmail = (tag: string) => `e2e-${tag}-${Date.now()}@example.fr`

async function fillCallback(scope: Locator, email: string) {
  await scope.locator('[name="firstName"]').fill('Camille')
  await scope.locator('[name="lastName"]').fill('Martin')
  await scope.locator('[name="phone"]').fill('06 12 34 56 78')
  await scope.locator('[name="email"]').fill(email)
  await scope.locator('[name="companyName"]').fill('Atelier Martin')
  for (const select of await scope.locator('select').all()) await select.selectOption({ index: 1 })
  await scope.locator('[name="privacyAck"]').check()
}

async function expectMailTo(page: Page, email: string) {
  if (!MAIL_WEB_URL) return
  await expect
    .poll(
      async () => {
        const mails = (await (await page.request.get(`${MAIL_WEB_URL}/email`)).json()) as {
          to: { address: string }[]
        }[]
        return mails.some((mail) => mail.to.some((to) => to.address === email))
      },
      { timeout: 10_000 },
    )
    .toBe(true)
}

test.describe('with JavaScript', () => {
  test('French errors on the fields, then the confirmation in place of the form', async ({
    page,
  }) => {
    await page.goto(`${await articlePath()}?utm_source=e2e`)
    const wrapper = page.locator('#lead-callback-sidebar')
    await wrapper.scrollIntoViewIfNeeded()
    await expect(wrapper.locator('form')).toHaveAttribute('data-enhanced', 'true')

    await wrapper.getByRole('button', { name: form.submitLabel }).click()
    const firstName = wrapper.locator('[name="firstName"]')
    await expect(firstName).toBeFocused()
    await expect(firstName).toHaveAttribute('aria-invalid', 'true')
    await expect(wrapper.getByRole('alert')).toContainText('Prénom')

    const email = uniqueEmail('js')
    await fillCallback(wrapper, email)
    await expect(firstName).not.toHaveAttribute('aria-invalid', 'true')
    await wrapper.getByRole('button', { name: form.submitLabel }).click()

    const status = wrapper.getByRole('status')
    await expect(status).toContainText(thanks.callback.title)
    await expect(status).toBeFocused()
    await expect(wrapper.locator('form')).toBeHidden()
    expect(page.url()).not.toContain('/merci/')
    expect(await page.evaluate(() => document.cookie)).toBe('')
    await expectMailTo(page, email)
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the plain form posts to the CMS and lands on the thank-you page', async ({ page }) => {
    await page.goto(await articlePath())
    const wrapper = page.locator('#lead-callback-sidebar')
    const email = uniqueEmail('nojs')
    await fillCallback(wrapper, email)
    await wrapper.getByRole('button', { name: form.submitLabel }).click()
    await expect(page).toHaveURL(`${SITE_URL}/merci/rappel/`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(thanks.callback.title)
    await expectMailTo(page, email)
  })
})
