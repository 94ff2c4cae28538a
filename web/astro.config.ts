import react from '@astrojs/react'
import { defineConfig } from 'astro/config'
import { buildStats } from './src/integrations/buildStats'
import { incremental } from './src/integrations/incremental'
import { intentDirective } from './src/integrations/intentDirective'
import { preview } from './src/integrations/preview'

const SITE_URL = (process.env.SITE_URL || 'http://localhost:4321').replace(/\/+$/, '')

// Static site read from the CMS at build time (CMS_URL), published at SITE_URL.
// OUT_DIR lets the publisher build each release into its own directory.
export default defineConfig({
  site: SITE_URL,
  output: 'static',
  outDir: process.env.OUT_DIR || 'dist',
  // Astro's caches (content store, incremental manifest and pages); default node_modules/.astro.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  prefetch: false,
  devToolbar: { enabled: false },
  // Pages whose recorded inputs did not change are reused (src/integrations/incremental.ts).
  experimental: { incrementalBuild: process.env.VITRINE_PREVIEW !== '1' },
  // preview() first: it guards every request of the draft-preview server (VITRINE_PREVIEW=1).
  integrations: [preview(), react(), intentDirective(), incremental(), buildStats()],
})
