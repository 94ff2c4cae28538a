/**
 * Build-time configuration, from the environment (see the README "Configuration" table):
 * - CMS_URL: where the CMS REST API is read at build time and where forms post.
 * - SITE_URL: the public origin of the site (canonical URLs, sitemap, OpenGraph).
 */
const origin = (value: string | undefined, fallback: string) =>
  (value || fallback).replace(/\/+$/, '')

export const CMS_URL = origin(process.env.CMS_URL, 'http://localhost:3000')
export const SITE_URL = origin(process.env.SITE_URL, 'http://localhost:4321')

/**
 * Draft-preview mode (`astro dev` started with VITRINE_PREVIEW=1, docs/adr/0007-draft-preview.md):
 * the loaders read the latest drafts with PREVIEW_SECRET, pages carry noindex and a banner.
 */
export const PREVIEW = process.env.VITRINE_PREVIEW === '1'

/** Where `astro build` writes the site (the publisher gives each release its own OUT_DIR). */
export const OUT_DIR = process.env.OUT_DIR || 'dist'

/** The preview server's read-only credential for the CMS (VITRINE_PREVIEW=1 only). */
export const PREVIEW_SECRET = process.env.PREVIEW_SECRET || undefined

/** The build's "now" (webinars upcoming or past); BUILD_NOW pins it for tests. */
export const buildNow = () => (process.env.BUILD_NOW ? new Date(process.env.BUILD_NOW) : new Date())

/** CMS_FULL_SYNC=1: the loaders re-read every document, not only the changed ones. */
export const fullSyncRequested = () => process.env.CMS_FULL_SYNC === '1'

/** Absolute URL on the public site for a site path ('/blog/x/'). */
export const absoluteUrl = (path: string) =>
  /^https?:\/\//.test(path) ? path : `${SITE_URL}${path.startsWith('/') ? '' : '/'}${path}`

/**
 * `astro check` in `npm test`'s lint stage (VITRINE_TYPES_ONLY=1): the loaders read nothing, so the
 * content types are generated without a running CMS and the data store is left as it was.
 */
export const TYPES_ONLY = process.env.VITRINE_TYPES_ONLY === '1'
