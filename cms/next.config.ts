import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { adminSecurityHeaders } from '@vitrine/contracts/security-headers'

const https = (process.env.CMS_ADMIN_URL || process.env.CMS_URL || '').startsWith('https:')

const nextConfig: NextConfig = {
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  images: { unoptimized: true },
  // Types are checked by `npm test` (check-types stage), not by every production build.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // The CMS has no public pages of its own: the site is the Astro build.
  redirects: async () => [{ source: '/', destination: '/admin', permanent: false }],
  // CSP, frame-ancestors, nosniff, Referrer-Policy… on every answer (docs/adr/0014-links-and-headers.md).
  headers: async () => [
    {
      source: '/:path*',
      headers: Object.entries(
        adminSecurityHeaders({ https, dev: process.env.NODE_ENV === 'development' }),
      ).map(([key, value]) => ({ key, value })),
    },
  ],
  // Workspace packages export TypeScript source.
  transpilePackages: ['@vitrine/contracts', '@vitrine/publisher'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
