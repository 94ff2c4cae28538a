// Draft preview: who gets a link, what the link proves, and what the preview server may read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload, PayloadRequest } from 'payload'
import type { User } from '@vitrine/cms-client'
import { verifyPreviewToken as verifyOnPreviewServer } from '@vitrine/contracts/preview-token'
import { issuePreviewToken, previewSecret, verifyPreviewToken } from '../../src/lib/previewTokens'
import { previewUrl } from '../../src/lib/previewUrl'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { seedArticle, seedUsers, type Role } from './helpers/fixtures'

process.env.PREVIEW_URL = 'http://preview.test:4323/'

let payload: Payload
let users: Record<Role, User & { collection: 'users' }>
let draft: { id: number | string; slug?: string | null; title: string }

const linkFor = (user: unknown, doc: Record<string, unknown> = draft) =>
  previewUrl('articles')(doc, { locale: 'fr', token: null, req: { user } as PayloadRequest })

const reader = async (secret: string) =>
  (await payload.auth({ headers: new Headers({ authorization: `vitrine-preview ${secret}` }) }))
    .user

beforeAll(async () => {
  payload = await bootPayload()
  users = await seedUsers(payload)
  // Never published: only a draft exists.
  ;({ article: draft } = await seedArticle(payload, {
    title: 'Un brouillon jamais publié',
    _status: 'draft',
  }))
})
afterAll(async () => {
  await shutdownPayload(payload)
})

describe('preview links (admin « Aperçu » button)', () => {
  it('an editor gets the page of the draft on the preview server, with a token the server accepts', async () => {
    const url = new URL(String(await linkFor(users.editor)))
    expect(url.origin).toBe('http://preview.test:4323')
    expect(draft.slug).toBeTruthy()
    expect(url.pathname).toBe(`/blog/${draft.slug}/`)
    const claims = verifyOnPreviewServer(url.searchParams.get('preview'), previewSecret())
    expect(claims).toMatchObject({
      c: 'articles',
      id: String(draft.id),
      u: String(users.editor.id),
    })
    expect(claims!.exp - Date.now()).toBeGreaterThan(55 * 60 * 1000)
    expect(claims!.exp - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000)
  })

  it('admins get one too; sales and anonymous visitors get none', async () => {
    expect(await linkFor(users.admin)).toMatch(/\?preview=/)
    expect(await linkFor(users.sales)).toBeNull()
    expect(await linkFor(null)).toBeNull()
  })

  it('the link follows the slug of the draft being edited', async () => {
    const url = new URL(String(await linkFor(users.editor, { ...draft, slug: 'nouveau-titre' })))
    expect(url.pathname).toBe('/blog/nouveau-titre/')
  })

  it('expired, forged and tampered tokens are refused on both sides', () => {
    const secret = previewSecret()
    const claims = { c: 'articles', id: String(draft.id), u: String(users.editor.id) }
    const expired = issuePreviewToken(claims, Date.now() - 61 * 60 * 1000)
    const forged = issuePreviewToken(claims, Date.now(), 'not-the-secret')
    const good = issuePreviewToken(claims)
    const [body, signature] = good.split('.')
    const tampered = `${Buffer.from(JSON.stringify({ ...claims, exp: Date.now() + 9e9 })).toString('base64url')}.${signature}`
    for (const token of [expired, forged, tampered, `${body}.`, '', undefined, 'a.b.c']) {
      expect(verifyPreviewToken(token)).toBeNull()
      expect(verifyOnPreviewServer(token, secret)).toBeNull()
    }
    expect(verifyPreviewToken(good)).toMatchObject(claims)
  })
})

describe('the preview server’s credential (read-only preview reader)', () => {
  it('the preview secret signs in as the preview reader; a wrong one signs in as nobody', async () => {
    expect(await reader(previewSecret())).toMatchObject({ _strategy: 'preview-reader', role: null })
    expect(await reader('wrong-secret')).toBeNull()
  })

  it('reads drafts, including a never-published one, which anonymous readers cannot', async () => {
    const user = await reader(previewSecret())
    const asReader = await payload.find({
      collection: 'articles',
      draft: true,
      user,
      overrideAccess: false,
    })
    expect(asReader.docs.map((d) => d.id)).toContain(draft.id)
    const anonymous = await payload.find({
      collection: 'articles',
      draft: true,
      overrideAccess: false,
    })
    expect(anonymous.docs.map((d) => d.id)).not.toContain(draft.id)
  })

  it('cannot write content, nor read leads or team accounts', async () => {
    const user = await reader(previewSecret())
    await expect(
      payload.update({
        collection: 'articles',
        id: draft.id,
        data: { title: 'Piraté' },
        user,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.find({ collection: 'leads', user, overrideAccess: false }),
    ).rejects.toThrow()
    const team = await payload
      .find({ collection: 'users', user, overrideAccess: false })
      .catch(() => ({ docs: [] }))
    expect(team.docs).toHaveLength(0)
  })
})
