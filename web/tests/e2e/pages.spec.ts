import { expect, test } from '@playwright/test'
import {
  cmsAll,
  cmsGlobal,
  searchNewestArticle,
  type Article,
  type Freelancer,
  type Webinar,
} from './helpers'

/** Every page type renders the content the CMS holds. */

test('home: the CMS home page sections, the latest articles and a diagnostic form', async ({
  page,
}) => {
  const [home] = await cmsAll<{ id: number; layout: { blockType: string; title?: string }[] }>(
    'pages',
    '&where[slug][equals]=accueil',
  )
  const hero = home?.layout.find((b) => b.blockType === 'hero')
  await page.goto('/')
  await expect(page.locator('h1')).toHaveText(hero!.title!)
  const [latest] = await cmsAll<Article>('articles', '&sort=-publishedAt')
  await expect(page.locator('.card--article').first()).toContainText(latest!.title)
  await expect(page.locator('[data-lead-form="diagnostic"] form')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
})

test('blog: 12 articles per page, newest first, then page 2', async ({ page }) => {
  const articles = await cmsAll<Article>('articles', '&sort=-publishedAt')
  await page.goto('/blog/')
  const titles = page.locator('.card--article .card__title')
  await expect(titles).toHaveCount(Math.min(12, articles.length))
  await expect(titles.first()).toHaveText(articles[0]!.title)
  if (articles.length > 12) {
    await page
      .getByRole('navigation', { name: 'Pagination' })
      .getByRole('link', { name: /Suivant/ })
      .click()
    await expect(page).toHaveURL(/\/blog\/page\/2\/$/)
    await expect(page.locator('.card--article')).toHaveCount(Math.min(12, articles.length - 12))
    await expect(page.locator('.card--article .card__title').first()).toHaveText(
      articles[12]!.title,
    )
    await page
      .getByRole('navigation', { name: 'Pagination' })
      .getByRole('link', { name: /Précédent/ })
      .click()
    await expect(page).toHaveURL(/\/blog\/$/)
  }
})

test('category pages list exactly the published articles of their category', async ({ page }) => {
  const [categories, articles] = await Promise.all([
    cmsAll('categories'),
    cmsAll<Article>('articles'),
  ])
  for (const category of categories) {
    const expected = articles
      .filter((a) => a.category === category.id)
      .map((a) => a.title)
      .sort()
    await page.goto(`/blog/categorie/${category.slug}/`)
    await expect(page.locator('h1')).toContainText(String(category.title))
    const shown = (await page.locator('.card--article .card__title').allTextContents())
      .map((t) => t.trim())
      .sort()
    if (expected.length <= 12) expect(shown).toEqual(expected)
    else expect(shown).toHaveLength(12)
  }
})

test('article: title, hero loaded first, body, sidebar, end-of-article form', async ({ page }) => {
  const [article] = await cmsAll<Article>('articles', '&sort=-publishedAt')
  await page.goto(`/blog/${article!.slug}/`)
  await expect(page.locator('h1')).toHaveText(article!.title)
  await expect(page.locator('.article-lead')).toHaveText(article!.excerpt)
  const hero = page.locator('.article-hero img')
  await expect(hero).toHaveAttribute('fetchpriority', 'high')
  await expect(hero).toHaveAttribute('loading', 'eager')
  await expect(hero).toHaveAttribute('width', /\d+/)
  await expect(page.locator('.article-hero source[type="image/avif"]')).toHaveAttribute(
    'srcset',
    /\/media\/.+ 480w/,
  )
  expect(await page.locator('.article-body h2').count()).toBeGreaterThan(0)
  const settings = await cmsGlobal<{ sidebarValueProps: { title: string }[] }>('site-settings')
  for (const prop of settings.sidebarValueProps)
    await expect(page.locator('.sidebar')).toContainText(prop.title)
  await expect(page.locator('.sidebar [data-lead-form="callback"] form')).toHaveCount(1)
  await expect(page.locator('.sidebar .promo--whitepaper a')).toHaveAttribute(
    'href',
    /^\/livres-blancs\/.+\/$/,
  )
  await expect(page.locator('[data-lead-form="diagnostic"] form')).toHaveCount(1)
})

test('white papers: index and a landing page with its gated form', async ({ page }) => {
  const whitePapers = await cmsAll<{
    id: number
    slug: string
    title: string
    learnings: { point: string }[]
  }>('white-papers')
  await page.goto('/livres-blancs/')
  await expect(page.locator('.card--whitepaper')).toHaveCount(whitePapers.length)
  const wp = whitePapers[0]!
  await page.goto(`/livres-blancs/${wp.slug}/`)
  await expect(page.locator('h1')).toHaveText(wp.title)
  for (const l of wp.learnings) await expect(page.locator('.learnings')).toContainText(l.point)
  const form = page.locator('[data-lead-form="whitepaper"] form')
  await expect(form.locator('input[name="whitePaperId"]')).toHaveValue(String(wp.id))
  await expect(form.locator('input[name="kind"]')).toHaveValue('whitepaper')
})

test('webinars: upcoming first (soonest first), then past; dates in Paris time', async ({
  page,
}) => {
  const webinars = await cmsAll<Webinar>('webinars')
  const now = Date.now()
  const upcoming = webinars
    .filter((w) => Date.parse(w.startsAt) > now)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  await page.goto('/webinaires/')
  const shown = (
    await page.locator('[data-webinars="upcoming"] .card__title').allTextContents()
  ).map((t) => t.trim())
  expect(shown).toEqual(upcoming.map((w) => w.title))
  await expect(page.locator('[data-webinars="past"] .card').first()).toBeVisible()
})

test('webinar pages: registration only while open, cancelled shown as such, replay after', async ({
  page,
}) => {
  const webinars = await cmsAll<Webinar>('webinars')
  const now = Date.now()
  for (const w of webinars) {
    await page.goto(`/webinaires/${w.slug}/`)
    await expect(page.locator('h1')).toHaveText(w.title)
    const facts = page.locator('[data-webinar-facts]')
    await expect(facts).toContainText(
      /(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} \S+ \d{4} à \d{1,2} h( \d{2})?/,
    )
    const expected = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: 'numeric' })
      .format(new Date(w.startsAt))
      .replace(/\D/g, '')
    await expect(facts).toContainText(`à ${Number(expected)} h`)
    const form = page.locator('[data-lead-form="webinar"]')
    if (w.status === 'cancelled') {
      await expect(page.locator('main')).toContainText('annulée')
      await expect(form).toHaveCount(0)
    } else if (Date.parse(w.startsAt) > now) {
      await expect(form.locator('input[name="webinarId"]')).toHaveValue(String(w.id))
    } else {
      await expect(form).toHaveCount(0)
      if (w.replayUrl)
        await expect(page.getByRole('link', { name: 'Voir le replay' })).toHaveAttribute(
          'href',
          w.replayUrl,
        )
    }
  }
})

