import { getPayload, type Payload } from 'payload'

/** Boots Payload (Local API) on this test file's own database. */
export const bootPayload = async (): Promise<Payload> => {
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}

/** Drops the per-file MongoDB database; SQLite files vanish with the temp folder. */
export const shutdownPayload = async (payload: Payload): Promise<void> => {
  if (process.env.DATABASE_URI?.startsWith('mongodb')) {
    await (
      payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }
    ).connection.dropDatabase()
  }
  await payload.destroy()
}
