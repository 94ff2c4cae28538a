import { describe, expect, it } from 'vitest'
import { isSafeUrl, safeUrl } from './safeUrl'

describe('the link rule (safeUrl)', () => {
  it.each([
    '/contact/',
    '/livres-blancs/?source=menu#form',
    '#offres',
    'https://www.example.fr/page?q=1',
    'http://example.com',
    'HTTPS://Example.com/',
    'mailto:contact@vitrine.fr',
    'tel:+33123456789',
    '  /contact/  ',
  ])('accepts %j', (url) => {
    expect(safeUrl(url)).toBe(url.trim())
  })

  it.each([
    'javascript:alert(document.domain)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/',
    '/\\evil.example/',
    '\\\\evil.example',
    'https:evil.example',
    'https://',
    'mailto:',
    'www.example.com',
    'contact',
    '',
    '   ',
    null,
    42,
  ])('refuses %j', (url) => {
    expect(safeUrl(url)).toBeNull()
    expect(isSafeUrl(url)).toBe(false)
  })
})
