// Publishing words an editor can trust (fr-FR): a labelled « Aperçu », a link to the live page
// once published, « Dépublier… » with a dialog whose buttons say what they do, and « Créer »
// that leaves no untitled draft in the list.
import { expect, test } from '@playwright/test'
import { signIn } from './fixtures/signIn'
import { desktop, leftoversOn, phone, shoot } from './fixtures/adminScan'
import { postArticle } from './fixtures/postArticle'

const cmsUrl = process.env.CMS_URL ?? 'http://localhost:3000'
const siteUrl = process.env.SITE_URL ?? 'http://localhost:4321'

test.use({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: desktop })
test.setTimeout(180_000)

test('an editor previews with a labelled « Aperçu », publishes, gets the live link, then unpublishes in plain words', async ({
  page,
}) => {
  await signIn(page, 'editor@vitrine.test')
  const title = `Article à publier ${Date.now().toString(36)}`
  const created = await postArticle(page, title)
  expect(created.status()).toBe(201)
  const { doc } = await created.json()

  await page.goto(`/admin/collections/articles/${doc.id}`)
  await expect(page.getByLabel('Chapô')).toBeVisible({ timeout: 30_000 })
  // « Aperçu » is read, not guessed from an icon: visible text and accessible name.
  const preview = page.getByRole('link', { name: 'Aperçu', exact: true })
  await expect(preview).toBeVisible()
  await expect(preview).toHaveText('Aperçu')
  // Not online yet: no live link.
  await expect(page.getByRole('link', { name: 'Voir sur le site' })).toHaveCount(0)

  await page.locator('#action-save').click()
  await expect(page.getByText(/publié/i).first()).toBeVisible({ timeout: 15_000 })
  const live = page.getByRole('link', { name: 'Voir sur le site' })
  await expect(live).toBeVisible({ timeout: 15_000 })
  await expect(live).toHaveAttribute('href', `${siteUrl}/blog/${doc.slug}/`)
  await shoot(page, 'editor-published', desktop)
  await shoot(page, 'editor-published', phone)
  await page.setViewportSize(desktop)

  // Unpublish: « Dépublier… » in ⋮, a dialog that says what happens, buttons that say what they do.
  await page.locator('.doc-controls__dots').click()
  await page.getByRole('button', { name: 'Dépublier…' }).click()
  const dialog = page.locator('.confirmation-modal')
  await expect(dialog.getByRole('heading', { name: 'Retirer du site ?' })).toBeVisible()
  await expect(dialog).toContainText(title)
  await expect(dialog.getByRole('button', { name: 'Garder en ligne' })).toBeVisible()
  const confirm = dialog.getByRole('button', { name: 'Retirer du site' })
  await expect(confirm).toBeVisible()
  await expect(dialog.getByRole('button', { name: /^(Annuler|Confirmer)$/ })).toHaveCount(0)
  expect(await leftoversOn(page)).toEqual([])
  await shoot(page, 'unpublish-dialog', desktop)
  await shoot(page, 'unpublish-dialog', phone)
  await page.setViewportSize(desktop)
  await confirm.click()
  await expect(page.getByText(/Retiré du site/).first()).toBeVisible({ timeout: 15_000 })
  await expect(page.getByRole('link', { name: 'Voir sur le site' })).toHaveCount(0)
  const visible = await (
    await fetch(`${cmsUrl}/api/articles?where[title][equals]=${encodeURIComponent(title)}`)
  ).json()
  expect(visible.totalDocs).toBe(0)
})

test('« Créer » then leaving without typing leaves no untitled draft in the list', async ({
  page,
}) => {
  await signIn(page, 'editor@vitrine.test')
  const list = '/admin/collections/articles?limit=100'
  await page.goto(list)
  const rows = page.locator('table tbody tr')
  await expect(rows.first()).toBeVisible({ timeout: 30_000 })
  const before = await rows.count()

  await page.waitForLoadState('networkidle') // the link is a client-side one: hydrated first
  await page.locator('.list-create-new-doc__create-new-button').click()
  // Payload stores the empty draft, then redirects to it (slow on a loaded machine).
  await page.waitForURL(/\/collections\/articles\/(?!create)[^/?]+$/, { timeout: 90_000 })
  const id = new URL(page.url()).pathname.split('/').pop()!
  await expect(page.getByLabel('Chapô')).toBeVisible({ timeout: 30_000 })

  await page.goto(list)
  await expect(rows.first()).toBeVisible({ timeout: 30_000 })
  await expect(rows).toHaveCount(before)
  await expect(page.getByRole('link', { name: id, exact: true })).toHaveCount(0)
})
