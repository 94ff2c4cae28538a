// A page's slug is its address on the site: the CMS refuses the addresses the site keeps for its
// own sections (the site would otherwise drop such a page without a word).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ValidationError, type Payload } from 'payload'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { cleanupUsers, lexical, seedUsers } from './helpers/fixtures'

let payload: Payload
let users: Awaited<ReturnType<typeof seedUsers>>

beforeAll(async () => {
  payload = await bootPayload()
  users = await seedUsers(payload)
})
afterAll(async () => {
  await cleanupUsers(payload, users)
  await shutdownPayload(payload)
})

const asEditor = () => ({ user: users.editor, overrideAccess: false }) as const
const pageData = (title: string, slug?: string) =>
  ({
    title,
    ...(slug ? { slug } : {}),
    layout: [{ blockType: 'richContent', content: lexical('Texte.') }],
  }) as never

const slugError = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ValidationError)
  const field = (error as ValidationError).data.errors.find((e) => e.path === 'slug')
  expect(field, 'the error is on the slug field').toBeDefined()
  return field!.message
}

describe('reserved page slugs', () => {
  it.each(['blog', 'webinaires', 'livres-blancs', 'freelances', 'merci', 'recherche'])(
    'an editor cannot give a page the address of the site section /%s/',
    async (slug) => {
      const message = await slugError(
        payload.create({ collection: 'pages', data: pageData('Ma page', slug), ...asEditor() }),
      )
      expect(message).toContain(`« ${slug} »`)
      expect(message).toMatch(/réservée/)
      const stored = await payload.find({ collection: 'pages', where: { slug: { equals: slug } } })
      expect(stored.totalDocs).toBe(0)
    },
  )

  it('a title that slugifies to a reserved address is refused too', async () => {
    const message = await slugError(
      payload.create({ collection: 'pages', data: pageData('Média'), ...asEditor() }),
    )
    expect(message).toContain('« media »')
  })

  it('renaming an existing page to a reserved address is refused', async () => {
    const page = await payload.create({
      collection: 'pages',
      data: pageData('À propos', 'a-propos'),
      ...asEditor(),
    })
    await slugError(
      payload.update({
        collection: 'pages',
        id: page.id,
        data: { slug: '404' } as never,
        ...asEditor(),
      }),
    )
    expect((await payload.findByID({ collection: 'pages', id: page.id })).slug).toBe('a-propos')
  })

  it('the home page keeps its slug « accueil », and ordinary addresses are accepted', async () => {
    const home = await payload.create({
      collection: 'pages',
      data: pageData('Accueil', 'accueil'),
      ...asEditor(),
    })
    expect(home.slug).toBe('accueil')
    const services = await payload.create({
      collection: 'pages',
      data: pageData('Nos services', 'blog-et-services'),
      ...asEditor(),
    })
    expect(services.slug).toBe('blog-et-services')
  })
})
