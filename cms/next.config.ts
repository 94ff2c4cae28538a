import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  images: { unoptimized: true },
  // Types are checked by `npm test` (check-types stage), not by every production build.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // The CMS has no public pages of its own: the site is the Astro build.
  redirects: async () => [{ source: '/', destination: '/admin', permanent: false }],
  // Workspace packages export TypeScript source.
  transpilePackages: ['@vitrine/contracts', '@vitrine/publisher'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
