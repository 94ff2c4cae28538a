/**
 * The one rule for every link an editor can type (menus, buttons, CTAs, footer, redirects, rich
 * text): `http(s)://host…`, `mailto:`, `tel:`, a site path (`/…`, not `//…`) or an `#anchor`.
 * Anything else (`javascript:`, `data:`, `vbscript:`, protocol-relative `//host`, backslashes,
 * control characters or whitespace hidden inside the scheme) is refused by the CMS on save and
 * replaced by the site when it renders (docs/adr/0014-links-and-headers.md).
 */

/** The French message shown on the field when a link is refused. */
export const unsafeUrlMessage =
  'Lien refusé : saisissez une adresse du site (/contact/), une ancre (#offres), une adresse https://…, mailto: ou tel:.'

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

/** The link as it will be written in `href`, or null when the rule refuses it. */
export const safeUrl = (value: unknown): string | null => {
  if (typeof value !== 'string') return null
  // Browsers drop leading/trailing whitespace and ignore tabs/newlines inside a URL: refuse any
  // control character or whitespace inside, trim only the ends.
  const url = value.trim()
  if (
    !url ||
    url.length > 2000 ||
    /[\u0000-\u0020\u007f-\u009f\u00a0\u2000-\u200f\u2028\u2029\ufeff\\]/.test(url)
  )
    return null
  if (url.startsWith('#')) return url
  if (url.startsWith('/')) return url.startsWith('//') ? null : url
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase()
  if (!scheme || !ALLOWED_SCHEMES.has(scheme)) return null
  if (scheme === 'http' || scheme === 'https') {
    try {
      const parsed = new URL(url)
      if (!/^https?:\/\/[^/?#]/i.test(url) || !parsed.hostname) return null
    } catch {
      return null
    }
  }
  return url.length > scheme.length + 1 ? url : null
}

/** True when `value` is a link the site may write in an `href`. */
export const isSafeUrl = (value: unknown): boolean => safeUrl(value) !== null
