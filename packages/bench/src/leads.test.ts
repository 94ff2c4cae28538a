import { describe, expect, it } from 'vitest'
// The shared contract, by path: the harness must send what the endpoint's own schema accepts.
import { fromRecord, parseLead } from '@vitrine/contracts'
import { callbackLead, fakeIp, letters } from './leads.ts'

describe('the load-test lead', () => {
  it('is a valid callback request per the contract, whatever the counter', () => {
    for (const n of [0, 1, 25, 26, 701, 123_456]) {
      const parsed = parseLead(fromRecord(callbackLead(n, 'run1', 'token')), 'callback')
      expect(parsed.ok, JSON.stringify(parsed)).toBe(true)
    }
  })

  it('uses a new address and a new client IP for every request', () => {
    const n = 2000
    const emails = new Set(Array.from({ length: n }, (_, i) => callbackLead(i, 'r').email))
    const ips = new Set(Array.from({ length: n }, (_, i) => fakeIp(i)))
    expect(emails.size).toBe(n)
    expect(ips.size).toBe(n)
  })

  it('writes the counter in letters, as names allow no digits', () => {
    expect([0, 25, 26, 27, 701].map(letters)).toEqual(['a', 'z', 'ba', 'bb', 'baz'])
  })
})
