/** Where a document lives on the public site (French URLs, trailing slash). */
export const publicPath = (collection: string, slug?: string | null): string => {
  if (!slug) return '/'
  switch (collection) {
    case 'articles':
      return `/blog/${slug}/`
    case 'white-papers':
      return `/livres-blancs/${slug}/`
    case 'webinars':
      return `/webinaires/${slug}/`
    case 'freelancers':
      return `/freelances/${slug}/`
    case 'categories':
      return `/blog/categorie/${slug}/`
    case 'pages':
      return slug === 'accueil' ? '/' : `/${slug}/`
    default:
      return '/'
  }
}
