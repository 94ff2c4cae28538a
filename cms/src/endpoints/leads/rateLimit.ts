import crypto from 'node:crypto'
import type { Payload } from 'payload'
import { claimOnce } from '../../lib/claimOnce'

/** Keys a limiter remembers the next slot of, per window (≈ 100 bytes each). */
const REMEMBERED_KEYS = 20_000

/**
 * A fixed-window limiter whose counts live in the database (`claims`), so every CMS process on it
 * (web instances, a second replica) spends one budget. Hit n of a window claims the slot
 * `<scope>:n`: the unique index lets exactly `limit` hits through per window, however many
 * processes race. Keys are hashed (no address or IP in clear in the table); rows expire with the
 * nightly purge. A burst may straddle two windows (at most twice the limit in a minute): the
 * budgets are set with that in mind. See docs/adr/0018-client-ip-and-shared-limits.md.
 *
 * Cost (docs/adr/0027): the process remembers, for the current window, the next slot worth
 * trying per key. A hit is one insert (no count first); a slot another process took is a
 * collision and the next one is tried. Once every slot is taken, this process refuses that key
 * until the window ends without asking the database: a flood over its budget costs nothing.
 */
export class SharedWindowLimiter {
  /** Bumped by `reset()` (tests): this process then counts from zero. */
  private epoch = 0
  /** The window `next` is about, and the next slot to try per scope (Infinity: full). */
  private window = -1
  private next = new Map<string, number>()

  constructor(
    readonly name: string,
    /** A number, or a function read at each hit (a budget set by env after start-up). */
    private readonly max: number | (() => number),
    readonly windowMs: number,
  ) {}

  get limit() {
    return typeof this.max === 'function' ? this.max() : this.max
  }

  /** Records one attempt for `key`; false (with the wait in ms) when over the limit. */
  async hit(
    payload: Payload,
    key: string,
    now = Date.now(),
  ): Promise<{ ok: true } | { ok: false; retryAfterMs: number }> {
    const window = Math.floor(now / this.windowMs)
    // Only the current window's slots matter; a flood of distinct keys is forgotten past a bound
    // (the database stays the truth: a forgotten key only costs collisions once).
    if (window !== this.window || this.next.size >= REMEMBERED_KEYS) {
      this.window = window
      this.next.clear()
    }
    const digest = crypto.createHash('sha256').update(key).digest('base64url').slice(0, 22)
    const scope = `limit:${this.name}:${this.epoch}:${digest}:${window}`
    const limit = this.limit
    for (let n = this.next.get(scope) ?? 1; n <= limit; n++) {
      if (await claimOnce(payload, `${scope}:${n}`, 2 * this.windowMs, scope)) {
        this.next.set(scope, n + 1)
        return { ok: true }
      }
      this.next.set(scope, n + 1)
    }
    this.next.set(scope, Infinity)
    return { ok: false, retryAfterMs: (window + 1) * this.windowMs - now }
  }

  /** Forget the counts this process has made (tests start each case with a clean budget). */
  reset() {
    this.epoch++
    this.next.clear()
  }
}

/** Per client IP: 10 submissions a minute. Per e-mail address: 5 valid submissions an hour. */
export const limits = {
  perIp: new SharedWindowLimiter(
    'ip',
    Number(process.env.LEADS_RATE_PER_IP_PER_MINUTE ?? 10),
    60_000,
  ),
  perEmail: new SharedWindowLimiter(
    'email',
    Number(process.env.LEADS_RATE_PER_EMAIL_PER_HOUR ?? 5),
    3_600_000,
  ),
}
