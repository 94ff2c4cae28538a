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

/** Absolute URL on the public site for a site path ('/blog/x/'). */
export const absoluteUrl = (path: string) =>
  /^https?:\/\//.test(path) ? path : `${SITE_URL}${path.startsWith('/') ? '' : '/'}${path}`
