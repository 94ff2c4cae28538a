// Draft preview: an editor sees an unpublished change rendered by the site itself; nobody else does.
import { expect, test, type Page } from '@playwright/test'

const password = process.env.DEMO_PASSWORD ?? 'vitrine-demo'
const previewOrigin = process.env.PREVIEW_URL ?? 'http://localhost:4323'
const siteOrigin = process.env.SITE_URL ?? 'http://localhost:4321'

const signIn = async (page: Page, email: string) => {
  await page.goto('/admin/login')
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible({ timeout: 45_000 })
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Mot de passe').fill(password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.waitForURL(/\/admin\/?$/)
}

/** Types a new title in the admin and waits for autosave to store it as a draft. */
const typeTitle = async (page: Page, id: string | number, title: string) => {
  const saved = page.waitForResponse(
    (r) =>
      r.url().includes(`/api/articles/${id}`) &&
      r.url().includes('autosave=true') &&
      r.request().method() !== 'GET' &&
      r.ok(),
    { timeout: 30_000 },
  )
  // (Relationship drawers render other #field-title inputs further down the page.)
  await page.locator('#field-title').first().fill(title)
  await saved
}

test('an editor previews an unpublished title; the live site and strangers do not see it', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(180_000)
  await signIn(page, 'editor@vitrine.test')
  const { docs } = await (
    await page.request.get('/api/articles?limit=1&depth=0&where[_status][equals]=published')
  ).json()
  const article = docs[0] as { id: number | string; slug: string; title: string }
  const path = `/blog/${article.slug}/`

  // Edit the title in the admin, without publishing (autosave keeps it as a draft).
  await page.goto(`/admin/collections/articles/${article.id}`)
  await expect(page.locator('#field-title').first()).toBeVisible({ timeout: 30_000 })
  const draftTitle = `Titre de travail ${Date.now()}`
  await typeTitle(page, article.id, draftTitle)

  // The admin's « Aperçu » button opens the draft on the preview server.
  const [preview] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('link', { name: 'Aperçu' }).click(),
  ])
  await preview.waitForLoadState()
  await expect(preview).toHaveURL(`${previewOrigin}${path}`, { timeout: 60_000 })
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(draftTitle, {
    timeout: 60_000,
  })
  await expect(preview.getByText('Aperçu — brouillon non publié')).toBeVisible()
  await expect(preview.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)

  // Saving again then reloading the preview shows the new draft.
  const secondTitle = `${draftTitle} (relu)`
  await typeTitle(page, article.id, secondTitle)
  await preview.reload()
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(secondTitle)

  // The live site still shows the published title; strangers are refused by the preview server.
  const stranger = await browser.newContext()
  const visitor = await stranger.newPage()
  await visitor.goto(`${siteOrigin}${path}`)
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(article.title)
  await expect(visitor.getByText('Aperçu — brouillon non publié')).toHaveCount(0)

  const anonymous = await visitor.goto(`${previewOrigin}${path}`)
  expect(anonymous?.status()).toBe(403)
  await expect(visitor.getByRole('heading', { name: 'Aperçu réservé à l’équipe' })).toBeVisible()
  await expect(visitor.getByText(secondTitle)).toHaveCount(0)

  const link = new URL(preview.url())
  const forged = `${Buffer.from(JSON.stringify({ c: 'articles', id: String(article.id), u: '1', exp: Date.now() + 3_600_000 })).toString('base64url')}.Zm9yZ2Vk`
  const refused = await visitor.goto(`${link.origin}${path}?preview=${forged}`)
  expect(refused?.status()).toBe(403)
  await expect(visitor.getByText(/n’est pas valide ou a expiré/)).toBeVisible()
  await stranger.close()

  // Put the draft back as it was (the published version never changed).
  await typeTitle(page, article.id, article.title)
})

test('a never-published article can be previewed', async ({ page, context }) => {
  test.setTimeout(120_000)
  await signIn(page, 'editor@vitrine.test')
  const { docs } = await (await page.request.get('/api/categories?limit=1&depth=0')).json()
  const title = `Article jamais publié ${Date.now()}`
  // The API refuses cookie-authenticated writes without an Origin (CSRF): use a token instead.
  const login = await page.request.post('/api/users/login', {
    data: { email: 'editor@vitrine.test', password },
  })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  // A draft needs none of the required fields yet: this is what « Créer » + autosave store first.
  const created = await page.request.post('/api/articles?draft=true', {
    headers,
    data: { title, excerpt: 'Un chapô de brouillon.', category: docs[0].id, _status: 'draft' },
  })
  expect(created.ok(), await created.text()).toBeTruthy()
  const { doc } = await created.json()
  try {
    await page.goto(`/admin/collections/articles/${doc.id}`)
    const [preview] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: 'Aperçu' }).click(),
    ])
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 60_000 })
    await expect(preview.getByText('Aperçu — brouillon non publié')).toBeVisible()
  } finally {
    await page.request.delete(`/api/articles/${doc.id}`, { headers })
  }
})
