// Screenshots for the README: home and an article, desktop (1280×800) and phone (390×844).
// `SITE_URL=http://localhost:4321 node scripts/screenshots.mjs [outDir] [path…]` (Debian chromium).
import path from 'node:path'
import { chromium } from '@playwright/test'
import { debianChromium } from './chromium.ts'

const site = (process.env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '')
const outDir = path.resolve(process.argv[2] || '../docs/screenshots')
const pages = process.argv.length > 3 ? process.argv.slice(3) : undefined
const browser = await chromium.launch(debianChromium)
const article = async (page) => {
  await page.goto(`${site}/blog/`)
  return page.locator('.card__link').first().getAttribute('href')
}
const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } }
for (const [name, viewport] of Object.entries(viewports)) {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: name === 'phone' ? 2 : 1,
    locale: 'fr-FR',
  })
  const page = await context.newPage()
  const targets = pages?.map((p) => [
    p.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home',
    p,
  ]) ?? [
    ['home', '/'],
    ['article', await article(page)],
  ]
  for (const [label, target] of targets) {
    await page.goto(`${site}${target}`, { waitUntil: 'networkidle' })
    if (process.env.FULL_PAGE === '1') {
      // Bring every lazy image into view once, then back to the top.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y)
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
        window.scrollTo(0, 0)
      })
      await page.waitForLoadState('networkidle')
    }
    const file = path.join(outDir, `${label}-${name}.png`)
    await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === '1' })
    console.log(file)
  }
  await context.close()
}
await browser.close()
