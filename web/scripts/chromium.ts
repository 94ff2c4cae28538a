import type { LaunchOptions } from '@playwright/test'

/**
 * Debian's chromium, never a downloaded browser: how the browser tests (playwright.config.ts) and
 * the README screenshots (scripts/screenshots.mjs) launch it. CHROMIUM_PATH overrides the binary.
 */
export const debianChromium: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}
