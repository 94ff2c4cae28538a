/**
 * In-memory sliding-window limiter. Enough for one CMS process (the demo, or one production
 * instance): counts reset when the process restarts, and several instances each count on their
 * own (then put the limit in the reverse proxy too). Memory is bounded by `maxKeys`.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly maxKeys = 50_000,
  ) {}

  /** Records one attempt for `key`; false (with the wait in ms) when over the limit. */
  hit(key: string, now = Date.now()): { ok: true } | { ok: false; retryAfterMs: number } {
    const since = now - this.windowMs
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since)
    if (recent.length >= this.limit) {
      this.hits.set(key, recent)
      return { ok: false, retryAfterMs: recent[0]! + this.windowMs - now }
    }
    recent.push(now)
    this.hits.delete(key)
    this.hits.set(key, recent)
    if (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value!)
    return { ok: true }
  }

  /** How many attempts `key` has in the window, and when the oldest leaves it (records nothing). */
  count(key: string, now = Date.now()): { count: number; retryAfterMs: number } {
    const recent = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs)
    return {
      count: recent.length,
      retryAfterMs: recent.length ? recent[0]! + this.windowMs - now : 0,
    }
  }

  /** Forgets the attempts of one key. */
  forget(key: string) {
    this.hits.delete(key)
  }

  reset() {
    this.hits.clear()
  }
}

/** Per client IP: 10 submissions a minute. Per e-mail address: 5 valid submissions an hour. */
export const limits = {
  perIp: new SlidingWindowLimiter(Number(process.env.LEADS_RATE_PER_IP_PER_MINUTE ?? 10), 60_000),
  perEmail: new SlidingWindowLimiter(
    Number(process.env.LEADS_RATE_PER_EMAIL_PER_HOUR ?? 5),
    3_600_000,
  ),
}

/**
 * The client address: the last entry of X-Forwarded-For, i.e. the one appended by the reverse
 * proxy in front of the CMS (nginx: `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for`);
 * entries before it are whatever the client claimed. Reached without a proxy, Next only fills the
 * header when the client did not send one: run production behind a proxy.
 */
export const clientIp = (headers: Headers): string => {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .pop()
  return last || headers.get('x-real-ip') || 'unknown'
}
