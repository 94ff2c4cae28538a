// The admin as a French marketing editor and a salesperson work in it (fr-FR, Paris time):
// scheduling that cannot misfire, leads found by first name, an export French Excel opens, notes
// stamped, no third-party request, no framework leftovers. Screenshots go to docs/screenshots/.
import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { signIn } from './fixtures/signIn'
import { submitLead } from './fixtures/submitLead'
import { postArticle } from './fixtures/postArticle'
import {
  desktop,
  leftoversOn,
  phone,
  shoot,
  shots,
  watchForeignRequests,
} from './fixtures/adminScan'

const cmsUrl = process.env.CMS_URL ?? 'http://localhost:3000'

test.use({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: desktop })
// Several pages, two viewports and a download per test, on a shared 2-core machine.
test.setTimeout(240_000)

test('an editor schedules a draft: « Publier » preselected after a reload, Paris time, 24 h; it shows as programmed', async ({
  page,
}) => {
  const foreign = watchForeignRequests(page)
  const leftovers: string[] = []
  await signIn(page, 'editor@vitrine.test')
  const title = `Brouillon à programmer ${Date.now().toString(36)}`
  const created = await postArticle(page, title)
  expect(created.status()).toBe(201)
  const { doc } = await created.json()

  await page.goto(`/admin/collections/articles/${doc.id}`)
  await page.reload() // the drawer used to preselect « Annuler la publication » after a reload
  await expect(page.getByLabel('Chapô')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('button', { name: 'Enregistrer le brouillon' })).toBeVisible()
  await page.locator('#action-save-popup button, #action-save-popup .popup-button').first().click()
  await page.getByRole('button', { name: 'Programmer la publication…' }).click()
  const drawer = page.locator('.schedule-publish')
  await expect(drawer.getByRole('heading', { name: `Programmer : ${title}` })).toBeVisible()
  await expect(drawer.getByRole('radio', { name: 'Publier' })).toBeChecked()
  // A draft that was never published cannot be « unpublished »: the choice is not offered.
  await expect(drawer.getByText('Retirer du site (dépublier)')).toHaveCount(0)
  await expect(drawer.getByText('Date et heure (heure de Paris par défaut)')).toBeVisible()
  await expect(drawer.locator('.timezone-picker')).toContainText('Paris (heure de France)')
  await drawer.locator('.date-time-picker input').click()
  await expect(page.locator('.react-datepicker__header--time')).toContainText('Heure')
  const times = await page.locator('.react-datepicker__time-list-item').allInnerTexts()
  expect(times).toContain('21:37') // 24-hour clock, every minute
  expect(times.join(' ')).not.toMatch(/AM|PM/)
  leftovers.push(...(await leftoversOn(page)))
  await shoot(page, 'scheduling-drawer', desktop)
  await shoot(page, 'scheduling-drawer', phone)
  await page.setViewportSize(desktop)
  await page.keyboard.press('Escape')

  // Programmed (through the REST twin of the drawer): the list and the dashboard say when.
  const at = new Date(Date.now() + 3 * 24 * 3600_000)
  at.setUTCHours(8, 30, 0, 0)
  const scheduled = await page.request.post('/api/schedule-publish', {
    headers: { origin: cmsUrl },
    data: { collection: 'articles', id: doc.id, type: 'publish', at: at.toISOString() },
  })
  expect(scheduled.status()).toBe(202)
  await page.goto(`/admin/collections/articles?search=${encodeURIComponent(title)}`)
  await expect(
    page.getByText(/Publication programmée le \d{1,2} \S+ \d{4} à \d{1,2} h 30/),
  ).toBeVisible({ timeout: 30_000 })
  leftovers.push(...(await leftoversOn(page)))
  await page.goto('/admin')
  const upcoming = page.getByRole('region', { name: 'Programmations à venir' })
  await expect(upcoming.getByRole('link', { name: title })).toBeVisible({ timeout: 30_000 })
  await expect(upcoming).toContainText('Publication')
  leftovers.push(...(await leftoversOn(page)))
  await shoot(page, 'dashboard-upcoming', desktop)
  await shoot(page, 'dashboard-upcoming', phone)

  expect(foreign).toEqual([])
  expect(leftovers).toEqual([])
})

test('a future « Date de publication » is refused at « Publier », with a French explanation', async ({
  page,
}) => {
  await signIn(page, 'editor@vitrine.test')
  const title = `Article daté de demain ${Date.now().toString(36)}`
  const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString()
  const response = await postArticle(page, title, { status: 'published', publishedAt: tomorrow })
  expect(response.status()).toBe(400)
  expect(JSON.stringify(await response.json())).toMatch(/dans le futur.*Programmer la publication/)
  const visible = await (
    await fetch(`${cmsUrl}/api/articles?where[title][equals]=${encodeURIComponent(title)}`)
  ).json()
  expect(visible.totalDocs).toBe(0)
})

