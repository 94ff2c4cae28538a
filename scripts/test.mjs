// `npm test`: install if needed, then run every suite (scripts/dev/test.ts on Node 24).
import { ensureInstalled, handOver } from './lib/bootstrap.mjs'

await ensureInstalled()
handOver('scripts/dev/test.ts', process.argv.slice(2))
