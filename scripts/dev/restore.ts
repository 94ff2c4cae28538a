// `npm run restore -- <archive> [--force]`: brings a stopped installation back (packages/backup).
process.argv.splice(2, 0, 'restore')
await import('../../packages/backup/src/cli.ts')
