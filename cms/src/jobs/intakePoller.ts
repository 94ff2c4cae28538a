import fs from 'node:fs'
import os from 'node:os'
import { createLocalReq, type Payload } from 'payload'
import { processPendingIntakes } from './processLeadIntakes'

/** How often the worker looks for pending intakes (one indexed read when there are none). */
export const INTAKE_POLL_MS = 1000

let running: Promise<number> | undefined

/**
 * One poll of the worker: every pending intake, oldest first, in batches, each claimed so that
 * two workers never make the same lead twice over (the work is idempotent anyway). Returns how
 * many it processed. A poll still running when the next is due is not doubled.
 */
export const pollIntakes = (payload: Payload): Promise<number> => {
  running ??= (async () => {
    const req = await createLocalReq({}, payload)
    let total = 0
    for (;;) {
      const { found, processed } = await processPendingIntakes(req, { claim: true })
      total += processed
      if (!found || !processed) return total
    }
  })().finally(() => {
    running = undefined
  })
  return running
}

/**
 * The worker's scheduling priority (nice): on a shared machine the web process's answers come
 * first; the worker takes the rest of the CPU and drains its backlog when there is room.
 */
export const WORKER_NICE = 10

/**
 * Lowers every thread of this process to `nice`, not only the calling one: on Linux a nice value
 * is a thread's, and the garbage collector's, the module loader's (tsx, which `payload jobs:run`
 * runs under) and SQLite's threads were started before this runs (docs/adr/0037). Threads started
 * afterwards inherit it. Elsewhere, the process.
 */
export const lowerPriority = (nice: number): void => {
  let threads = [0]
  try {
    threads = fs.readdirSync('/proc/self/task').map(Number)
  } catch {
    // No /proc: setpriority on the process.
  }
  for (const tid of threads) {
    try {
      if (os.getPriority(tid) < nice) os.setPriority(tid, nice)
    } catch (error) {
      // A thread that ended meanwhile is fine; anything else (a forbidding container) is not ours to fix.
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
    }
  }
}

/** `payload jobs:run` (the production worker, cms/package.json "worker") is this process. */
export const isJobsWorker = (argv = process.argv) => argv.slice(2).includes('jobs:run')

/**
 * Started in the worker only (payload.config onInit): a web process with a separate worker
 * answers and leaves its intakes to this poll; the demo makes its leads itself (intakeRunner.ts).
 * The 15 s `processLeadIntakes` sweep stays the safety net. See docs/adr/0027.
 */
export const startIntakePoller = (payload: Payload): void => {
  if (!isJobsWorker()) return
  try {
    // Only ever lowered (no privilege needed); a container that forbids it keeps the default.
    lowerPriority(WORKER_NICE)
  } catch (error) {
    payload.logger.warn(
      `leadIntake: could not lower the worker's priority: ${(error as Error).message}`,
    )
  }
  const timer = setInterval(() => {
    pollIntakes(payload).catch((error: Error) =>
      payload.logger.error({ err: error, msg: `leadIntake: poll failed: ${error.message}` }),
    )
  }, INTAKE_POLL_MS)
  timer.unref()
  payload.logger.info(
    `leadIntake: this worker polls pending intakes every ${INTAKE_POLL_MS} ms (nice ${os.getPriority()})`,
  )
}
