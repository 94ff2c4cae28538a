import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * MongoDB through its own tools (mongodb-database-tools): a consistent dump of a replica set
 * (`--oplog` captures writes made during the dump) into one gzipped archive. Never run on the
 * machines this project was built on (no MongoDB server there).
 */
export const dumpMongo = async (uri: string, archive: string) => {
  await run('mongodump', [`--uri=${uri}`, `--archive=${archive}`, '--gzip', '--oplog']).catch(
    (error: Error & { stderr?: string }) => {
      throw new Error(
        `mongodump failed (is mongodb-database-tools installed?): ${error.stderr || error.message}`,
      )
    },
  )
}

/** `--drop` replaces each collection; `--oplogReplay` applies the writes captured by the dump. */
export const restoreMongo = async (uri: string, archive: string) => {
  await run('mongorestore', [
    `--uri=${uri}`,
    `--archive=${archive}`,
    '--gzip',
    '--drop',
    '--oplogReplay',
  ]).catch((error: Error & { stderr?: string }) => {
    throw new Error(`mongorestore failed: ${error.stderr || error.message}`)
  })
}
