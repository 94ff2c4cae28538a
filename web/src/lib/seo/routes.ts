import { safeUrl } from '@vitrine/contracts'
import type { Site } from '../data/content'
import { freelancerFacets } from '../domain/freelancers'
import { laterPages } from './paginate'
import { placeholderPage, requiredForms } from '../domain/pages'
import { paths, reservedSlugs } from './publicPaths'

export type SitemapEntry = { path: string; lastmod?: string }

const latest = (dates: (string | null | undefined)[]) =>
  dates
    .filter((d): d is string => !!d)
    .sort()
    .at(-1)

/** CMS pages built at /<slug>/ (published, not reserved) plus required placeholders. */
export const cmsPages = (site: Site) => {
  const pages = site.pages.filter((p) => p.slug && !reservedSlugs.has(p.slug))
  const missing = Object.entries(requiredForms)
    .filter(([slug]) => !pages.some((p) => p.slug === slug))
    .map(([slug, form]) => placeholderPage(slug, form.title))
  return [...pages, ...missing]
}

/**
 * Every indexable page of the site (what sitemap.xml lists): published content only, since the
 * loaders read the CMS anonymously. Thank-you pages, search and redirects are left out.
 */
export const sitemapEntries = (site: Site): SitemapEntry[] => {
  const articlesUpdated = latest(site.articles.map((a) => a.updatedAt))
  const home = site.pages.find((p) => p.slug === 'accueil')
  const entries: SitemapEntry[] = [
    { path: '/', lastmod: latest([home?.updatedAt, articlesUpdated]) },
    ...cmsPages(site)
      .filter((p) => !String(p.id).startsWith('placeholder-'))
      .map((p) => ({ path: paths.page(p.slug!), lastmod: p.updatedAt })),
    ...cmsPages(site)
      .filter((p) => String(p.id).startsWith('placeholder-'))
      .map((p) => ({ path: paths.page(p.slug!) })),
    { path: paths.blog, lastmod: articlesUpdated },
    ...laterPages(site.articles.length).map((n) => ({
      path: paths.blogPage(n),
      lastmod: articlesUpdated,
    })),
    ...site.categories.flatMap((c) => {
      const inCategory = site.articlesIn(c)
      const lastmod = latest([c.updatedAt, ...inCategory.map((a) => a.updatedAt)])
      return [
        { path: paths.category(c.slug!), lastmod },
        ...laterPages(inCategory.length).map((n) => ({
          path: paths.category(c.slug!, n),
          lastmod,
        })),
      ]
    }),
    ...site.articles.map((a) => ({ path: paths.article(a.slug!), lastmod: a.updatedAt })),
    { path: paths.whitePapers, lastmod: latest(site.whitePapers.map((w) => w.updatedAt)) },
    ...site.whitePapers.map((w) => ({ path: paths.whitePaper(w.slug!), lastmod: w.updatedAt })),
    { path: paths.webinars, lastmod: latest(site.webinars.map((w) => w.updatedAt)) },
    ...site.webinars.map((w) => ({ path: paths.webinar(w.slug!), lastmod: w.updatedAt })),
    { path: paths.freelancers, lastmod: latest(site.freelancers.map((f) => f.updatedAt)) },
    ...freelancerFacets(site.freelancers).specialties.map((f) => ({
      path: paths.freelancersBySpecialty(f.value),
    })),
    ...freelancerFacets(site.freelancers).regions.map((f) => ({
      path: paths.freelancersByRegion(f.value),
    })),
    ...site.freelancers.map((f) => ({ path: paths.freelancer(f.slug!), lastmod: f.updatedAt })),
  ]
  return entries
}

/** Redirects from the CMS plugin, resolved to site paths; rules whose target is unknown are dropped. */
export const resolvedRedirects = (site: Site) =>
  site.redirects.flatMap((r) => {
    const from = r.from?.trim()
    if (!from?.startsWith('/')) return []
    const to =
      r.to?.type === 'reference' && r.to.reference
        ? site.hrefFor(r.to.reference.relationTo, r.to.reference.value)
        : r.to?.url?.trim() || undefined
    if (to && !safeUrl(to)) {
      console.warn(
        `redirects: ${from} points to a refused URL (not a site path or http(s)), skipped`,
      )
      return []
    }
    if (!to) {
      console.warn(`redirects: ${from} has no resolvable target (unpublished document?), skipped`)
      return []
    }
    return [{ from, to, status: r.type === '302' ? 302 : 301 }]
  })
