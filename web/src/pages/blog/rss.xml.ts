import type { APIRoute } from 'astro'
import { loadSite } from '../../lib/data/content'
import { absoluteUrl } from '../../lib/config'
import { escapeHtml } from '../../lib/render/html'
import { paths } from '../../lib/seo/publicPaths'

/** RSS 2.0 feed of the articles, newest first. */
export const GET: APIRoute = async () => {
  const site = await loadSite()
  const items = site.articles
    .slice(0, 50)
    .map((a) => {
      const url = absoluteUrl(paths.article(a.slug!))
      const category = site.category(a.category)
      return [
        '    <item>',
        `      <title>${escapeHtml(a.title)}</title>`,
        `      <link>${url}</link>`,
        `      <guid isPermaLink="true">${url}</guid>`,
        a.publishedAt ? `      <pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate>` : '',
        `      <description>${escapeHtml(a.excerpt)}</description>`,
        category ? `      <category>${escapeHtml(category.title)}</category>` : '',
        a.author?.name ? `      <dc:creator>${escapeHtml(a.author.name)}</dc:creator>` : '',
        '    </item>',
      ]
        .filter(Boolean)
        .join('\n')
    })
    .join('\n')
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeHtml(`Le blog de ${site.settings.siteName}`)}</title>
    <link>${absoluteUrl(paths.blog)}</link>
    <description>${escapeHtml(site.settings.tagline ?? 'Articles et conseils')}</description>
    <language>fr-FR</language>
    <atom:link href="${absoluteUrl(paths.rss)}" rel="self" type="application/rss+xml"/>
${site.articles[0]?.publishedAt ? `    <lastBuildDate>${new Date(site.articles[0].publishedAt).toUTCString()}</lastBuildDate>\n` : ''}${items}
  </channel>
</rss>
`
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
