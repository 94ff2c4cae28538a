// `pnpm run build`: astro build (the Pagefind search index included: src/integrations/searchIndex.ts),
// on any OS. Env: CMS_URL, SITE_URL, OUT_DIR,
// BUILD_STATS_FILE (see README).
import { spawnSync } from 'node:child_process'

const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: process.env.ASTRO_TELEMETRY_DISABLED ?? '1',
}

const run = (bin, args) => {
  const result = spawnSync(bin, args, {
    stdio: 'inherit',
    env,
    shell: process.platform === 'win32',
  })
  if (result.status !== 0) {
    console.error(
      `build: ${bin} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`,
    )
    process.exit(result.status || 1)
  }
}

run('astro', ['build'])
