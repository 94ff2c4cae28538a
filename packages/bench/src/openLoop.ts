// A load at a fixed rate, as visitors arrive: request i is due at start + i / rate, whether or not
// the earlier ones were answered (an open loop), and its latency runs from that due time. See
// docs/adr/0037-lead-latency-at-a-steady-rate.md for why autocannon's own rate is not used.
import http from 'node:http'

export type Sent = { headers: Record<string, string>; body: string }

export type OpenLoopResult = {
  requests: number
  ok: number
  non2xx: number
  errors: number
  /** From the first due time to the last answer. */
  elapsedMs: number
  /** Per answered request, from its due time to the end of its answer (ms). */
  latencies: number[]
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * POSTs `rate × durationS` requests to `url`, request i due at i / rate seconds. At most
 * `connections` are open at once (keep-alive); a request due while all are busy waits for one,
 * and that wait counts in its latency, as it would for a visitor. Errors and timeouts are counted,
 * not retried.
 */
export const openLoop = async (o: {
  url: string
  rate: number
  durationS: number
  connections: number
  request: (n: number) => Sent
  timeoutMs?: number
}): Promise<OpenLoopResult> => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections })
  const total = Math.round(o.rate * o.durationS)
  const intervalMs = 1000 / o.rate
  const latencies: number[] = []
  let ok = 0
  let non2xx = 0
  let errors = 0
  let lastEnd = 0

  const send = (due: number, sent: Sent) =>
    new Promise<void>((resolve) => {
      const req = http.request(o.url, {
        method: 'POST',
        agent,
        headers: { ...sent.headers, 'content-length': String(Buffer.byteLength(sent.body)) },
        timeout: o.timeoutMs ?? 30_000,
      })
      let settled = false
      const settle = (count: () => void) => {
        if (settled) return
        settled = true
        count()
        resolve()
      }
      const fail = () => settle(() => errors++)
      req.on('timeout', () => req.destroy(new Error('timeout')))
      req.on('error', fail)
      req.on('response', (res) => {
        res.resume()
        res.on('error', fail)
        res.on('end', () =>
          settle(() => {
            lastEnd = performance.now()
            latencies.push(lastEnd - due)
            if (res.statusCode! >= 200 && res.statusCode! < 300) ok++
            else non2xx++
          }),
        )
      })
      req.end(sent.body)
    })

  const start = performance.now()
  const inFlight: Promise<void>[] = []
  for (let i = 0; i < total; i++) {
    const due = start + i * intervalMs
    const wait = due - performance.now()
    if (wait > 0) await sleep(wait)
    // A timer that fired late sends the requests that came due meanwhile at once.
    inFlight.push(send(due, o.request(i)))
  }
  await Promise.all(inFlight)
  agent.destroy()
  return { requests: total, ok, non2xx, errors, elapsedMs: lastEnd - start, latencies }
}
