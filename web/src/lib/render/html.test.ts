import { describe, expect, it } from 'vitest'
import { safeHref } from './html'

describe('safeHref (the site side of the one link rule)', () => {
  it.each([
    'javascript:alert(document.domain)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/',
    '/\\evil.example/',
  ])('writes # instead of %j', (href) => {
    expect(safeHref(href)).toBe('#')
  })

  it.each(['/contact/', '#offres', 'https://example.fr/', 'mailto:a@b.fr', 'tel:+33100000000'])(
    'keeps %j',
    (href) => {
      expect(safeHref(href)).toBe(href)
    },
  )
})
