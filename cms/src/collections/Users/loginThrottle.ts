import { SlidingWindowLimiter } from '../../lib/slidingWindowLimiter'

const WINDOW_MS = 15 * 60 * 1000
/** Wrong passwords one client may try on one account, then on all accounts, per 15 minutes. */
const PER_ACCOUNT = Number(process.env.LOGIN_FAILURES_PER_ACCOUNT ?? 8)
const PER_CLIENT = Number(process.env.LOGIN_FAILURES_PER_CLIENT ?? 20)

const perClient = new SlidingWindowLimiter(PER_CLIENT, WINDOW_MS)
const perClientAccount = new SlidingWindowLimiter(PER_ACCOUNT, WINDOW_MS)
const accountKey = (ip: string, email: string) => `${ip}\n${email.trim().toLowerCase()}`

/**
 * Failed sign-ins counted per client (IP as the CMS sees it) and per client + account, never per
 * account alone: a stranger's wrong passwords cannot lock a colleague out (Payload's own
 * `maxLoginAttempts` locks the account for everyone, so it is off). In memory, per process.
 */
export const loginThrottle = {
  /** Milliseconds this client must wait before trying this account again; 0 when it may try. */
  wait(ip: string, email: string, now = Date.now()): number {
    const client = perClient.count(ip, now)
    const account = perClientAccount.count(accountKey(ip, email), now)
    const waits = [
      client.count >= PER_CLIENT ? client.retryAfterMs : 0,
      account.count >= PER_ACCOUNT ? account.retryAfterMs : 0,
    ]
    return Math.max(...waits)
  },
  failed(ip: string, email: string, now = Date.now()) {
    perClient.hit(ip, now)
    perClientAccount.hit(accountKey(ip, email), now)
  },
  /** A refused attempt counts toward the client’s limit too. */
  refused(ip: string, now = Date.now()) {
    perClient.hit(ip, now)
  },
  /** The right password from this client: its count for that account starts again. */
  succeeded(ip: string, email: string) {
    perClientAccount.forget(accountKey(ip, email))
  },
  reset() {
    perClient.reset()
    perClientAccount.reset()
  },
}
