/**
 * At most one build runs and at most one waits. Requests that arrive during a build collapse
 * into the waiting one, whose reasons list every request merged into it.
 */
export type BuildQueue<R, T> = {
  /** `queued`: the request waits behind a running build. `done` settles with its build. */
  request: (reason: R) => { queued: boolean; done: Promise<T> }
  readonly running: boolean
  readonly queued: boolean
  /** Reasons merged into the waiting build so far. */
  readonly queuedReasons: readonly R[]
  /** Resolves once nothing runs and nothing waits. */
  idle: () => Promise<void>
  /** Refuses new requests and drops the waiting build (its `done` rejects). */
  close: (why: string) => void
}

type Batch<R, T> = {
  reasons: R[]
  done: Promise<T>
  resolve: (value: T) => void
  reject: (error: unknown) => void
}

const newBatch = <R, T>(reason: R): Batch<R, T> => {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const done = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  // Callers may ignore `done`: a failed build must not become an unhandled rejection.
  done.catch(() => {})
  return { reasons: [reason], done, resolve, reject }
}

export const createBuildQueue = <R, T>(run: (reasons: R[]) => Promise<T>): BuildQueue<R, T> => {
  let running: Promise<void> | null = null
  let waiting: Batch<R, T> | null = null
  let closedBecause: string | null = null

  const start = (batch: Batch<R, T>) => {
    running = run(batch.reasons)
      .then(batch.resolve, batch.reject)
      .finally(() => {
        running = null
        const next = waiting
        waiting = null
        if (next) start(next)
      })
  }

  return {
    request(reason) {
      if (closedBecause !== null) throw new Error(`Build queue is closed: ${closedBecause}`)
      if (!running) {
        const batch = newBatch<R, T>(reason)
        start(batch)
        return { queued: false, done: batch.done }
      }
      if (waiting) waiting.reasons.push(reason)
      else waiting = newBatch<R, T>(reason)
      return { queued: true, done: waiting.done }
    },
    get running() {
      return running !== null
    },
    get queued() {
      return waiting !== null
    },
    get queuedReasons() {
      return waiting?.reasons ?? []
    },
    async idle() {
      while (running) await running
    },
    close(why) {
      closedBecause = why
      const dropped = waiting
      waiting = null
      dropped?.reject(new Error(`Queued build dropped: ${why}`))
    },
  }
}
