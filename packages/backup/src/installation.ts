import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (packages/backup/src → ../../..). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

export type Installation =
  | { kind: 'sqlite'; databaseFile: string; mediaDir: string; uri: string }
  | { kind: 'mongodb'; uri: string; mediaDir: string }

/**
 * Where this installation keeps its data, read from the same variables the CMS reads
 * (DATABASE_URI, MEDIA_DIR) with the CMS's defaults (cms/src/lib/database.ts, cms/src/lib/directories.ts).
 */
export const installationFromEnv = (env: NodeJS.ProcessEnv = process.env): Installation => {
  const cmsRoot = path.join(repoRoot, 'cms')
  const mediaDir = path.resolve(env.MEDIA_DIR || path.join(cmsRoot, 'media'))
  const uri = env.DATABASE_URI || `file:${path.join(cmsRoot, 'data', 'vitrine.db')}`
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', uri, mediaDir }
  }
  if (!uri.startsWith('file:') || uri.includes(':memory:')) {
    throw new Error(`DATABASE_URI must be file:<path> or mongodb://…; got "${uri.split(':')[0]}:…"`)
  }
  return { kind: 'sqlite', uri, databaseFile: path.resolve(uri.slice('file:'.length)), mediaDir }
}