test('a salesperson finds a lead by first name, exports what the list shows, and notes are stamped', async ({
  page,
}) => {
  const foreign = watchForeignRequests(page)
  const leftovers: string[] = []
  // Names accept letters only: a per-run tag made of letters.
  const tag = [...Date.now().toString(36)]
    .map((c) => String.fromCharCode(97 + (parseInt(c, 36) % 26)))
    .join('')
  const firstName = `Bérangère${tag}`
  await submitLead({
    kind: 'callback',
    firstName,
    lastName: 'Lefèvre',
    email: `berangere-${tag}@exemple-pme.fr`,
    phone: '06 12 34 56 78',
    companyName: '=HYPERLINK("http://pirate.example","Cliquez")',
    companySize: '1-9',
    preferredSlot: 'matin',
    message: 'Rappelez-moi après 14 h, s’il vous plaît.',
  })
  await submitLead({
    kind: 'contact',
    firstName: `Autre${tag}`,
    lastName: 'Personne',
    email: `autre-${tag}@exemple-pme.fr`,
    message: 'Bonjour.',
  })

  await signIn(page, 'sales@vitrine.test')
  // Sales see their menus only.
  const nav = page.locator('nav')
  await expect(nav.getByRole('link', { name: 'Demandes' })).toBeVisible({ timeout: 30_000 })
  for (const other of ['Articles', 'Redirections', 'Réglages du site', 'Équipe'])
    await expect(nav.getByRole('link', { name: other, exact: true })).toHaveCount(0)

  await page.goto('/admin/collections/leads')
  await page.getByPlaceholder(/Rechercher/).fill(firstName)
  await expect(page.getByRole('link', { name: new RegExp(`${firstName} Lefèvre`) })).toBeVisible({
    timeout: 30_000,
  })
  await expect(page.locator('table tbody tr')).toHaveCount(1)
  await expect(page.locator('table')).toContainText('Demande de rappel')
  await expect(page.locator('table thead')).toContainText('Suivi par')
  leftovers.push(...(await leftoversOn(page)))
  await shoot(page, 'leads-list', desktop)
  await shoot(page, 'leads-list', phone)
  await page.setViewportSize(desktop)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Exporter' }).click(),
  ])
  const file = fs.readFileSync((await download.path())!)
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = file.toString('utf8').replace(/^\uFEFF/, '')
  const [header, first, ...more] = text.split('\r\n').filter(Boolean)
  fs.writeFileSync(path.join(shots, 'export-first-rows.csv'), `${header}\r\n${first}\r\n`)
  expect(header).toMatch(
    /^"Reçue le";"Type";"État";"Suivi par";"Prénom";"Nom";"E-mail";"Téléphone";"Entreprise"/,
  )
  expect(more).toHaveLength(0) // what the list showed: the searched lead only
  expect(first).toContain(`"Demande de rappel";"Nouveau";"";"${firstName}";"Lefèvre"`)
  expect(first).toContain(`"'=HYPERLINK(""http://pirate.example"",""Cliquez"")"`)
  expect(first).toContain('Quand préférez-vous être rappelé ? : Le matin (9 h – 12 h)')

  // The lead: readable answers (no code editor), no CV picker on a callback, a stamped note.
  await page.getByRole('link', { name: new RegExp(`${firstName} Lefèvre`) }).click()
  await expect(page.getByText('Le matin (9 h – 12 h)')).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('.monaco-editor, .code-editor')).toHaveCount(0)
  await expect(page.getByText('CV', { exact: true })).toHaveCount(0)
  await page.locator('.array-field__add-row').first().click()
  await page.locator('textarea[name^="notes."]').first().fill('Appelée, rappeler jeudi matin.')
  await page.locator('#action-save').click()
  await expect(page.getByText(/enregistré|mis à jour/i).first()).toBeVisible({ timeout: 15_000 })
  await page.reload()
  await expect(page.locator('input[name$=".by"]').first()).toHaveValue('Thomas Girard', {
    timeout: 30_000,
  })
  await expect(
    page.locator('[id^="field-notes__"][id$="__at"] input, .field-type.date input').first(),
  ).toHaveValue(/\d{2} \S+ \d{4} \d{2}:\d{2}/)
  leftovers.push(...(await leftoversOn(page)))
  await shoot(page, 'lead-notes', desktop)
  await shoot(page, 'lead-notes', phone)

  expect(foreign).toEqual([])
  expect(leftovers).toEqual([])
})
