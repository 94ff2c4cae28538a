import { describe, expect, it } from 'vitest'
import type { Media } from '@vitrine/cms-client'
import { renderRichText, richTextFiles, richTextPlain, type RichTextContext } from './richtext'

const text = (value: string, format = 0) => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
})
const el = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
})
const block = (blockType: string, fields: Record<string, unknown>) => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: 'b1', blockName: '', blockType, ...fields },
})
const doc = (...children: unknown[]) => ({ root: el('root', children) })

const ctx: RichTextContext = {
  now: new Date('2026-11-26T12:00:00Z'),
  whitePapers: [
    {
      id: 3,
      title: 'Déléguer sans perdre la main',
      slug: 'deleguer',
      summary: 'La méthode en cinq étapes.',
    },
    { id: 1, title: 'Le guide du temps partagé', slug: 'guide', summary: 'Tout comprendre.' },
  ],
  webinars: [
    {
      id: 1,
      title: 'Live passé',
      slug: 'passe',
      summary: 'Déjà eu lieu.',
      startsAt: '2026-11-19T11:30:00.000Z',
      status: 'scheduled',
      durationMinutes: 30,
      replayUrl: 'https://video.example/replay',
    },
    {
      id: 2,
      title: 'Live de décembre',
      slug: 'decembre',
      summary: 'Bientôt.',
      startsAt: '2026-12-03T11:30:00.000Z',
      status: 'scheduled',
      durationMinutes: 30,
      replayUrl: null,
    },
    {
      id: 3,
      title: 'Live annulé',
      slug: 'annule',
      summary: 'Reporté.',
      startsAt: '2026-12-01T11:30:00.000Z',
      status: 'cancelled',
      durationMinutes: 30,
      replayUrl: null,
    },
  ],
  hrefFor: (relationTo, value) =>
    relationTo === 'articles' && String(value) === '7' ? '/blog/sept/' : undefined,
}

const render = (...nodes: unknown[]) => renderRichText(doc(...nodes), ctx)

describe('renderRichText: text', () => {
  it('renders headings, paragraphs with inline formats, lists and quotes semantically', () => {
    const html = render(
      el('heading', [text('Pourquoi')], { tag: 'h2' }),
      el('paragraph', [
        text('Du '),
        text('gras', 1),
        text(' et de l’'),
        text('italique', 2),
        text(' <échappé>'),
      ]),
      el(
        'list',
        [el('listitem', [text('un')], { value: 1 }), el('listitem', [text('deux')], { value: 2 })],
        { listType: 'bullet', tag: 'ul' },
      ),
      el('list', [el('listitem', [text('premier')], { value: 1 })], {
        listType: 'number',
        tag: 'ol',
      }),
      el('quote', [text('Une citation')]),
    )
    expect(html).toContain('<h2>Pourquoi</h2>')
    expect(html).toContain(
      '<p>Du <strong>gras</strong> et de l’<em>italique</em> &lt;échappé&gt;</p>',
    )
    expect(html).toContain('<ul><li>un</li><li>deux</li></ul>')
    expect(html).toContain('<ol><li>premier</li></ol>')
    expect(html).toContain('<blockquote>Une citation</blockquote>')
  })

  it('never emits an h1 (the page title is the h1) and drops empty paragraphs', () => {
    const html = render(el('heading', [text('Titre')], { tag: 'h1' }), el('paragraph', []))
    expect(html).toBe('<h2>Titre</h2>')
  })

  it('resolves internal links, keeps custom ones, and neutralises javascript: URLs', () => {
    const html = render(
      el('paragraph', [
        el('link', [text('interne')], {
          version: 3,
          fields: { linkType: 'internal', doc: { relationTo: 'articles', value: 7 } },
        }),
        el('link', [text('externe')], {
          version: 3,
          fields: { linkType: 'custom', url: 'https://example.org', newTab: true },
        }),
        el('link', [text('piège')], {
          version: 3,
          fields: { linkType: 'custom', url: 'javascript:alert(1)' },
        }),
      ]),
    )
    expect(html).toContain('<a href="/blog/sept/">interne</a>')
    expect(html).toContain(
      'href="https://example.org" rel="noopener noreferrer" target="_blank">externe</a>',
    )
    expect(html).not.toContain('javascript:')
  })

  it('returns an empty string for empty or missing content', () => {
    expect(renderRichText(null, ctx)).toBe('')
    expect(renderRichText(doc(), ctx)).toBe('')
  })

  it('extracts plain text', () => {
    expect(richTextPlain(doc(el('paragraph', [text('Un')]), el('paragraph', [text('Deux')])))).toBe(
      'Un\nDeux',
    )
  })
})

