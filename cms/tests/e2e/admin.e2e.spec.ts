// The admin as the marketing team meets it: in French, with what they look at first.
import { expect, test, type Page } from '@playwright/test'
import { signIn } from './fixtures/signIn'

// An English browser still gets the French admin (the team's language).
test.use({ locale: 'en-US' })

test('an editor signs in to a French admin and sees the site status and the next webinar', async ({
  page,
}) => {
  await signIn(page, 'editor@vitrine.test')
  await expect(page.getByRole('heading', { name: /Site :/ })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('heading', { name: 'Prochain webinaire' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Republier maintenant' })).toBeVisible()
  // Marketing does not see the leads.
  await expect(page.getByText('Nouvelles demandes (7 jours)')).toHaveCount(0)
})

test('an editor opens an article in the French editor', async ({ page }) => {
  await signIn(page, 'editor@vitrine.test')
  await page.goto('/admin/collections/articles')
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible()
  // Open a published article by its id (the list's own links depend on its column settings).
  const { docs } = await (await page.request.get('/api/articles?limit=1&depth=0')).json()
  await page.goto(`/admin/collections/articles/${docs[0].id}`)
  await expect(page.getByLabel('Chapô')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('button', { name: /Publier/ }).first()).toBeVisible()
})

test('a salesperson sees the new leads of the week, not the publishing controls', async ({
  page,
}) => {
  await signIn(page, 'sales@vitrine.test')
  await expect(page.getByRole('heading', { name: 'Nouvelles demandes (7 jours)' })).toBeVisible({
    timeout: 30_000,
  })
  await expect(page.getByRole('button', { name: 'Republier maintenant' })).toHaveCount(0)
})
