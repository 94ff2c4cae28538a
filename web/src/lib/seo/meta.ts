/** Titles and descriptions: the SEO plugin's `meta` first, then the document's own fields. */

type Meta = { title?: string | null; description?: string | null } | null | undefined

const clip = (text: string, max: number) => {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : cut.length)}…`
}

export const seoTitle = (meta: Meta, title: string, siteName: string) =>
  meta?.title?.trim() || `${title} | ${siteName}`

export const seoDescription = (meta: Meta, ...fallbacks: (string | null | undefined)[]) =>
  clip(meta?.description?.trim() || fallbacks.find((f) => f && f.trim()) || '', 160)

export type OgImage = { url: string; width?: number | null; height?: number | null; alt?: string }

export type Seo = {
  title: string
  description: string
  /** Site path of the canonical URL ('/blog/x/'). */
  path: string
  image?: OgImage
  type?: 'website' | 'article' | 'profile'
  noindex?: boolean
  publishedTime?: string | null
  modifiedTime?: string | null
}
