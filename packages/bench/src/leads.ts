// The lead endpoint under load: latency at fixed rates (an open loop, openLoop.ts), the most leads
// per second it sustains (autocannon, closed loop), and the same fixed rate with the SMTP server
// down. Each request is a distinct visitor (its own e-mail address and X-Forwarded-For, which the
// endpoint reads as the client IP), so the per-IP and per-address limits stay at their production
// values and never trip.
import autocannon from 'autocannon'
import { say } from '../../../scripts/dev/lib/proc.ts'
import { openLoop, type Sent } from './openLoop.ts'
import { percentile } from './stats.ts'

export type LoadResult = {
  label: string
  rate: number | null
  connections: number
  durationS: number
  requests: number
  ok: number
  non2xx: number
  errors: number
  /** Successful requests per second over the window. */
  okPerSecond: number
  p50: number
  p90: number
  p99: number
  max: number
}

export type Skipped = { skipped: string }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** A counter written in letters (names may not hold digits): 0 → a, 25 → z, 26 → ba… */
export const letters = (n: number): string => {
  let out = ''
  do {
    out = String.fromCharCode(97 + (n % 26)) + out
    n = Math.floor(n / 26)
  } while (n > 0)
  return out
}

export const callbackLead = (n: number, run: string, token?: string) => ({
  kind: 'callback',
  firstName: 'Camille',
  lastName: `Banc-${letters(n)}`,
  email: `lead-${run}-${n}@bench.vitrine.test`,
  phone: '06 12 34 56 78',
  companyName: 'Atelier Bench',
  companySize: '1-9',
  preferredSlot: 'matin',
  message: 'Rappel souhaité pour parler d’une assistante à temps partagé.',
  privacyAck: true,
  marketingOptIn: false,
  sourcePage: '/contact/',
  ...(token ? { formToken: token } : {}),
})

