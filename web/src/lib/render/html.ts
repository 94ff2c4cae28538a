import { safeUrl } from '@vitrine/contracts'

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

/** The one link rule of @vitrine/contracts (site paths, #anchors, http(s), mailto, tel); else '#'. */
export const safeHref = (href: string | null | undefined): string => safeUrl(href) ?? '#'

/** True for links that leave the site (shown with rel="noopener"). */
export const isExternal = (href: string) => /^https?:\/\//i.test(href)
