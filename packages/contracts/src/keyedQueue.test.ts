import { describe, expect, it } from 'vitest'
import { keyedQueue } from './keyedQueue'

const tick = () => new Promise((r) => setTimeout(r, 5))

describe('keyedQueue', () => {
  it('runs work of one key one after the other, even when one fails', async () => {
    const queue = keyedQueue()
    const log: string[] = []
    const job =
      (name: string, fail = false) =>
      async () => {
        log.push(`${name} start`)
        await tick()
        log.push(`${name} end`)
        if (fail) throw new Error(name)
        return name
      }
    const results = await Promise.allSettled([queue('a', job('1', true)), queue('a', job('2'))])
    expect(log).toEqual(['1 start', '1 end', '2 start', '2 end'])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled'])
  })

  it('lets other keys run side by side', async () => {
    const queue = keyedQueue()
    const log: string[] = []
    const job = (name: string) => async () => {
      log.push(`${name} start`)
      await tick()
      log.push(`${name} end`)
    }
    await Promise.all([queue('a', job('a')), queue('b', job('b'))])
    expect(log.slice(0, 2)).toEqual(['a start', 'b start'])
  })
})
