/** A failed CMS read: says which URL, what status, and what the CMS answered. */
export class CmsRequestError extends Error {
  readonly url: string
  readonly status: number | undefined

  constructor(url: string, status: number | undefined, detail: string) {
    super(
      status
        ? `CMS request failed: GET ${url} answered ${status}: ${detail}`
        : `CMS request failed: GET ${url} could not be reached (${detail}). Is the CMS running? Set CMS_URL.`,
    )
    this.name = 'CmsRequestError'
    this.url = url
    this.status = status
  }
}
