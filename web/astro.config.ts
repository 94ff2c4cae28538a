import react from '@astrojs/react'
import { defineConfig } from 'astro/config'
import { siteCspDirectives } from '@vitrine/contracts/security-headers'
import { buildStats } from './src/integrations/buildStats'
import { intentDirective } from './src/integrations/intentDirective'
import { preview } from './src/integrations/preview'
import { OUT_DIR, SITE_URL } from './src/lib/config'

// Static site read from the CMS at build time (CMS_URL), published at SITE_URL.
// OUT_DIR lets the publisher build each release into its own directory.
export default defineConfig({
  site: SITE_URL,
  output: 'static',
  outDir: OUT_DIR,
  trailingSlash: 'always',
  build: { format: 'directory' },
  prefetch: false,
  // Each page carries its own CSP <meta> with the sha256 of every inline script Astro writes (island
  // bootstrap, client:intent, component scripts): no 'unsafe-inline' for scripts. Pagefind needs
  // WebAssembly. Response headers add frame-ancestors (docs/adr/0014-links-and-headers.md).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: siteCspDirectives(process.env.CMS_URL || 'http://localhost:3000'),
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  devToolbar: { enabled: false },
  // preview() first: it guards every request of the draft-preview server (VITRINE_PREVIEW=1).
  integrations: [preview(), react(), intentDirective(), buildStats()],
})
