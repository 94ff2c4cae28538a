/**
 * Where each document lives on the public site (French URLs, trailing slash): the one URL map,
 * used by the site for every link and by the CMS for previews, e-mails and the SEO plugin.
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
  page: (slug: string) => (slug === HOME_PAGE_SLUG ? '/' : `/${slug}/`),
  search: '/recherche/',
  rss: '/blog/rss.xml',
  privacy: '/politique-de-confidentialite/',
  diagnostic: '/diagnostic-gratuit/',
  join: '/rejoindre-le-reseau/',
  contact: '/contact/',
} as const

/** The CMS page shown at `/`. */
export const HOME_PAGE_SLUG = 'accueil'

/** Path of a document of a CMS collection (undefined: the collection has no public page). */
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

/**
 * First path segments the site keeps for its own sections and files: a CMS page may not take
 * them as its slug (the CMS refuses them; the site would otherwise not build such a page).
 */
export const reservedPageSlugs: readonly string[] = [
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
]
