import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { load, type LeadTarget } from './leads.ts'

/** A stand-in for the CMS: answers 201 to every submission after `delayMs`, and notes when each arrived. */
const fakeCms = async (o: { delayMs: number; oneAtATime?: boolean }) => {
  const arrivals: number[] = []
  let busyUntil = 0
  const server = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      if (req.url?.startsWith('/api/leads/form-token')) return res.end('{}')
      arrivals.push(performance.now())
      // oneAtATime: a server that answers one request after the other (a queue it owns).
      const now = performance.now()
      const at = o.oneAtATime ? Math.max(now, busyUntil) + o.delayMs : now + o.delayMs
      busyUntil = at
      setTimeout(() => res.writeHead(201).end('{}'), at - now)
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, arrivals, close: () => new Promise((r) => server.close(r)) }
}

const target = (url: string): LeadTarget => ({
  cmsUrl: url,
  siteUrl: 'http://site.test',
  run: 'test',
  counter: { n: 0 },
})

/** The most arrivals within any `windowMs`. */
const densest = (arrivals: number[], windowMs: number) => {
  let most = 0
  for (let i = 0, j = 0; j < arrivals.length; j++) {
    while (arrivals[j]! - arrivals[i]! > windowMs) i++
    most = Math.max(most, j - i + 1)
  }
  return most
}

let close: (() => Promise<unknown>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

describe('a load run at a fixed rate', () => {
  it('spreads its requests over each second (no burst of one second’s worth at once)', async () => {
    const cms = await fakeCms({ delayMs: 2 })
    close = cms.close
    const r = await load(target(cms.url), { label: 't', rate: 50, connections: 10, durationS: 2 })
    expect(r.ok).toBeGreaterThanOrEqual(95)
    // Evenly spaced, 50/s is 10 in 200 ms (a timer that fires late sends the ones due meanwhile
    // together); a second's worth at once is 50.
    expect(densest(cms.arrivals, 200)).toBeLessThanOrEqual(30)
  })

  it('counts the time a request waited to be sent (a server that falls behind shows it)', async () => {
    // 40 ms each, one at a time: 25/s at most, at 50/s offered the wait grows over the run.
    const cms = await fakeCms({ delayMs: 40, oneAtATime: true })
    close = cms.close
    const r = await load(target(cms.url), { label: 't', rate: 50, connections: 10, durationS: 2 })
    expect(r.ok).toBe(r.requests)
    // The last of 100 requests is answered ≈ 4 s after the start, ≈ 2 s after its turn came.
    expect(r.p99).toBeGreaterThan(1500)
    expect(r.okPerSecond).toBeLessThan(30)
  })
  it('counts each request that got no answer once, as an error', async () => {
    // Nothing listens on port 9 of this host: every connection is refused.
    const r = await load(target('http://127.0.0.1:9'), {
      label: 't',
      rate: 50,
      connections: 5,
      durationS: 1,
    })
    expect(r).toMatchObject({ requests: 50, ok: 0, non2xx: 0, errors: 50 })
    // No answer, no latency: not a number rather than a made-up one.
    expect([r.p50, r.p99, r.max].every(Number.isNaN)).toBe(true)
  })
})
