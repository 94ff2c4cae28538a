import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { samplePages } from './helpers'

test('axe finds no WCAG 2.1 A/AA violation on any page type', async ({ page }) => {
  test.setTimeout(300_000)
  const pages = await samplePages()
  for (const [type, path] of Object.entries(pages)) {
    await page.goto(path)
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    const summary = violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    )
    expect(summary, `${type} ${path}`).toEqual([])
  }
})

test('headings start at one h1 and never skip a level', async ({ page }) => {
  test.setTimeout(240_000)
  const pages = await samplePages()
  for (const [type, path] of Object.entries(pages)) {
    await page.goto(path)
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])))
    expect(
      levels.filter((l) => l === 1),
      `${type}: one h1`,
    ).toHaveLength(1)
    expect(levels[0], `${type}: h1 first`).toBe(1)
    levels.forEach((level, i) => {
      if (i > 0)
        expect(
          level - levels[i - 1]!,
          `${type} ${path}: heading ${i} jumps from h${levels[i - 1]} to h${level}`,
        ).toBeLessThanOrEqual(1)
    })
  }
})

test('focus is visible on links and form controls', async ({ page }) => {
  await page.goto('/contact/')
  const input = page.locator('[data-lead-form="contact"] input[name="firstName"]')
  await input.focus()
  const outline = await input.evaluate((el) => getComputedStyle(el).outlineStyle)
  expect(outline).not.toBe('none')
})
