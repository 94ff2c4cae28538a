import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** `tar` (GNU or BSD, present on every Linux and in the node images) packs and unpacks archives. */
export const packArchive = async (stagingDir: string, archive: string) => {
  await run('tar', ['-czf', archive, '-C', stagingDir, '.']).catch(
    (error: Error & { stderr?: string }) => {
      throw new Error(`tar could not write ${archive}: ${error.stderr || error.message}`)
    },
  )
}

export const unpackArchive = async (archive: string, into: string) => {
  await run('tar', ['-xzf', archive, '-C', into, '--no-same-owner']).catch(
    (error: Error & { stderr?: string }) => {
      throw new Error(`tar could not read ${archive}: ${error.stderr || error.message}`)
    },
  )
}
