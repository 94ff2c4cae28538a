import fs from 'node:fs'

/** One publisher per root: a server and a CLI build must not both write state.json. */
export type RootLock = { release: () => void }

type Holder = { pid: number; role: string; since: string }

/** Locks this process holds: a lock naming our pid but not in here was left by a previous
 * container run (PID 1 again) and is stale. */
const heldHere = new Set<string>()

const stillHeld = (file: string, pid: number) => {
  if (pid === process.pid) return heldHere.has(file)
  try {
    process.kill(pid, 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  try {
    // A recycled pid that is not a node process did not take this lock.
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node')
  } catch {
    return true
  }
}

const readHolder = (file: string): Holder | null => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Holder
  } catch {
    return null
  }
}

export class LockedError extends Error {
  readonly holder: Holder

  constructor(file: string, holder: Holder) {
    super(
      `Another publisher (${holder.role}, pid ${holder.pid}, since ${holder.since}) is using ${file}. ` +
        'Stop it first, or use its HTTP API (POST /hooks/rebuild, POST /rollback).',
    )
    this.name = 'LockedError'
    this.holder = holder
  }
}

export const acquireRootLock = (file: string, role: string): RootLock => {
  const me: Holder = { pid: process.pid, role, since: new Date().toISOString() }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' })
      heldHere.add(file)
      return {
        release: () => {
          heldHere.delete(file)
          const holder = readHolder(file)
          if (holder?.pid === me.pid && holder.since === me.since) fs.rmSync(file, { force: true })
        },
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = readHolder(file)
      if (holder && stillHeld(file, holder.pid)) throw new LockedError(file, holder)
      fs.rmSync(file, { force: true }) // left by a process that died
    }
  }
  throw new Error(`Could not take the publisher lock ${file}`)
}