/** Distinct client addresses: 10.x.y.z from a counter. */
export const fakeIp = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`

export type LeadTarget = {
  cmsUrl: string
  siteUrl: string
  run: string
  token?: string
  /** One token per lead (a form token is good for one submission); `token` once they run out. */
  tokens?: string[]
  counter: { n: number }
}

const tokenFor = (t: LeadTarget, n: number) => t.tokens?.[n - 1] ?? t.token

/** `count` form tokens, as `count` visitors' islands would fetch them (8 at a time). */
export const formTokens = async (cmsUrl: string, count: number): Promise<string[]> => {
  const tokens: string[] = []
  const worker = async () => {
    while (tokens.length < count) {
      const token = await formToken(cmsUrl)
      if (!token) return
      tokens.push(token)
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker))
  return tokens.slice(0, count)
}

const headersFor = (t: LeadTarget, n: number) => ({
  'content-type': 'application/json',
  accept: 'application/json',
  origin: t.siteUrl,
  'x-forwarded-for': fakeIp(n),
})

/** A form token, as the islands fetch one; null when the endpoint has none. Used after the minimum fill time. */
export const formToken = async (cmsUrl: string): Promise<string | undefined> => {
  const res = await fetch(`${cmsUrl}/api/leads/form-token`).catch(() => null)
  if (!res?.ok) return undefined
  return ((await res.json()) as { token?: string }).token
}

/** One lead; null when accepted (201), else why not. */
export const probeLead = async (t: LeadTarget): Promise<string | null> => {
  const n = ++t.counter.n
  const res = await fetch(`${t.cmsUrl}/api/leads/submit`, {
    method: 'POST',
    headers: headersFor(t, n),
    body: JSON.stringify(callbackLead(n, t.run, tokenFor(t, n))),
  }).catch((error: Error) => error)
  if (res instanceof Error) return `POST ${t.cmsUrl}/api/leads/submit failed: ${res.message}`
  if (res.status === 201) return null
  const text = (await res.text()).slice(0, 300)
  if (res.status === 404)
    return `POST /api/leads/submit answered 404 (the endpoint is not there yet)`
  return `POST /api/leads/submit answered ${res.status}: ${text}`
}

type Measured = Omit<LoadResult, 'label' | 'rate' | 'connections' | 'durationS'>

const steady = async (
  t: LeadTarget,
  opts: { rate: number; connections: number; durationS: number },
  next: () => Sent,
): Promise<Measured> => {
  const r = await openLoop({ url: `${t.cmsUrl}/api/leads/submit`, ...opts, request: next })
  const ms = (p: number) => Math.round(percentile(r.latencies, p))
  return {
    requests: r.requests,
    ok: r.ok,
    non2xx: r.non2xx,
    errors: r.errors,
    okPerSecond: Math.round((r.ok / (r.elapsedMs / 1000)) * 10) / 10,
    p50: ms(50),
    p90: ms(90),
    p99: ms(99),
    max: r.latencies.length ? Math.round(Math.max(...r.latencies)) : Number.NaN,
  }
}

const closedLoop = async (
  t: LeadTarget,
  opts: { connections: number; durationS: number },
  next: () => Sent,
): Promise<Measured> => {
  const result = await autocannon({
    url: `${t.cmsUrl}/api/leads/submit`,
    method: 'POST',
    connections: opts.connections,
    duration: opts.durationS,
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => ({ ...req, method: 'POST', ...next() }),
      },
    ],
  })
  const ok = result['2xx']
  return {
    requests: result.requests.total,
    ok,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    okPerSecond: Math.round((ok / result.duration) * 10) / 10,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
  }
}

/**
 * One run. At a fixed rate: an open loop (openLoop.ts), request i sent at i / rate seconds and
 * timed from then. Without a rate: as many as `connections` keep-alive connections can carry
 * (autocannon, each connection sending its next request when the previous one is answered).
 */
export const load = async (
  t: LeadTarget,
  opts: { label: string; rate?: number; connections: number; durationS: number },
): Promise<LoadResult> => {
  const next = () => {
    const n = ++t.counter.n
    return {
      headers: headersFor(t, n),
      body: JSON.stringify(callbackLead(n, t.run, tokenFor(t, n))),
    }
  }
  const measured = opts.rate
    ? await steady(
        t,
        { rate: opts.rate, connections: opts.connections, durationS: opts.durationS },
        next,
      )
    : await closedLoop(t, opts, next)
  const r: LoadResult = {
    label: opts.label,
    rate: opts.rate ?? null,
    connections: opts.connections,
    durationS: opts.durationS,
    ...measured,
  }
  say(
    `Leads ${opts.label}: ${r.ok}/${r.requests} accepted, ${r.okPerSecond}/s, p50 ${r.p50} ms, p99 ${r.p99} ms, non-2xx ${r.non2xx}, errors ${r.errors}`,
  )
  await drain(t.cmsUrl)
  return r
}

/**
 * Requests still queued in the CMS when a run stops would slow the next run down: wait
 * until three cheap requests in a row answer fast (at most 30 s).
 */
export const drain = async (cmsUrl: string) => {
  const deadline = Date.now() + 30_000
  let fast = 0
  while (fast < 3 && Date.now() < deadline) {
    const t0 = performance.now()
    await fetch(`${cmsUrl}/api/leads/form-token`).catch(() => null)
    fast = performance.now() - t0 < 50 ? fast + 1 : 0
    await sleep(200)
  }
}

/** Mails in the catcher (maildev 3 REST API). */
export const mailCount = async (mailWebUrl: string): Promise<number> => {
  const res = await fetch(`${mailWebUrl}/api/email/summary?limit=1`)
  if (!res.ok) throw new Error(`GET ${mailWebUrl}/api/email/summary answered ${res.status}`)
  return ((await res.json()) as { total: number }).total
}

/**
 * A small burst with the mail catcher up: how many mails exist when the last response arrives, and
 * how many the jobs queue has delivered some seconds later.
 */
export const emailPath = async (t: LeadTarget, mailWebUrl: string, leads = 10) => {
  await fetch(`${mailWebUrl}/api/email/all`, { method: 'DELETE' })
  const started = Date.now()
  const refused: string[] = []
  const latencies: number[] = []
  for (let i = 0; i < leads; i++) {
    const t0 = performance.now()
    const why = await probeLead(t)
    latencies.push(Math.round(performance.now() - t0))
    if (why) refused.push(why)
  }
  const atResponse = await mailCount(mailWebUrl)
  let after = atResponse
  let settledMs = 0
  for (let waited = 0; waited < 30_000; waited += 500) {
    await sleep(500)
    const n = await mailCount(mailWebUrl)
    const grew = n > after
    if (grew) settledMs = Date.now() - started
    after = n
    // Every lead's two mails are there and one more look found no extra (a duplicate would show).
    if (after >= leads * 2 && !grew) break
  }
  return {
    leads,
    refused: refused.length,
    /** One request at a time: the endpoint's own latency, no queueing. */
    sequentialP50: percentile(latencies, 50),
    sequentialMax: Math.max(...latencies),
    mailsAtLastResponse: atResponse,
    mailsAfter: after,
    deliveredWithinMs: settledMs,
  }
}

/** Waits until the catcher's count stops growing for 2 s (the jobs queue has sent the backlog), at most `maxMs`. */
export const mailsSettled = async (mailWebUrl: string, maxMs = 60_000) => {
  const deadline = Date.now() + maxMs
  let last = -1
  let stableSince = Date.now()
  while (Date.now() < deadline) {
    const n = await mailCount(mailWebUrl).catch(() => last)
    if (n !== last) {
      last = n
      stableSince = Date.now()
    } else if (Date.now() - stableSince >= 2000) return n
    await sleep(250)
  }
  return last
}
