// The site build the publisher runs for each release: Astro into $OUT_DIR, the Pagefind search
// index included (written beside the render: web/src/integrations/searchIndex.ts). Reads the CMS at
// CMS_URL. Exits non-zero on any failure (the release is dropped).
import path from 'node:path'
import { bin, root, runStep } from './lib/proc.ts'

const outDir = process.env.OUT_DIR
if (!outDir) {
  process.stderr.write(
    'build-site: OUT_DIR is not set (the publisher passes the new release directory)\n',
  )
  process.exit(2)
}
const web = path.join(root, 'web')
try {
  await runStep('astro build', bin('web', 'astro'), ['build'], {
    cwd: web,
    env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  })
} catch (error) {
  process.stderr.write(`build-site: ${(error as Error).message}\n`)
  process.exit(1)
}
