import type { LaunchOptions } from '@playwright/test'
import { chromiumLaunchOptions } from '@vitrine/devkit/chromium'

/**
 * Debian's chromium, never a downloaded browser: how the browser tests (playwright.config.ts) and
 * the README screenshots (scripts/screenshots.mjs) launch it. The path is the one `npm test`
 * resolved (CHROMIUM_PATH, else chromium on the PATH, else /usr/bin/chromium).
 */
export const debianChromium: LaunchOptions = chromiumLaunchOptions()
