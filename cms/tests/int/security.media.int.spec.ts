// A freelancer's photo is listed and served anonymously only while the profile is public
// (published and consenting); the team still sees it, other images stay public.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { pngFile } from './helpers/fixtures'
import { callApi } from './helpers/leads'
import { cmsUrl } from '../../src/lib/urls'

let payload: Payload

const get = (path: string) => callApi(new Request(`${cmsUrl}/api${path}`))
const listed = async (id: unknown) => {
  const res = await get(`/media?limit=100&depth=0`)
  expect(res.status).toBe(200)
  return ((await res.json()) as { docs: { id: unknown }[] }).docs.some((doc) => doc.id === id)
}
const served = async (filename: string) => (await get(`/media/file/${filename}`)).status

const profile = (photo: unknown, overrides: Record<string, unknown> = {}) => ({
  firstName: `Aurélie-${Math.random().toString(36).slice(2, 6)}`,
  lastInitial: 'M',
  role: 'office-manager',
  specialties: ['rh'],
  region: 'bretagne',
  joinedAt: '2024-09-01T00:00:00.000Z',
  story: 'Parcours',
  photo,
  publicationConsent: true,
  _status: 'published',
  ...overrides,
})

beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => shutdownPayload(payload))

describe('freelancer photos', () => {
  it('listed and served while the profile is public, neither once consent is withdrawn', async () => {
    const photo = await payload.create({
      collection: 'media',
      data: { alt: 'Portrait' },
      file: await pngFile('portrait.png'),
    })
    const freelancer = await payload.create({
      collection: 'freelancers',
      data: profile(photo.id) as never,
      context: { skipSideEffects: true },
    })
    expect(await listed(photo.id)).toBe(true)
    expect(await served(photo.filename!)).toBe(200)

    await payload.update({
      collection: 'freelancers',
      id: freelancer.id,
      data: { publicationConsent: false } as never,
      context: { skipSideEffects: true },
    })
    expect(await listed(photo.id)).toBe(false)
    expect(await served(photo.filename!)).not.toBe(200)
    const variant = Object.values(photo.sizes ?? {}).find((size) => size?.filename)?.filename
    expect(variant).toBeTruthy()
    expect(await served(variant!)).not.toBe(200)
    // The team still sees it in the media library.
    const asEditor = await payload.find({
      collection: 'media',
      where: { id: { equals: photo.id } },
      overrideAccess: false,
      user: {
        ...(await payload.create({
          collection: 'users',
          data: { email: 'm@test.vitrine', password: 'test-password-1', name: 'M', role: 'editor' },
        })),
        collection: 'users',
      },
    })
    expect(asEditor.totalDocs).toBe(1)
  })

  it('the photo of a profile never published is not public', async () => {
    const photo = await payload.create({
      collection: 'media',
      data: { alt: 'Brouillon' },
      file: await pngFile('brouillon.png'),
    })
    await payload.create({
      collection: 'freelancers',
      data: profile(photo.id, { _status: 'draft' }) as never,
      draft: true,
      context: { skipSideEffects: true },
    })
    expect(await listed(photo.id)).toBe(false)
    expect(await served(photo.filename!)).not.toBe(200)
  })

  it('other images stay public', async () => {
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Bureau' },
      file: await pngFile('bureau.png'),
    })
    expect(await listed(image.id)).toBe(true)
    expect(await served(image.filename!)).toBe(200)
  })
})
