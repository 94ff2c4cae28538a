// RGPD answers a DPO can send: a readable French export, and an erasure that says what it will
// remove, then leaves a trace of who erased how much, when (never the erased data).
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { cleanupUsers, seedUsers, type Role, tokensFor, withName } from './helpers/fixtures'
import { callApi, uniqueEmail } from './helpers/leads'
import { cmsUrl } from '../../src/lib/urls'
import type { User } from '@vitrine/cms-client'

let payload: Payload
let users: Record<Role, User & { collection: 'users' }>
let tokens: Record<Role, string>
const consent = {
  noticeVersion: '2026-11',
  legalBasis: 'Intérêt légitime',
  at: '2026-11-30T09:00:00.000Z',
}

beforeAll(async () => {
  payload = await bootPayload()
  users = await seedUsers(payload)
  users.admin = await withName(payload, users.admin, 'Camille Ferrand')
  tokens = await tokensFor(payload, users)
})
afterAll(async () => {
  await cleanupUsers(payload, users)
  await shutdownPayload(payload)
})

const privacy = (action: string, body: unknown, role: Role = 'admin') =>
  callApi(
    new Request(`${cmsUrl}/api/privacy/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${tokens[role]}` },
      body: JSON.stringify(body),
    }),
  )

const personWithTwoLeads = async () => {
  const email = uniqueEmail('rgpd')
  await payload.create({
    collection: 'contacts',
    data: { email, firstName: 'Aurélie', lastName: 'Noël' } as never,
  })
  for (const kind of ['callback', 'whitepaper'] as const) {
    await payload.create({
      collection: 'leads',
      data: {
        kind,
        email,
        firstName: 'Aurélie',
        lastName: 'Noël',
        companyName: 'Cabinet Noël',
        consent,
        details: { preferredSlot: 'matin' },
      } as never,
    })
  }
  return email
}

describe('the RGPD export', () => {
  it('is a French document a person can read (labels, not codes), next to the JSON', async () => {
    const email = await personWithTwoLeads()
    const response = await privacy('export?format=html', { email })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const html = await response.text()
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain(`Données personnelles détenues sur ${email}`)
    expect(html).toContain('Demande de rappel')
    expect(html).toContain('Téléchargement de livre blanc')
    expect(html).toContain('Quand préférez-vous être rappelé ?')
    expect(html).toContain('Le matin (9 h – 12 h)')
    expect(html).not.toContain('whitepaper')
    expect(html).not.toContain('preferredSlot')
    // The JSON (portability) is still there.
    expect((await privacy('export', { email })).headers.get('content-type')).toMatch(
      /application\/json/,
    )
  })
})

describe('erasure', () => {
  it('tells first what will go, then leaves an entry in the erasure log: who, when, counts — not the data', async () => {
    const email = await personWithTwoLeads()
    const summary = await (await privacy('summary', { email })).json()
    expect(summary).toMatchObject({
      leads: 2,
      text: expect.stringMatching(/^2 demandes, 1 contact/),
    })

    const erased = await privacy('erase', { email })
    expect(erased.status).toBe(200)
    const log = await payload.find({
      collection: 'erasure-log',
      sort: '-createdAt',
      limit: 1,
      user: users.admin,
      overrideAccess: false,
    })
    const entry = log.docs[0] as unknown as Record<string, unknown>
    expect(entry).toMatchObject({ erasedBy: 'Camille Ferrand', leads: 2, contacts: 1 })
    expect(new Date(String(entry.createdAt)).getTime()).toBeGreaterThan(Date.now() - 60_000)
    const stored = JSON.stringify(entry)
    for (const erasedValue of [email, 'Aurélie', 'Noël']) expect(stored).not.toContain(erasedValue)
  })

  it('the log is for admins only, and nobody edits it', async () => {
    await expect(
      payload.find({ collection: 'erasure-log', user: users.sales, overrideAccess: false }),
    ).rejects.toThrow()
    const [entry] = (await payload.find({ collection: 'erasure-log', limit: 1 })).docs
    await expect(
      payload.update({
        collection: 'erasure-log',
        id: entry!.id,
        data: { leads: 0 } as never,
        user: users.admin,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })
})
