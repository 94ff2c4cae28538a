import type { AttributionField } from '@vitrine/contracts'

/**
 * Where the visitor came from, captured on the first page view of the session (sessionStorage,
 * never a cookie). No runtime import: the `client:intent` directive, inlined in every page, records
 * it before any island is downloaded (src/islands/intent.ts).
 */

/** sessionStorage key of the first page view's attribution (never a cookie). */
export const ATTRIBUTION_KEY = 'vitrine:attribution'

export type Attribution = Partial<Record<Exclude<AttributionField, 'sourcePage'>, string>>

const UTM: Record<string, keyof Attribution> = {
  utm_source: 'utmSource',
  utm_medium: 'utmMedium',
  utm_campaign: 'utmCampaign',
  utm_term: 'utmTerm',
  utm_content: 'utmContent',
}

/** Longest value kept of any attribution field. */
export const MAX = 500

/** What the first page view says about where the visitor came from. */
export function captureAttribution(href: string, referrer: string): Attribution {
  const url = new URL(href)
  const result: Attribution = { landingPage: `${url.pathname}${url.search}`.slice(0, MAX) }
  if (referrer) {
    try {
      // Our own pages are not a source; keep foreign referrers without their query string.
      const ref = new URL(referrer)
      if (ref.origin !== url.origin) result.referrer = `${ref.origin}${ref.pathname}`.slice(0, MAX)
    } catch {
      // unreadable referrer: leave it out
    }
  }
  for (const [param, name] of Object.entries(UTM)) {
    const value = url.searchParams.get(param)?.trim()
    if (value) result[name] = value.slice(0, MAX)
  }
  return result
}

/** Records the first page view's attribution once per session; storage refused: nothing kept. */
export function rememberLanding(href: string, referrer: string): void {
  try {
    if (!sessionStorage.getItem(ATTRIBUTION_KEY))
      sessionStorage.setItem(ATTRIBUTION_KEY, JSON.stringify(captureAttribution(href, referrer)))
  } catch {
    // private mode or storage full: the island captures the page it runs on instead
  }
}
