/**
 * Build-time configuration, from the environment (see the README "Configuration" table):
 * - CMS_URL: where the CMS REST API is read at build time and where forms post.
 * - SITE_URL: the public origin of the site (canonical URLs, sitemap, OpenGraph).
 */
const origin = (value: string | undefined, fallback: string) =>
  (value || fallback).replace(/\/+$/, '')

export const CMS_URL = origin(process.env.CMS_URL, 'http://localhost:3000')
export const SITE_URL = origin(process.env.SITE_URL, 'http://localhost:4321')

/** Absolute URL on the public site for a site path ('/blog/x/'). */
export const absoluteUrl = (path: string) =>
  /^https?:\/\//.test(path) ? path : `${SITE_URL}${path.startsWith('/') ? '' : '/'}${path}`
