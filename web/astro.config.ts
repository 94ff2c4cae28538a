import react from '@astrojs/react'
import type { AstroUserConfig } from 'astro'
import { defineConfig } from 'astro/config'
import { siteCspDirectives } from '@vitrine/contracts/security-headers'
import { buildStats } from './src/integrations/buildStats'
import { incremental } from './src/integrations/incremental'
import { intentDirective } from './src/integrations/intentDirective'
import { preview } from './src/integrations/preview'
import { renderer } from './src/integrations/renderer'
import { searchIndex } from './src/integrations/searchIndex'
import { CMS_URL, OUT_DIR, SITE_URL } from './src/lib/config'

type Csp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>

// Static site read from the CMS at build time (CMS_URL), published at SITE_URL.
// OUT_DIR lets the publisher build each release into its own directory.
export default defineConfig({
  site: SITE_URL,
  output: 'static',
  outDir: OUT_DIR,
  // Astro's caches (content store, incremental manifest and pages); default node_modules/.astro.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  prefetch: false,
  // Each page carries its own CSP <meta> with the sha256 of every inline script Astro writes (island
  // bootstrap, client:intent, component scripts): no 'unsafe-inline' for scripts. Pagefind needs
  // WebAssembly. Response headers add frame-ancestors (docs/adr/0014-links-and-headers.md).
  security: {
    csp: {
      algorithm: 'SHA-256',
      // The contract builds plain strings; Astro's type spells out each directive name.
      directives: siteCspDirectives(CMS_URL) as Csp['directives'],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  devToolbar: { enabled: false },
  // Pages whose recorded inputs did not change are reused (src/integrations/incremental.ts).
  experimental: { incrementalBuild: process.env.VITRINE_PREVIEW !== '1' },
  // preview() first: it guards every request of the draft-preview server (VITRINE_PREVIEW=1).
  // renderer() last: it starts from what the others leave (VITRINE_RENDERER=1, scripts/renderer.mjs).
  integrations: [
    preview(),
    react(),
    intentDirective(),
    incremental(),
    searchIndex(),
    buildStats(),
    renderer(),
  ],
})
