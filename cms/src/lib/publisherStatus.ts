import type { PublisherStatus } from '@vitrine/publisher/webhook'
import { config } from '../config'

/** The full status and the build logs need the webhook secret (the publisher's public /status says only up to date or not). */
export const publisherAuth = (): Record<string, string> =>
  process.env.PUBLISHER_WEBHOOK_SECRET
    ? { authorization: `Bearer ${process.env.PUBLISHER_WEBHOOK_SECRET}` }
    : {}

/** What the publisher says about the live site (GET /status), for the admin widget. */
export const fetchPublisherStatus = async (): Promise<
  PublisherStatus | { unreachable: string }
> => {
  const base = config.publisherUrl
  if (!base) return { unreachable: 'PUBLISHER_URL is not set' }
  try {
    const res = await fetch(`${base}/status`, {
      signal: AbortSignal.timeout(2000),
      cache: 'no-store',
      headers: publisherAuth(),
    })
    if (!res.ok) return { unreachable: `GET ${base}/status answered ${res.status}` }
    return (await res.json()) as PublisherStatus
  } catch (error) {
    return { unreachable: `GET ${base}/status failed: ${(error as Error).message}` }
  }
}
