import type { PublisherStatus } from '@vitrine/publisher/webhook'
import { fetchPublisherStatus } from '../publisherStatus'

export type PublishHealth = {
  ok: boolean
  configured: boolean
  reachable?: boolean
  state?: PublisherStatus['state']
  lastSuccessAt?: string | null
  lastBuildFailed?: boolean
}

let cached: { at: number; value: PublishHealth } | null = null

/**
 * What the publisher says, asked at most every 10 s (a load balancer probes often). A failed or
 * unreachable publisher degrades the health but never makes the CMS unhealthy: the live site
 * is still served, and the CMS still takes leads.
 */
export const publishHealth = async (now = Date.now()): Promise<PublishHealth> => {
  if (!process.env.PUBLISHER_URL) return { ok: true, configured: false }
  if (cached && now - cached.at < 10_000) return cached.value
  const status = await fetchPublisherStatus()
  const value: PublishHealth =
    'unreachable' in status
      ? { ok: false, configured: true, reachable: false }
      : {
          ok: status.lastBuild?.ok !== false,
          configured: true,
          reachable: true,
          state: status.state,
          lastSuccessAt: status.lastSuccess?.finished ?? null,
          lastBuildFailed: status.lastBuild?.ok === false,
        }
  cached = { at: now, value }
  return value
}

/** Tests change PUBLISHER_URL between calls. */
export const forgetPublishHealth = () => {
  cached = null
}
