// The floor the site's build is compared with: a bare Astro project, one dynamic page, a minimal
// layout, no integration. Paths come from the harness (see ../src/builds.ts).
import { defineConfig } from 'astro/config'

export default defineConfig({
  output: 'static',
  outDir: process.env.BASELINE_OUT_DIR || './dist',
  cacheDir: process.env.BASELINE_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
})
