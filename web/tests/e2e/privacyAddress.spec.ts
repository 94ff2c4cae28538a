// One privacy address everywhere (issue 15): the address of Site settings (« Contact données
// personnelles ») is the one the forms' notice, the privacy page and the e-mails give.
import { expect, test } from '@playwright/test'
import { CMS_URL, cmsGlobal, SITE_URL } from './helpers'
import { MAIL_WEB_URL, uniqueEmail } from './leadForms'

const addressesIn = (text: string) =>
  new Set(text.match(/[\w.+-]*donn[ée]es[\w.+-]*@[\w.-]+\.[a-z]{2,}/gi) ?? [])

test('the form notice, the privacy page and the e-mail footer give the Site settings address', async ({
  page,
  request,
}) => {
  const settings = await cmsGlobal<{ legal?: { dpoEmail?: string } }>('site-settings')
  const address = settings.legal?.dpoEmail
  expect(address, 'Site settings › Contact données personnelles').toBeTruthy()

  await page.goto('/contact/')
  const notice = page.locator('.form-notice').first()
  await expect(notice).toContainText(address!)
  expect([...addressesIn(await page.locator('body').innerText())]).toEqual([address])

  await page.goto('/politique-de-confidentialite/')
  await expect(page.locator('main')).toContainText(address!)
  expect([...addressesIn(await page.locator('main').innerText())]).toEqual([address])

  // The acknowledgement e-mail's footer.
  const email = uniqueEmail('privacy')
  const { token } = await (await fetch(`${CMS_URL}/api/leads/form-token`)).json()
  await new Promise((r) => setTimeout(r, 3500)) // the form's minimum fill time
  const submitted = await fetch(`${CMS_URL}/api/leads/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: SITE_URL },
    body: JSON.stringify({
      kind: 'contact',
      firstName: 'Adèle',
      lastName: 'Garnier',
      email,
      message: 'Bonjour, une question sur vos services.',
      privacyAck: true,
      formToken: token,
      sourcePage: `${SITE_URL}/contact/`,
    }),
  })
  expect(submitted.status, await submitted.clone().text()).toBe(201)
  let html = ''
  await expect
    .poll(
      async () => {
        const all = (await (await request.get(`${MAIL_WEB_URL}/api/email`)).json()) as {
          to: { address: string }[]
          html?: string
        }[]
        html = all.find((m) => m.to.some((to) => to.address === email))?.html ?? ''
        return html.length
      },
      { timeout: 30_000, message: `the acknowledgement to ${email}` },
    )
    .toBeGreaterThan(0)
  expect([...addressesIn(html)]).toEqual([address])
})
