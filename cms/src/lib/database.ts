import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { cmsRoot } from './paths'
import { migrations } from '../migrations'

export const defaultDatabaseUri = `file:${path.join(cmsRoot, 'data', 'vitrine.db')}`

/**
 * `DATABASE_URI` picks the adapter: `mongodb://…` (production, docker-compose) or `file:…`
 * (embedded SQLite: the demo and the tests). Code above this line never knows which.
 */
export const databaseAdapter = (uri = process.env.DATABASE_URI || defaultDatabaseUri): DatabaseAdapterObj => {
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) {
    return mongooseAdapter({
      url: uri,
      connectOptions: { serverSelectionTimeoutMS: 5000 },
    })
  }
  if (!uri.startsWith('file:')) {
    throw new Error(
      `DATABASE_URI must start with "file:" (SQLite) or "mongodb://" (MongoDB); got "${uri.split(':')[0]}:…"`,
    )
  }
  // A fresh clone has no cms/data/: SQLite creates the file, not its folder.
  const file = uri.slice('file:'.length)
  if (file && !file.startsWith(':memory:')) fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true })
  return sqliteAdapter({
    client: { url: uri },
    migrationDir: path.join(cmsRoot, 'src', 'migrations'),
    // Production never pushes schema: committed migrations run at start-up.
    prodMigrations: migrations,
    push: process.env.NODE_ENV !== 'production' && process.env.PAYLOAD_MIGRATING !== 'true',
  })
}
