// One URL rule for every link an editor types (audit F8): the CMS refuses script and data URLs on
// save, with the French message on the field, wherever an href comes from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { unsafeUrlMessage } from '@vitrine/contracts'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { lexical, seedArticle, seedUsers } from './helpers/fixtures'

let payload: Payload
let users: Awaited<ReturnType<typeof seedUsers>>
let categoryId: number | string

const BAD = [
  'javascript:alert(document.domain)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '//evil.example/',
]

const link = (url: string) => ({ label: 'Lien', url })

/** The save of `run` fails with the link message (and names the field when Payload says which). */
const refused = async (run: () => Promise<unknown>, path?: string) => {
  const error = (await run().then(
    () => null,
    (e: unknown) => e,
  )) as { data?: { errors?: { path: string; message: string }[] }; message?: string } | null
  expect(error, 'the save should have been refused').not.toBeNull()
  const errors = error!.data?.errors ?? []
  const text = `${error!.message} ${errors.map((e) => `${e.path}: ${e.message}`).join(' | ')}`
  if (path)
    expect(
      errors.some((e) => e.path === path && e.message === unsafeUrlMessage),
      text,
    ).toBe(true)
  return text
}

const saveSettings = (data: Record<string, unknown>) =>
  payload.updateGlobal({
    slug: 'site-settings',
    data: data as never,
    user: users.editor,
    overrideAccess: false,
  })

const savePage = (layout: unknown[]) =>
  payload.create({
    collection: 'pages',
    data: {
      title: 'Page de test',
      slug: `page-${Math.random().toString(36).slice(2)}`,
      layout,
      _status: 'published',
    } as never,
    user: users.editor,
    overrideAccess: false,
  })

const richTextWithLink = (url: string) => {
  const doc = lexical('Voir ')
  ;(doc.root.children[0]!.children as unknown[]).push({
    type: 'link',
    version: 3,
    format: '',
    indent: 0,
    direction: 'ltr',
    fields: { linkType: 'custom', url, newTab: false },
    children: [
      { type: 'text', text: 'ici', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
    ],
  })
  return doc
}

beforeAll(async () => {
  payload = await bootPayload()
  users = await seedUsers(payload)
  ;({
    category: { id: categoryId },
  } = await seedArticle(payload))
})
afterAll(async () => {
  await shutdownPayload(payload)
})

describe('site settings links', () => {
  const fields: [string, (url: string) => Record<string, unknown>, string][] = [
    ['main menu', (url) => ({ navigation: [link(url)] }), 'navigation.0.url'],
    ['menu buttons', (url) => ({ navCtas: [link(url)] }), 'navCtas.0.url'],
    [
      'announcement fallback',
      (url) => ({ announcement: { fallback: link(url) } }),
      'announcement.fallback.url',
    ],
    [
      'footer links',
      (url) => ({ footerColumns: [{ title: 'Col', links: [link(url)] }] }),
      'footerColumns.0.links.0.url',
    ],
    ['legal links', (url) => ({ legalLinks: [link(url)] }), 'legalLinks.0.url'],
    ['default CTA', (url) => ({ defaultCta: { title: 'CTA', ...link(url) } }), 'defaultCta.url'],
  ]
  it.each(fields)(
    '%s refuse script, data and protocol-relative URLs',
    async (_name, data, path) => {
      for (const url of BAD) await refused(() => saveSettings(data(url)), path)
    },
  )

  it('good links are still saved', async () => {
    const saved = await saveSettings({
      navigation: [
        link('/blog/'),
        link('#offres'),
        link('https://example.fr/'),
        link('mailto:a@b.fr'),
        link('tel:+33100000000'),
      ],
    })
    expect((saved as { navigation: { url: string }[] }).navigation.map((n) => n.url)).toEqual([
      '/blog/',
      '#offres',
      'https://example.fr/',
      'mailto:a@b.fr',
      'tel:+33100000000',
    ])
  })
})

describe('page blocks and rich text', () => {
  it('hero actions, card grids and CTA banners refuse javascript: links', async () => {
    for (const url of BAD) {
      await refused(
        () => savePage([{ blockType: 'hero', title: 'Titre', actions: [link(url)] }]),
        'layout.0.actions.0.url',
      )
      await refused(
        () =>
          savePage([
            { blockType: 'cardGrid', source: 'manual', cards: [{ title: 'Carte', ...link(url) }] },
          ]),
        'layout.0.cards.0.url',
      )
      await refused(
        () =>
          savePage([{ blockType: 'ctaBanner', title: 'CTA', buttonLabel: 'Go', buttonUrl: url }]),
        'layout.0.buttonUrl',
      )
    }
  })

  it('rich-text links refuse javascript: URLs', async () => {
    for (const url of BAD) {
      await refused(() =>
        payload.create({
          collection: 'articles',
          data: {
            title: 'Article',
            excerpt: 'Chapô',
            category: categoryId,
            body: richTextWithLink(url),
            _status: 'published',
          } as never,
          user: users.editor,
          overrideAccess: false,
        }),
      )
    }
    const ok = await payload.create({
      collection: 'articles',
      data: {
        title: 'Article lien',
        excerpt: 'Chapô',
        category: categoryId,
        body: richTextWithLink('/contact/'),
        _status: 'published',
      } as never,
      user: users.editor,
      overrideAccess: false,
    })
    expect(ok.id).toBeTruthy()
  })

  it('webinar replay links refuse javascript: URLs', async () => {
    const doc = await payload.create({
      collection: 'webinars',
      data: {
        title: 'Webinaire',
        summary: 'Résumé',
        startsAt: new Date(Date.now() - 86_400_000).toISOString(),
        durationMinutes: 45,
        _status: 'published',
      } as never,
    })
    await refused(
      () =>
        payload.update({
          collection: 'webinars',
          id: doc.id,
          data: { replayUrl: BAD[0] } as never,
          user: users.editor,
          overrideAccess: false,
        }),
      'replayUrl',
    )
  })
})

describe('redirects', () => {
  it('a custom redirect target refuses javascript: and off-site protocol-relative URLs', async () => {
    for (const url of BAD) {
      await refused(
        () =>
          payload.create({
            collection: 'redirects',
            data: {
              from: `/ancien-${Math.random().toString(36).slice(2)}/`,
              to: { type: 'custom', url },
              type: '301',
            } as never,
            user: users.editor,
            overrideAccess: false,
          }),
        'to.url',
      )
    }
  })
})
