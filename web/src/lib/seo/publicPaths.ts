/**
 * Where each document lives on the site (French URLs, trailing slash). Mirrors
 * cms/src/lib/publicPath.ts, which the CMS uses for previews and the SEO plugin.
 */
export const paths = {
  home: '/',
  blog: '/blog/',
  blogPage: (page: number) => (page <= 1 ? '/blog/' : `/blog/page/${page}/`),
  article: (slug: string) => `/blog/${slug}/`,
  category: (slug: string, page = 1) =>
    page <= 1 ? `/blog/categorie/${slug}/` : `/blog/categorie/${slug}/page/${page}/`,
  whitePapers: '/livres-blancs/',
  whitePaper: (slug: string) => `/livres-blancs/${slug}/`,
  webinars: '/webinaires/',
  webinar: (slug: string) => `/webinaires/${slug}/`,
  freelancers: '/freelances/',
  freelancer: (slug: string) => `/freelances/${slug}/`,
  freelancersBySpecialty: (value: string) => `/freelances/specialite/${value}/`,
  freelancersByRegion: (value: string) => `/freelances/region/${value}/`,
  page: (slug: string) => (slug === 'accueil' ? '/' : `/${slug}/`),
  search: '/recherche/',
  rss: '/blog/rss.xml',
  privacy: '/politique-de-confidentialite/',
  diagnostic: '/diagnostic-gratuit/',
  join: '/rejoindre-le-reseau/',
  contact: '/contact/',
} as const

/** Path of a document of a CMS collection (for internal links and redirects). */
export const pathFor = (
  collection: string,
  slug: string | null | undefined,
): string | undefined => {
  if (!slug) return undefined
  switch (collection) {
    case 'articles':
      return paths.article(slug)
    case 'categories':
      return paths.category(slug)
    case 'white-papers':
      return paths.whitePaper(slug)
    case 'webinars':
      return paths.webinar(slug)
    case 'freelancers':
      return paths.freelancer(slug)
    case 'pages':
      return paths.page(slug)
    default:
      return undefined
  }
}

/** Site paths a CMS page slug may not take (they belong to the site's own sections). */
export const reservedSlugs = new Set([
  'accueil',
  'blog',
  'livres-blancs',
  'webinaires',
  'freelances',
  'merci',
  'recherche',
  'media',
  'pagefind',
  '_pagefind',
  '404',
])
