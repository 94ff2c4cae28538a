/** Escapes text for HTML content and double-quoted attributes. */
export const escapeHtml = (value: unknown): string =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

/** A textarea value as paragraphs (blank line = new paragraph, newline = <br>). */
export const paragraphsHtml = (text: string | null | undefined, className?: string): string =>
  String(text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(
      (p) =>
        `<p${className ? ` class="${className}"` : ''}>${p.split('\n').map(escapeHtml).join('<br>')}</p>`,
    )
    .join('')

/** Only site paths, http(s), mailto and tel links; anything else becomes '#'. */
export const safeHref = (href: string | null | undefined): string => {
  const value = String(href ?? '').trim()
  if (/^(\/|#|https?:\/\/|mailto:|tel:)/i.test(value)) return value
  return '#'
}

/** True for links that leave the site (shown with rel="noopener"). */
export const isExternal = (href: string) => /^https?:\/\//i.test(href)
