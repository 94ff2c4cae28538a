// `npm run bench` and friends: install if needed, then run scripts/dev/<name>.ts on Node 24.
import { ensureInstalled, handOver } from './lib/bootstrap.mjs'

const [name, ...rest] = process.argv.slice(2)
await ensureInstalled()
handOver(`scripts/dev/${name}.ts`, rest)
