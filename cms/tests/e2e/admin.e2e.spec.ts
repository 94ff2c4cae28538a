// The admin as the marketing team meets it: in French, with what they look at first.
import { expect, test } from '@playwright/test'

const password = process.env.DEMO_PASSWORD ?? 'vitrine-demo'

test.use({ locale: 'en-US' })

test('an editor signs in to a French admin and sees the site status and the next webinar', async ({ page }) => {
  await page.goto('/admin')
  await expect(page.getByRole('button', { name: /connexion/i })).toBeVisible({ timeout: 45_000 })
  await page.getByLabel(/e-mail/i).fill('editor@vitrine.test')
  await page.getByLabel(/mot de passe/i).fill(password)
  await page.getByRole('button', { name: /connexion/i }).click()
  await expect(page.getByRole('heading', { name: /Site :/ })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('heading', { name: 'Prochain webinaire' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Republier maintenant' })).toBeVisible()
  // Marketing does not see the leads.
  await expect(page.getByText('Nouvelles demandes (7 jours)')).toHaveCount(0)
})

test('an editor opens an article in the French editor', async ({ page }) => {
  await page.goto('/admin/login')
  await page.getByLabel(/e-mail/i).fill('editor@vitrine.test')
  await page.getByLabel(/mot de passe/i).fill(password)
  await page.getByRole('button', { name: /connexion/i }).click()
  await page.waitForURL(/\/admin$/)
  await page.goto('/admin/collections/articles')
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible()
  await page.getByRole('link', { name: /Office manager|assistant|freelance/i }).first().click()
  await expect(page.getByText('Chapô', { exact: false }).first()).toBeVisible()
  await expect(page.getByRole('button', { name: /Publier/ }).first()).toBeVisible()
})
