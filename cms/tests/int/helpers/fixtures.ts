import sharp from 'sharp'
import { renderPdf } from '../../../src/seed/pdf'
import type { Payload } from 'payload'
import type { User } from '@vitrine/cms-client'

export type Role = 'admin' | 'editor' | 'sales'

/** A small real PNG, as an upload from a form would bring it. */
export const pngFile = async (name = 'test.png') => {
  const data = await sharp({
    create: { width: 64, height: 48, channels: 3, background: '#0f4c5c' },
  })
    .png()
    .toBuffer()
  return { data: data as Buffer<ArrayBuffer>, mimetype: 'image/png', name, size: data.length }
}

/** A small real PDF (the seed's own writer). */
export const pdfFile = (name = 'test.pdf') => {
  const { buffer: data } = renderPdf({
    title: 'Document de test',
    sections: [{ paragraphs: ['Bonjour.'] }],
  })
  return { data: data as Buffer<ArrayBuffer>, mimetype: 'application/pdf', name, size: data.length }
}

/** One user per role; returns them with `collection` set, as the API does for a logged-in user. */
export const seedUsers = async (
  payload: Payload,
): Promise<Record<Role, User & { collection: 'users' }>> => {
  const users = {} as Record<Role, User & { collection: 'users' }>
  for (const role of ['admin', 'editor', 'sales'] as const) {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: `${role}-${Date.now()}@test.vitrine`,
        password: 'test-password-1',
        name: role,
        role,
      },
    })
    users[role] = { ...user, collection: 'users' }
  }
  return users
}

export const cleanupUsers = async (payload: Payload, users: Record<Role, User>) => {
  for (const user of Object.values(users))
    await payload.delete({ collection: 'users', id: user.id })
}

/** Minimal Lexical document with `words` words, for body fields. */
export const lexical = (text: string) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: [
      {
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        children: [
          { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
        ],
      },
    ],
  },
})

/** A published category + article pair, the minimum most tests need. */
export const seedArticle = async (payload: Payload, overrides: Record<string, unknown> = {}) => {
  const category = await payload.create({
    collection: 'categories',
    data: { title: `Catégorie ${Math.random()}` },
  })
  const article = await payload.create({
    collection: 'articles',
    draft: overrides._status === 'draft',
    data: {
      title: 'Article de test',
      excerpt: 'Un chapô de test.',
      body: lexical('Bonjour le monde'),
      category: category.id,
      _status: 'published',
      ...overrides,
    } as never,
  })
  return { category, article }
}

/** A REST token per seeded user (`Authorization: JWT <token>`), for calling endpoints as them. */
export const tokensFor = async (
  payload: Payload,
  users: Record<Role, User>,
): Promise<Record<Role, string>> => {
  const tokens = {} as Record<Role, string>
  for (const role of ['admin', 'editor', 'sales'] as const) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: users[role].email, password: 'test-password-1' },
    })
    tokens[role] = token!
  }
  return tokens
}

/** The user with a display name (the admin shows names, not addresses: owners, note authors). */
export const withName = async (
  payload: Payload,
  user: User,
  name: string,
): Promise<User & { collection: 'users' }> => ({
  ...(await payload.update({ collection: 'users', id: user.id, data: { name } })),
  collection: 'users',
})
