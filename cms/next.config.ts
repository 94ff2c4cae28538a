import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  images: { unoptimized: true },
  poweredByHeader: false,
  // Workspace packages export TypeScript source.
  transpilePackages: ['@vitrine/contracts'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
