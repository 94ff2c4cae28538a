/**
 * The address of the client, as far as this process can know it (docs/adr/0018-client-ip.md).
 *
 * `TRUSTED_PROXIES` is the number of reverse proxies in front of the CMS that each append the
 * address they saw to `X-Forwarded-For` (nginx: `$proxy_add_x_forwarded_for`). With N of them,
 * the client is the Nth entry from the right; whatever is left of it, the client wrote itself.
 *
 * With none (the default: the demo, a CMS reached directly), the header proves nothing: Next (and
 * cms/server.ts for the lead routes, ADR 0039) fills `X-Forwarded-For` with the socket's address
 * only when the request has none, so a client picks its own value, and route handlers get no
 * other trace of the peer. Every client is then `direct`: they share one budget, and no header
 * buys a fresh one.
 */
export const clientIp = (headers: Headers, trusted = trustedProxies()): string => {
  if (trusted === 0) return 'direct'
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  // Fewer entries than proxies: the request did not come through all of them (misconfiguration,
  // or the CMS port is reachable around the proxy). Count it with the other direct clients.
  return hops.length >= trusted ? hops[hops.length - trusted]! : 'direct'
}

const trustedProxies = () => {
  const raw = process.env.TRUSTED_PROXIES || '0'
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`TRUSTED_PROXIES must be a whole number of proxies (0, 1, 2…); got "${raw}"`)
  return n
}
