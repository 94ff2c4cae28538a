export { backup, type BackupResult } from './backup.ts'
export { installationFromEnv, type Installation } from './installation.ts'
export type { Manifest } from './manifest.ts'
export { restore, RestoreRefused, type RestoreOptions } from './restore.ts'
