import { afterAll, describe, expect, it } from 'vitest'
import * as pagefind from 'pagefind'
import { searchDocument } from './searchDocument'

/** A page shaped like the site's (Base.astro): chrome around one `data-pagefind-body` element. */
const page = (title: string, body: string, extra = '') => `<!doctype html>
<html lang="fr" dir="ltr"><head><meta charset="utf-8"><title>${title} | Vitrine</title>
<meta name="description" content="Résumé de ${title}"><script type="application/ld+json">{"@type":"Organization"}</script></head>
<body><a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header"><nav aria-label="Menu principal"><a href="/blog/">Blog</a><a href="/recherche/">Rechercher</a></nav></header>
<main id="contenu" tabindex="-1">${extra}<div class="container with-sidebar">${body}
<aside class="sidebar" data-pagefind-ignore><article class="card"><h3>Autre article sur la prospection</h3></article></aside></div></main>
<footer class="site-footer"><div class="lead-form" data-pagefind-ignore><form><label>E-mail professionnel</label><input name="email"></form></div>
<p>© 2026 Vitrine, cabinet de conseil</p></footer></body></html>`

const article = (n: number) =>
  page(
    `Article ${n}`,
    `<article class="article" data-pagefind-body><header><p class="eyebrow"><a href="/blog/categorie/vente/">Vente</a></p>
<h1>Prospection commerciale ${n} : la méthode</h1><p class="article-lead">Relancer sans lasser, exemple ${n}.</p></header>
<img src="/media/hero-${n}.webp" alt="Une équipe en réunion ${n}">
<h2 id="etape">Première étape</h2><p>Qualifier le fichier client ${n} avant la campagne de relance.</p>
<article class="embedded-card"><h3>Livre blanc ${n}</h3><p>Le guide de la relance</p></article>
<div class="lead-form" data-pagefind-ignore><form><label>Votre besoin</label></form></div>
<h2 id="suite">Mesurer</h2><p>Taux de réponse et rendez-vous obtenus, semaine après semaine.</p></article>`,
  )
const listing = page('Blog', '<p>Tous nos articles</p>')
const cmsPage = (n: number) =>
  page(
    `Page ${n}`,
    '',
    `<section data-pagefind-body=""><h1>Nos offres ${n}</h1><p>Accompagnement des équipes commerciales.</p></section>`,
  )

const pages: [string, string][] = [
  ...Array.from({ length: 12 }, (_, n) => [`/blog/article-${n}/`, article(n)] as [string, string]),
  ...Array.from({ length: 3 }, (_, n) => [`/offres-${n}/`, cmsPage(n)] as [string, string]),
  ['/blog/', listing],
]

afterAll(() => pagefind.close())

describe('searchDocument', () => {
  it('keeps the head and the searchable element, drops the chrome around it', () => {
    const doc = searchDocument(article(1))!
    expect(doc).toContain('<title>Article 1 | Vitrine</title>')
    expect(doc).toContain('Prospection commerciale 1 : la méthode')
    // The nested card and the ignored form inside the body stay (Pagefind skips the form).
    expect(doc).toContain('<article class="embedded-card"><h3>Livre blanc 1</h3>')
    expect(doc).toContain('Taux de réponse et rendez-vous obtenus')
    expect(doc).not.toContain('Menu principal')
    expect(doc).not.toContain('Autre article sur la prospection')
    expect(doc).not.toContain('cabinet de conseil')
    expect(doc.length).toBeLessThan(article(1).length)
  })

  it('skips pages without a searchable element and hands over whole pages Pagefind reads whole', () => {
    expect(searchDocument(listing)).toBeNull()
    const filtered = article(2).replace(
      '<footer',
      '<span data-pagefind-filter="type:article"></span><footer',
    )
    expect(searchDocument(filtered)).toBe(filtered)
    const unbalanced = '<html><head></head><body><main data-pagefind-body><p>x</p></body></html>'
    expect(searchDocument(unbalanced)).toBe(unbalanced)
  })

  it('gives Pagefind the same index as the whole pages, file for file', async () => {
    const write = async (content: (html: string) => string | null) => {
      const { index } = await pagefind.createIndex({})
      for (const [url, html] of pages) {
        const doc = content(html)
        if (doc) await index!.addHTMLFile({ url, content: doc })
      }
      const { files } = await index!.getFiles()
      await index!.deleteIndex()
      return new Map(files.map((f) => [f.path, Buffer.from(f.content).toString('base64')]))
    }
    // Pagefind over whole pages drops those without data-pagefind-body once one page has it.
    const whole = await write((html) => html)
    const cut = await write(searchDocument)
    expect([...cut.keys()].sort()).toEqual([...whole.keys()].sort())
    for (const [file, bytes] of whole) expect(cut.get(file), file).toBe(bytes)
    expect([...whole.keys()].some((f) => f.includes('fragment'))).toBe(true)
  })
})
