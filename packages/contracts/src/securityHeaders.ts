/**
 * The security headers of the three origins (docs/adr/0014-links-and-headers.md): the static site
 * (publisher's server, docs/deploy/nginx.conf), the CMS (cms/next.config.ts) and the draft preview.
 * Server-only helpers, imported as `@vitrine/contracts/security-headers`.
 */

export type HeaderMap = Record<string, string>

/** Headers every origin sends; HSTS only when it is served over https. */
export const baseSecurityHeaders = ({ https }: { https: boolean }): HeaderMap => ({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  ...(https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
})

const origin = (url: string | undefined) => {
  try {
    return url ? new URL(url).origin : ''
  } catch {
    return ''
  }
}

/**
 * The static site's page policy, without scripts and styles: Astro writes it into each page's own
 * `<meta>` CSP at build time, with the sha256 of every inline script (`security.csp` in
 * web/astro.config.mjs), so no script runs inline unless Astro wrote it.
 */
export const siteCspDirectives = (cmsUrl?: string): string[] => {
  const cms = origin(cmsUrl)
  return [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${cms ? ` ${cms}` : ''}`,
    `form-action 'self'${cms ? ` ${cms}` : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
  ]
}

/**
 * The static site's response headers. The CSP header says what a meta tag cannot
 * (frame-ancestors) and pins object/base/form targets; both it and each page's meta CSP apply.
 */
export const siteSecurityHeaders = ({
  https,
  cmsUrl,
}: {
  https: boolean
  cmsUrl?: string
}): HeaderMap => {
  const cms = origin(cmsUrl)
  return {
    ...baseSecurityHeaders({ https }),
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': [
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      `form-action 'self'${cms ? ` ${cms}` : ''}`,
    ].join('; '),
  }
}

/** The draft preview: pages only, no script at all (islands do not hydrate there). */
export const previewSecurityHeaders = ({ https }: { https: boolean }): HeaderMap => ({
  ...baseSecurityHeaders({ https }),
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
})

/**
 * The CMS (Payload admin + REST API). Next.js and the admin write inline bootstrap scripts without
 * a nonce, so scripts keep 'unsafe-inline' here (the admin renders no editor-written HTML); the
 * rest is locked to the CMS's own origin, and nobody may frame it.
 */
export const adminSecurityHeaders = ({
  https,
  dev = false,
}: {
  https: boolean
  dev?: boolean
}): HeaderMap => ({
  ...baseSecurityHeaders({ https }),
  'X-Frame-Options': 'SAMEORIGIN',
  'Content-Security-Policy': [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "form-action 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'self'",
  ].join('; '),
})
