import { describe, expect, it } from 'vitest'
import { clientIp } from './clientIp'

const h = (xff?: string) =>
  new Headers(xff ? { 'x-forwarded-for': xff, 'x-real-ip': '9.9.9.9' } : {})

describe('clientIp', () => {
  it('with no trusted proxy, no header picks the key: every client is "direct"', () => {
    expect(clientIp(h('203.0.113.7'), 0)).toBe('direct')
    expect(clientIp(h('198.51.100.1, 203.0.113.7'), 0)).toBe('direct')
    expect(clientIp(h(), 0)).toBe('direct')
  })
  it('behind one proxy, the entry it appended; what the client wrote before it is ignored', () => {
    expect(clientIp(h('203.0.113.7'), 1)).toBe('203.0.113.7')
    expect(clientIp(h('1.1.1.1, 2.2.2.2, 203.0.113.7'), 1)).toBe('203.0.113.7')
  })
  it('behind two proxies, the second entry from the right', () => {
    expect(clientIp(h('6.6.6.6, 203.0.113.7, 10.0.0.2'), 2)).toBe('203.0.113.7')
  })
  it('a request that skipped a proxy (too few entries) counts as direct', () => {
    expect(clientIp(h('10.0.0.2'), 2)).toBe('direct')
    expect(clientIp(h(), 1)).toBe('direct')
  })
})
