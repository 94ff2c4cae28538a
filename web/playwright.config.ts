import { defineConfig, devices } from '@playwright/test'
import { debianChromium } from './scripts/chromium'

/** Debian's chromium, never a downloaded browser (every project). */
const chromium = { ...devices['Desktop Chrome'], launchOptions: debianChromium }

/**
 * Browser tests of the built site against the seeded CMS. The servers are started outside
 * (the test orchestrator, or by hand): SITE_URL serves the build, CMS_URL is the CMS it was built from.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  fullyParallel: true,
  retries: 0,
  timeout: 120_000,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: process.env.SITE_URL || 'http://localhost:4321',
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      // publishing.spec.ts changes content the other specs compare the site with: it runs after them.
      testIgnore: /(publishing|incremental)\.spec\.ts$/,
      use: chromium,
    },
    {
      name: 'publishing',
      testMatch: /publishing\.spec\.ts$/,
      dependencies: ['chromium'],
      use: chromium,
    },
    {
      // The differential oracle edits (and deletes) content at random: after everything else.
      name: 'incremental',
      testMatch: /incremental\.spec\.ts$/,
      dependencies: ['publishing'],
    },
  ],
})
