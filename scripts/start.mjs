// `npm start`: install if needed, then start the whole demo (scripts/dev/start.ts on Node 24).
import { ensureInstalled, handOver } from './lib/bootstrap.mjs'

await ensureInstalled()
handOver('scripts/dev/start.ts', process.argv.slice(2))
