// npm run backup [-- --out=DIR]    ·    npm run restore -- <archive> [--force]
// Reads DATABASE_URI and MEDIA_DIR like the CMS; BACKUP_DIR (default var/backups) for archives.
import path from 'node:path'
import { backup } from './backup.ts'
import { installationFromEnv, repoRoot } from './installation.ts'
import { restore, RestoreRefused } from './restore.ts'

const [command, ...args] = process.argv.slice(2)
const flag = (name: string) =>
  args
    .find((a) => a.startsWith(`--${name}=`))
    ?.split('=')
    .slice(1)
    .join('=')
const positional = args.filter((a) => !a.startsWith('--'))
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`

try {
  const installation = installationFromEnv()
  if (command === 'backup') {
    const outDir = path.resolve(
      flag('out') || process.env.BACKUP_DIR || path.join(repoRoot, 'var', 'backups'),
    )
    const { archive, bytes, manifest } = await backup(installation, outDir)
    const leads = manifest.database.kind === 'sqlite' ? manifest.database.tables.leads : undefined
    console.log(
      `Backup written: ${archive} (${kb(bytes)}, ${manifest.durationMs} ms; database ${kb(manifest.database.bytes)}` +
        `${leads !== undefined ? `, ${leads} leads` : ''}; ${manifest.media.files} media files, ${kb(manifest.media.bytes)})`,
    )
  } else if (command === 'restore') {
    const archive = positional[0]
    if (!archive) throw new RestoreRefused('Usage: npm run restore -- <archive.tar.gz> [--force]')
    const cmsUrl = flag('cms-url') ?? process.env.CMS_URL ?? 'http://localhost:3000'
    const { manifest, keptAside } = await restore(path.resolve(archive), installation, {
      force: args.includes('--force'),
      cmsUrl,
    })
    console.log(
      `Restored the backup of ${manifest.createdAt} into ${installation.kind === 'sqlite' ? installation.databaseFile : installation.uri} ` +
        `and ${installation.mediaDir} (${manifest.media.files} media files)` +
        `${keptAside ? `; the previous files are kept with the suffix ${keptAside}` : ''}. Start the CMS: it applies pending migrations.`,
    )
  } else {
    throw new RestoreRefused('Usage: backup [--out=DIR] | restore <archive> [--force]')
  }
} catch (error) {
  console.error(`${command ?? 'backup'} failed: ${(error as Error).message}`)
  process.exit(error instanceof RestoreRefused ? 2 : 1)
}
