import fs from 'node:fs'
import { performance } from 'node:perf_hooks'

/**
 * Group commit for SQLite's write-ahead log (docs/adr/0027, 0036): `synced()` resolves once an
 * fdatasync of the log that started after the call has completed, so every commit made before
 * the call is on disk. All the callers of one event-loop turn share one fdatasync.
 *
 * The log stays open between syncs (an open, a sync and a close were three round trips through
 * libuv's pool, each waiting for the event loop: ≈ 10 ms of a 50 req/s intake's 20 ms). Before
 * each sync the path is stat'ed: a log SQLite deleted and created anew (every connection closed,
 * then one reopened) is opened again, and without a log the database file itself is synced.
 *
 * Where the disk answers fast (a sync under SYNC_ON_LOOP_MS, as on an SSD with a write cache),
 * the sync runs on the event loop: less than a millisecond blocked, instead of waiting for a pool
 * thread and the loop's next turn. A slower disk is synced on the pool, at most MAX_IN_FLIGHT at once.
 */
export type LogSync = {
  /** Resolves with what was synced once an fdatasync started after this call has completed. */
  synced: () => Promise<SyncedFile>
  /** fdatasyncs made so far. */
  readonly syncs: number
  /** Closes the open file (tests; a server keeps its log open for its lifetime). */
  close: () => void
}

export type SyncedFile = { path: string; ino: number }

/** Above this (ms, moving average), a sync goes to libuv's pool instead of the event loop. */
const SYNC_ON_LOOP_MS = 1.5
/** libuv's pool has 4 threads, shared with fs and crypto. */
const MAX_IN_FLIGHT = 2

type Open = { path: string; fd: number; ino: number; dev: number; users: number; retired: boolean }
type Waiter = { resolve: (file: SyncedFile) => void; reject: (error: unknown) => void }

export const createLogSync = (databaseFile: string): LogSync => {
  const logFile = `${databaseFile}-wal`
  let current: Open | undefined
  let pending: Waiter[] = []
  let scheduled = false
  let inFlight = 0
  let syncs = 0
  // Starts on the pool: the loop is trusted only once the disk has shown itself fast.
  let averageMs = SYNC_ON_LOOP_MS * 2

  const closeIfUnused = (open: Open) => {
    if (open.retired && open.users === 0) fs.closeSync(open.fd)
  }
  const release = (open: Open) => {
    open.users--
    closeIfUnused(open)
  }
  /** No new sync uses it; closed once the one in flight on the pool (if any) returns. */
  const retire = (open: Open) => {
    open.retired = true
    closeIfUnused(open)
  }

  /** The log if there is one, else the database file; reopened when the path names another file. */
  const openFile = (): Open => {
    let target = logFile
    let stat = fs.statSync(logFile, { throwIfNoEntry: false })
    if (!stat) {
      target = databaseFile
      stat = fs.statSync(databaseFile)
    }
    if (current && current.path === target && current.ino === stat.ino && current.dev === stat.dev)
      return current
    if (current) retire(current)
    const fd = fs.openSync(target, 'r')
    const opened = fs.fstatSync(fd)
    current = { path: target, fd, ino: opened.ino, dev: opened.dev, users: 0, retired: false }
    return current
  }

  const fail = (batch: Waiter[], error: unknown) => batch.forEach((w) => w.reject(error))
  const settle = (batch: Waiter[], open: Open, started: number) => {
    syncs++
    averageMs = averageMs * 0.8 + (performance.now() - started) * 0.2
    const file = { path: open.path, ino: open.ino }
    batch.forEach((w) => w.resolve(file))
  }

  const flush = () => {
    scheduled = false
    const batch = pending
    pending = []
    if (batch.length === 0) return
    let open: Open
    try {
      open = openFile()
    } catch (error) {
      return fail(batch, error)
    }
    const started = performance.now()
    if (averageMs < SYNC_ON_LOOP_MS) {
      try {
        fs.fdatasyncSync(open.fd)
      } catch (error) {
        return fail(batch, error)
      }
      return settle(batch, open, started)
    }
    inFlight++
    open.users++
    fs.fdatasync(open.fd, (error) => {
      inFlight--
      release(open)
      if (error) fail(batch, error)
      else settle(batch, open, started)
      schedule()
    })
  }

  const schedule = () => {
    if (scheduled || pending.length === 0 || inFlight >= MAX_IN_FLIGHT) return
    scheduled = true
    setImmediate(flush)
  }

  return {
    synced: () =>
      new Promise<SyncedFile>((resolve, reject) => {
        pending.push({ resolve, reject })
        schedule()
      }),
    get syncs() {
      return syncs
    },
    close: () => {
      if (current) retire(current)
      current = undefined
    },
  }
}