describe('renderRichText: blocks', () => {
  it('ctaBanner: title, text and a button to the given path', () => {
    const html = render(
      block('ctaBanner', {
        title: 'Il est temps',
        text: 'Parlons-en.',
        buttonLabel: 'Mon diagnostic',
        buttonUrl: '/diagnostic-gratuit/',
        style: 'brand',
      }),
    )
    expect(html).toContain('class="cta-banner cta-banner--brand"')
    expect(html).toContain('<p class="cta-banner__title">Il est temps</p>')
    expect(html).toContain('<p class="cta-banner__text">Parlons-en.</p>')
    expect(html).toMatch(
      /<a class="button [^"]+" href="\/diagnostic-gratuit\/">Mon diagnostic<\/a>/,
    )
  })

  it('valueProps: a titled list with one item per argument and its icon', () => {
    const html = render(
      block('valueProps', {
        title: 'Pourquoi nous',
        items: [
          { id: 'a', icon: 'users', title: 'Des ressources', text: 'La bonne personne.' },
          { id: 'b', icon: 'euro', title: 'Un budget maîtrisé', text: 'Les heures utiles.' },
        ],
      }),
    )
    expect(html).toContain('<h2 class="value-props__title">Pourquoi nous</h2>')
    expect(html.match(/<li class="value-prop">/g)).toHaveLength(2)
    expect(html).toContain('<h3 class="value-prop__title">Un budget maîtrisé</h3>')
    expect(html).toContain('aria-hidden="true"')
  })

  it('valueProps without a title does not create headings', () => {
    const html = render(
      block('valueProps', {
        items: [{ id: 'a', icon: 'clock', title: 'Souple', text: 'Chaque mois.' }],
      }),
    )
    expect(html).not.toMatch(/<h\d/)
    expect(html).toContain('<p class="value-prop__title">Souple</p>')
  })

  it('whitePaperPromo: resolves the chosen white paper from its id', () => {
    const html = render(block('whitePaperPromo', { whitePaper: 1, title: null }))
    expect(html).toContain('Le guide du temps partagé')
    expect(html).toContain('href="/livres-blancs/guide/"')
  })

  it('whitePaperPromo: empty (or unpublished) means the latest white paper', () => {
    expect(render(block('whitePaperPromo', { whitePaper: null }))).toContain(
      'href="/livres-blancs/deleguer/"',
    )
    expect(render(block('whitePaperPromo', { whitePaper: 99 }))).toContain(
      'href="/livres-blancs/deleguer/"',
    )
    expect(render(block('whitePaperPromo', { whitePaper: { id: 1, slug: 'guide' } }))).toContain(
      'href="/livres-blancs/guide/"',
    )
  })

  it('whitePaperPromo: renders nothing when no white paper is published', () => {
    expect(
      renderRichText(doc(block('whitePaperPromo', { whitePaper: null })), {
        ...ctx,
        whitePapers: [],
      }),
    ).toBe('')
  })

  it('webinarPromo: empty means the next open session, with its Paris date', () => {
    const html = render(block('webinarPromo', { webinar: null, title: 'Le live du jeudi' }))
    expect(html).toContain('Live de décembre')
    expect(html).toContain('jeudi 3 décembre 2026 à 12 h 30')
    expect(html).toContain('href="/webinaires/decembre/"')
    expect(html).not.toContain('Live annulé')
  })

  it('webinarPromo: a past webinar offers its replay, a cancelled one says so', () => {
    expect(render(block('webinarPromo', { webinar: 1 }))).toContain('Replay disponible')
    expect(render(block('webinarPromo', { webinar: 3 }))).toContain('Session annulée')
  })

  it('webinarPromo: without any upcoming session, links to the webinar list', () => {
    const html = renderRichText(doc(block('webinarPromo', { webinar: null })), {
      ...ctx,
      webinars: [],
    })
    expect(html).toContain('href="/webinaires/"')
  })

  it('quote: a figure with blockquote and attribution', () => {
    const html = render(
      block('quote', {
        style: 'quote',
        text: 'Rendre du temps.',
        author: 'Camille F.',
        role: 'Présidente',
      }),
    )
    expect(html).toBe(
      '<figure class="quote"><blockquote><p>Rendre du temps.</p></blockquote><figcaption><cite>Camille F.</cite>, Présidente</figcaption></figure>',
    )
  })

  it('callout: tip and warning are labelled notes', () => {
    const tip = render(block('quote', { style: 'tip', text: 'Pensez-y.' }))
    expect(tip).toContain('class="callout callout--tip" role="note"')
    expect(tip).toContain('Bon à savoir')
    expect(render(block('quote', { style: 'warning', text: 'Prudence.' }))).toContain('Attention')
  })

  it('unknown blocks render nothing rather than breaking the page', () => {
    expect(render(block('mystery', { x: 1 }))).toBe('')
  })
})

describe('renderRichText: uploads', () => {
  const media = {
    id: 4,
    alt: 'Un bureau',
    filename: 'bureau.jpg',
    mimeType: 'image/jpeg',
    url: '/api/media/file/bureau.jpg',
    width: 1600,
    height: 900,
    filesize: 1000,
    sizes: {
      avif480: {
        url: '/api/media/file/bureau-480x270.avif',
        width: 480,
        height: 270,
        filename: 'bureau-480x270.avif',
        filesize: 10,
      },
      webp480: {
        url: '/api/media/file/bureau-480x270.webp',
        width: 480,
        height: 270,
        filename: 'bureau-480x270.webp',
        filesize: 10,
      },
      jpeg960: {
        url: '/api/media/file/bureau-960x540.jpg',
        width: 960,
        height: 540,
        filename: 'bureau-960x540.jpg',
        filesize: 10,
      },
    },
  } as unknown as Media

  it('renders an upload as a local <picture> and lists its files', () => {
    const data = doc({ type: 'upload', version: 3, relationTo: 'media', value: 4, fields: null })
    const local = { ...ctx, media: new Map([['4', media]]) }
    const html = renderRichText(data, local)
    expect(html).toContain('<source type="image/avif" srcset="/media/bureau-480x270.avif 480w"')
    expect(html).toContain(
      'src="/media/bureau-960x540.jpg" width="1600" height="900" alt="Un bureau" loading="lazy"',
    )
    expect(html).not.toContain('/api/media')
    expect(richTextFiles(data, local).map((f) => f.filename)).toEqual([
      'bureau-480x270.avif',
      'bureau-480x270.webp',
      'bureau-960x540.jpg',
    ])
  })
})
