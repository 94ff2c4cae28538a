/** What the publisher says about the live site (GET /status), for the admin widget. */
export type PublisherBuild = {
  id: string
  started: string
  finished?: string
  ok?: boolean
  durationMs?: number
  pageCount?: number
  error?: string
}
export type PublisherStatus = {
  state: 'idle' | 'building' | 'failed'
  queued: boolean
  current: { id: string; builtAt?: string; pageCount?: number } | null
  lastBuild: PublisherBuild | null
  lastSuccess: PublisherBuild | null
}

export const publisherPublicUrl = () =>
  (process.env.PUBLISHER_PUBLIC_URL || process.env.PUBLISHER_URL || '').replace(/\/$/, '')

export const fetchPublisherStatus = async (): Promise<PublisherStatus | { unreachable: string }> => {
  const base = (process.env.PUBLISHER_URL || '').replace(/\/$/, '')
  if (!base) return { unreachable: 'PUBLISHER_URL is not set' }
  try {
    const res = await fetch(`${base}/status`, { signal: AbortSignal.timeout(2000), cache: 'no-store' })
    if (!res.ok) return { unreachable: `GET ${base}/status answered ${res.status}` }
    return (await res.json()) as PublisherStatus
  } catch (error) {
    return { unreachable: `GET ${base}/status failed: ${(error as Error).message}` }
  }
}
