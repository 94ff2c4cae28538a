import { describe, expect, it } from 'vitest'
import { renderRichText } from './richtext'

const link = (url: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [
          {
            type: 'link',
            version: 3,
            direction: 'ltr',
            format: '',
            indent: 0,
            fields: { linkType: 'custom', url, newTab: false },
            children: [
              {
                type: 'text',
                version: 1,
                text: 'ici',
                format: 0,
                detail: 0,
                mode: 'normal',
                style: '',
              },
            ],
          },
        ],
      },
    ],
  },
})

describe('rich-text links from bad stored data', () => {
  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x', '//evil.example/'])(
    'renders no href for %j',
    (url) => {
      const html = renderRichText(link(url), { now: new Date(), media: [] } as never)
      expect(html).toContain('ici')
      expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):|href="\/\//i)
    },
  )

  it('keeps a site link', () => {
    expect(renderRichText(link('/contact/'), { now: new Date(), media: [] } as never)).toContain(
      'href="/contact/"',
    )
  })
})
