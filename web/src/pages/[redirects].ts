import type { APIRoute, GetStaticPaths } from 'astro'
import { loadSite } from '../lib/data/content'
import { resolvedRedirects } from '../lib/seo/routes'

/** `/_redirects` (Netlify format, read by the publisher's static server): `from to status`. */
export const getStaticPaths = (() => [
  { params: { redirects: '_redirects' } },
]) satisfies GetStaticPaths

export const GET: APIRoute = async () => {
  const site = await loadSite()
  const lines = resolvedRedirects(site).map((r) => `${r.from} ${r.to} ${r.status}`)
  return new Response(`# Redirects from the CMS (plugin-redirects)\n${lines.join('\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
