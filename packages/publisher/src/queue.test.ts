import { describe, expect, it } from 'vitest'
import { createBuildQueue } from './queue.ts'

/** A run function whose builds finish only when the test says so. */
const controlledRuns = () => {
  const runs: { reasons: string[]; finish: () => void }[] = []
  const run = (reasons: string[]) =>
    new Promise<string[]>((resolve) => runs.push({ reasons, finish: () => resolve(reasons) }))
  return { runs, run }
}

describe('build queue', () => {
  it('runs at once when idle, then collapses requests made during a build into one more', async () => {
    const { runs, run } = controlledRuns()
    const queue = createBuildQueue(run)
    expect(queue.request('a').queued).toBe(false)
    const merged = ['b', 'c', 'd'].map((r) => queue.request(r))
    expect(merged.map((m) => m.queued)).toEqual([true, true, true])
    expect(queue.queuedReasons).toEqual(['b', 'c', 'd'])
    expect(runs).toHaveLength(1)

    runs[0]!.finish()
    await new Promise((r) => setTimeout(r, 0))
    expect(runs).toHaveLength(2)
    expect(runs[1]!.reasons).toEqual(['b', 'c', 'd'])
    expect(queue.queued).toBe(false)
    runs[1]!.finish()
    expect(await merged[2]!.done).toEqual(['b', 'c', 'd'])
    await queue.idle()
    expect(queue.running).toBe(false)
  })

  it('keeps working after a build throws', async () => {
    let calls = 0
    const queue = createBuildQueue(async () => {
      calls++
      if (calls === 1) throw new Error('boom')
      return 'ok'
    })
    await expect(queue.request('x').done).rejects.toThrow('boom')
    await expect(queue.request('y').done).resolves.toBe('ok')
  })

  it('drops the waiting build on close and refuses new requests', async () => {
    const { runs, run } = controlledRuns()
    const queue = createBuildQueue(run)
    queue.request('a')
    const waiting = queue.request('b')
    queue.close('stopping')
    await expect(waiting.done).rejects.toThrow('stopping')
    expect(() => queue.request('c')).toThrow('closed')
    runs[0]!.finish()
    await queue.idle()
    expect(runs).toHaveLength(1)
  })
})
