// The shared limiter's cost (issue 14, docs/adr/0027): a hit is one insert into `claims` — no
// count first — and once this process has seen a window full, a refused hit costs the database
// nothing (a flood from one client over its budget). The budget stays exact across processes:
// a limiter with its own memory (another CMS process) spends the same slots.
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { SharedWindowLimiter } from '../../src/endpoints/leads/rateLimit'

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(() => shutdownPayload(payload))

/** Counts the calls to the adapter's methods while `run` runs. */
const adapterCalls = async (run: () => Promise<unknown>) => {
  const db = payload.db as unknown as Record<string, (...args: unknown[]) => unknown>
  const names = ['count', 'create', 'find', 'findOne', 'updateOne', 'deleteMany'] as const
  const calls: Record<string, number> = {}
  const originals = names.map((name) => [name, db[name]!] as const)
  for (const [name, original] of originals)
    db[name] = (...args: unknown[]) => {
      calls[name] = (calls[name] ?? 0) + 1
      return original.apply(payload.db, args)
    }
  try {
    await run()
  } finally {
    for (const [name, original] of originals) db[name] = original
  }
  return calls
}

const WINDOW = 60_000
// The middle of a window: both instances count in the same one.
const at = (Math.floor(Date.now() / WINDOW) + 0.5) * WINDOW

it('a hit is one insert; a refused hit in a window this process saw full costs nothing', async () => {
  const limiter = new SharedWindowLimiter(`cost-${Date.now()}`, 3, WINDOW)
  const results: boolean[] = []
  const accepted = await adapterCalls(async () => {
    for (let i = 0; i < 3; i++) results.push((await limiter.hit(payload, 'client-a', at)).ok)
  })
  expect(results).toEqual([true, true, true])
  expect(accepted).toEqual({ create: 3 })

  const refused = await adapterCalls(async () => {
    for (let i = 0; i < 20; i++) expect((await limiter.hit(payload, 'client-a', at)).ok).toBe(false)
  })
  expect(refused).toEqual({})
  // Another key has its own budget.
  expect((await limiter.hit(payload, 'client-b', at)).ok).toBe(true)
})

it('a limiter with its own memory (a second CMS process) spends the same budget, exactly', async () => {
  const name = `shared-${Date.now()}`
  const here = new SharedWindowLimiter(name, 5, WINDOW)
  const there = new SharedWindowLimiter(name, 5, WINDOW)
  const outcomes: boolean[] = []
  for (let i = 0; i < 3; i++) outcomes.push((await here.hit(payload, 'client-c', at)).ok)
  for (let i = 0; i < 4; i++) outcomes.push((await there.hit(payload, 'client-c', at)).ok)
  for (let i = 0; i < 2; i++) outcomes.push((await here.hit(payload, 'client-c', at)).ok)
  expect(outcomes.filter(Boolean)).toHaveLength(5)
  expect(outcomes).toEqual([true, true, true, true, true, false, false, false, false])
  // Concurrent hits from both: still never more than the budget.
  const racing = new SharedWindowLimiter(`race-${Date.now()}`, 4, WINDOW)
  const other = new SharedWindowLimiter(racing.name, 4, WINDOW)
  const raced = await Promise.all(
    Array.from({ length: 12 }, (_, i) => (i % 2 ? racing : other).hit(payload, 'client-d', at)),
  )
  expect(raced.filter((r) => r.ok)).toHaveLength(4)
})

it('the next window starts a fresh budget', async () => {
  const limiter = new SharedWindowLimiter(`next-${Date.now()}`, 1, WINDOW)
  expect((await limiter.hit(payload, 'client-e', at)).ok).toBe(true)
  const refused = await limiter.hit(payload, 'client-e', at)
  expect(refused.ok).toBe(false)
  if (!refused.ok) expect(refused.retryAfterMs).toBe(WINDOW / 2)
  expect((await limiter.hit(payload, 'client-e', at + WINDOW)).ok).toBe(true)
})
