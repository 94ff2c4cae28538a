/**
 * In-memory sliding-window limiter, for counts one process may keep to itself (failed sign-ins:
 * Users/loginThrottle.ts). Counts reset when the process restarts; several instances each count on
 * their own. Memory is bounded by `maxKeys`. Lead limits are shared through the database instead
 * (endpoints/leads/rateLimit.ts).
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
