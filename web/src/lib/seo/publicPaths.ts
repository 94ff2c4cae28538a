import { HOME_PAGE_SLUG, reservedPageSlugs } from '@vitrine/contracts/public-paths'

// The URL map lives in @vitrine/contracts (the CMS uses the same one).
export { paths, pathFor } from '@vitrine/contracts/public-paths'

/** Page slugs `[slug].astro` does not build: the home page (at `/`) and the site's sections. */
export const reservedSlugs = new Set([HOME_PAGE_SLUG, ...reservedPageSlugs])
