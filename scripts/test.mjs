// `npm test`: Chromium first (seconds, before any install or stage), install if needed, then run
// every suite (scripts/dev/test.ts on Node 24).
import { ensureChromium } from '../packages/devkit/src/chromium.mjs'
import { ensureInstalled, handOver } from './lib/bootstrap.mjs'

const args = process.argv.slice(2)
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length)
// Only the browser stage needs a browser: `--only=unit` runs without one.
if (!only || only === 'e2e') {
  const chromium = ensureChromium()
  if ('stop' in chromium) {
    process.stderr.write(`npm test stopped before running anything: ${chromium.stop}\n`)
    process.exit(1)
  }
}
await ensureInstalled()
handOver('scripts/dev/test.ts', args)
