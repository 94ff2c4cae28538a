import type { APIRoute } from 'astro'
import { loadSite } from '../lib/data/content'
import { absoluteUrl } from '../lib/config'
import { escapeHtml } from '../lib/render/html'
import { sitemapEntries } from '../lib/seo/routes'

export const GET: APIRoute = async () => {
  const site = await loadSite()
  const urls = sitemapEntries(site)
    .map(
      (e) =>
        `  <url><loc>${escapeHtml(absoluteUrl(e.path))}</loc>${e.lastmod ? `<lastmod>${e.lastmod.slice(0, 10)}</lastmod>` : ''}</url>`,
    )
    .join('\n')
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
