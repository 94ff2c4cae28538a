// `npm run backup`: one archive of the running installation (packages/backup).
process.argv.splice(2, 0, 'backup')
await import('../../packages/backup/src/cli.ts')
