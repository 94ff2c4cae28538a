import { describe, expect, it } from 'vitest'
import { resolvedRedirects } from './routes'

const site = (url: string) =>
  ({
    redirects: [{ from: '/ancien/', to: { type: 'custom', url }, type: '301' }],
    hrefFor: () => undefined,
  }) as never

describe('redirect targets from bad stored data', () => {
  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x', '//evil.example/'])(
    'skips a redirect to %j',
    (url) => {
      expect(resolvedRedirects(site(url))).toEqual([])
    },
  )

  it('keeps a redirect to a site path or an https URL', () => {
    expect(resolvedRedirects(site('/nouveau/'))).toEqual([
      { from: '/ancien/', to: '/nouveau/', status: 301 },
    ])
    expect(resolvedRedirects(site('https://example.fr/'))[0]?.to).toBe('https://example.fr/')
  })
})