test('freelancers: directory, static filter pages without JavaScript, profile', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  const freelancers = await cmsAll<Freelancer>('freelancers')
  await page.goto('/freelances/')
  await expect(page.locator('[data-freelancers] .card')).toHaveCount(freelancers.length)
  const specialty = freelancers[0]!.specialties[0]!
  await page.locator(`a[href="/freelances/specialite/${specialty}/"]`).first().click()
  await expect(page).toHaveURL(new RegExp(`/freelances/specialite/${specialty}/$`))
  const expected = freelancers
    .filter((f) => f.specialties.includes(specialty))
    .map((f) => f.displayName)
    .sort()
  const shown = (await page.locator('[data-freelancers] .card__title').allTextContents())
    .map((t) => t.trim())
    .sort()
  expect(shown).toEqual(expected)
  const region = freelancers[0]!.region
  await page.locator(`a[href="/freelances/region/${region}/"]`).first().click()
  const inRegion = freelancers.filter((f) => f.region === region).length
  await expect(page.locator('[data-freelancers] .card')).toHaveCount(inRegion)
  await page.goto(`/freelances/${freelancers[0]!.slug}/`)
  await expect(page.locator('h1')).toHaveText(freelancers[0]!.displayName)
  await context.close()
})

test('CMS pages carry their forms: contact, diagnostic, join (CV upload), services (quote)', async ({
  page,
}) => {
  const expectations: [string, string][] = [
    ['/contact/', 'contact'],
    ['/diagnostic-gratuit/', 'diagnostic'],
    ['/rejoindre-le-reseau/', 'freelancer_application'],
    ['/services/', 'quote'],
  ]
  for (const [path, kind] of expectations) {
    await page.goto(path)
    const form = page.locator(`[data-lead-form="${kind}"] form`).first()
    await expect(form).toHaveAttribute('method', 'post')
    await expect(form).toHaveAttribute('action', /\/api\/leads\/submit$/)
    await expect(form.locator('input[name="kind"]')).toHaveValue(kind)
    const privacy = form.locator('input[name="privacyAck"]')
    await expect(privacy).not.toBeChecked()
    await expect(privacy).toHaveAttribute('required', '')
    await expect(form.locator('input[name="marketingOptIn"]')).not.toHaveAttribute('required', '')
    await expect(form.locator('.form-hp')).toHaveAttribute('aria-hidden', 'true')
    await expect(form.locator('a[href="/politique-de-confidentialite/"]')).toBeVisible()
    if (kind === 'freelancer_application') {
      await expect(form).toHaveAttribute('enctype', 'multipart/form-data')
      await expect(form.locator('input[type="file"]')).toHaveCount(1)
    }
  }
})

test('legal pages, thank-you pages, 404 and the footer newsletter', async ({ page }) => {
  for (const path of ['/mentions-legales/', '/politique-de-confidentialite/', '/a-propos/']) {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    await expect(page.locator('h1')).toHaveCount(1)
  }
  for (const kind of [
    'contact',
    'rappel',
    'diagnostic',
    'devis',
    'livre-blanc',
    'webinaire',
    'candidature',
    'newsletter',
  ]) {
    const response = await page.goto(`/merci/${kind}/`)
    expect(response?.status()).toBe(200)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  }
  const missing = await page.goto('/page-qui-n-existe-pas/')
  expect(missing?.status()).toBe(404)
  await expect(page.locator('h1')).toContainText('introuvable')
  await expect(
    page.locator('footer [data-lead-form="newsletter"] input[type="email"]'),
  ).toBeVisible()
})

test('search: the static index finds an article', async ({ page }) => {
  const article = await searchNewestArticle(page)
  await expect(page.locator('.search__results')).toContainText(article.title)
})
