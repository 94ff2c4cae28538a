/**
 * Asks the CMS whether a preview token's user may still preview drafts (POST /api/preview-session,
 * signed in with the preview secret): a demoted or deleted editor's link and session stop working
 * (audit F21). Answers are kept a few seconds per token so a page's assets do not each cost a call.
 */
const KEEP_MS = 5_000

export type PreviewAccess = (token: string) => Promise<'allowed' | 'refused' | 'unavailable'>

export const previewAccess = (cmsUrl: string, secret: string): PreviewAccess => {
  const answers = new Map<string, { at: number; allowed: boolean }>()
  return async (token) => {
    const kept = answers.get(token)
    if (kept && Date.now() - kept.at < KEEP_MS) return kept.allowed ? 'allowed' : 'refused'
    let response: Response
    try {
      response = await fetch(`${cmsUrl}/api/preview-session`, {
        method: 'POST',
        headers: { authorization: `vitrine-preview ${secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
        signal: AbortSignal.timeout(5_000),
      })
    } catch (error) {
      console.error(
        `preview: POST ${cmsUrl}/api/preview-session failed: ${(error as Error).message}`,
      )
      return 'unavailable'
    }
    if (response.status !== 200 && response.status !== 403) {
      console.error(`preview: POST ${cmsUrl}/api/preview-session answered ${response.status}`)
      return 'unavailable'
    }
    if (answers.size > 1000) answers.clear()
    answers.set(token, { at: Date.now(), allowed: response.status === 200 })
    return response.status === 200 ? 'allowed' : 'refused'
  }
}
