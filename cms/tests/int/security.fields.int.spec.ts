// Field-level writes over REST, as the README's role table says: sales move a lead along (status,
// owner, notes) and nothing else; the consent record, the submission, its attribution and its
// retention dates are written by the system only, an admin included. Lead routing (site settings ›
// notifications, and the contact address it falls back to) is for those who may see leads.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { seedUsers, type Role } from './helpers/fixtures'
import { callApi } from './helpers/leads'
import { cmsUrl } from '../../src/lib/urls'

let payload: Payload
let users: Awaited<ReturnType<typeof seedUsers>>
const tokens = {} as Record<Role, string>

const rest = (method: string, path: string, role?: Role, body?: unknown) =>
  callApi(
    new Request(`${cmsUrl}/api${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(role ? { authorization: `JWT ${tokens[role]}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  )

const consent = {
  noticeVersion: '2026-09',
  legalBasis: 'interet-legitime',
  marketingOptIn: false,
  talentPoolOptIn: false,
  at: '2026-10-01T09:00:00.000Z',
}
const forged = {
  kind: 'quote',
  email: 'pirate@exemple.fr',
  firstName: 'Faux',
  message: 'réécrit',
  details: { forged: true },
  consent: {
    noticeVersion: 'forged',
    legalBasis: 'consentement',
    marketingOptIn: true,
    talentPoolOptIn: true,
    at: '2020-01-01T00:00:00.000Z',
  },
  attribution: { sourcePage: 'https://pirate.example/', utmSource: 'forged', referrer: 'x' },
  lastContactAt: '2099-01-01T00:00:00.000Z',
  decidedAt: '2099-01-01T00:00:00.000Z',
  retainUntil: '2102-01-01T00:00:00.000Z',
  sendsEmails: true,
}

const seedLead = async () => {
  const contact = await payload.create({
    collection: 'contacts',
    data: { email: `c-${Date.now()}-${Math.random().toString(36).slice(2)}@exemple.fr` },
  })
  return payload.create({
    collection: 'leads',
    context: { skipSideEffects: true },
    data: {
      kind: 'callback',
      email: contact.email,
      contact: contact.id,
      firstName: 'Jeanne',
      message: 'Rappelez-moi',
      consent,
      attribution: { sourcePage: 'https://www.vitrine.test/contact/', utmSource: 'newsletter' },
      lastContactAt: '2026-10-01T09:00:00.000Z',
    } as never,
  })
}

const untouched = (lead: Record<string, unknown>) => ({
  kind: lead.kind,
  email: lead.email,
  firstName: lead.firstName,
  message: lead.message,
  details: lead.details ?? null,
  consent: lead.consent,
  attribution: lead.attribution,
  lastContactAt: lead.lastContactAt,
  retainUntil: lead.retainUntil,
  sendsEmails: lead.sendsEmails,
})

beforeAll(async () => {
  payload = await bootPayload()
  users = await seedUsers(payload)
  for (const role of ['admin', 'editor', 'sales'] as const) {
    const login = await payload.login({
      collection: 'users',
      data: { email: users[role].email, password: 'test-password-1' },
    })
    tokens[role] = login.token!
  }
})
afterAll(async () => shutdownPayload(payload))

describe('leads: field-level writes', () => {
  it.each(['sales', 'admin'] as Role[])(
    '%s changes status, owner and notes, and nothing the system wrote',
    async (role) => {
      const lead = await seedLead()
      const before = untouched(lead as never)
      const res = await rest('PATCH', `/leads/${lead.id}`, role, {
        ...forged,
        status: 'contacte',
        owner: users.sales.id,
        notes: [{ text: 'Rappelée, devis à envoyer' }],
      })
      expect(res.status, await res.clone().text()).toBe(200)
      const after = await payload.findByID({ collection: 'leads', id: lead.id, depth: 0 })
      expect(after.status).toBe('contacte')
      expect(after.owner).toEqual(users.sales.id)
      expect(after.notes?.map((note) => note.text)).toEqual(['Rappelée, devis à envoyer'])
      expect(untouched(after as never)).toEqual(before)
      expect(after.retainUntil?.slice(0, 4)).not.toBe('2102')
    },
  )

  it('a decision still stamps its date and moves the retention date (system hook)', async () => {
    const lead = await seedLead()
    const res = await rest('PATCH', `/leads/${lead.id}`, 'sales', { status: 'perdu' })
    expect(res.status).toBe(200)
    const after = await payload.findByID({ collection: 'leads', id: lead.id, depth: 0 })
    expect(after.decidedAt).toBeTruthy()
    expect(after.retainUntil).toBeTruthy()
  })

  it.each(['anonymous', 'editor', 'sales', 'admin'] as const)(
    'nobody creates a lead over REST (%s), forged consent or not',
    async (actor) => {
      const res = await rest('POST', '/leads', actor === 'anonymous' ? undefined : actor, {
        ...forged,
        email: 'creation-forgee@exemple.fr',
        status: 'nouveau',
      })
      expect([401, 403]).toContain(res.status)
      const found = await payload.find({
        collection: 'leads',
        where: { email: { equals: 'creation-forgee@exemple.fr' } },
      })
      expect(found.totalDocs).toBe(0)
    },
  )
})

describe('contacts: field-level writes', () => {
  it('sales cannot rewrite the address, the opt-in or the retention dates of a contact', async () => {
    const contact = await payload.create({
      collection: 'contacts',
      data: {
        email: 'camille@exemple.fr',
        firstName: 'Camille',
        marketingOptIn: false,
        firstContactAt: '2026-10-01T09:00:00.000Z',
        lastOwnContactAt: '2026-10-01T09:00:00.000Z',
      },
    })
    const res = await rest('PATCH', `/contacts/${contact.id}`, 'sales', {
      email: 'autre@exemple.fr',
      marketingOptIn: true,
      firstContactAt: '2099-01-01T00:00:00.000Z',
      lastOwnContactAt: '2099-01-01T00:00:00.000Z',
      phone: '06 11 22 33 44',
    })
    expect(res.status).toBe(200)
    const after = await payload.findByID({ collection: 'contacts', id: contact.id })
    expect(after).toMatchObject({
      email: 'camille@exemple.fr',
      marketingOptIn: false,
      firstContactAt: '2026-10-01T09:00:00.000Z',
      lastOwnContactAt: '2026-10-01T09:00:00.000Z',
      // A working detail sales may correct after a call.
      phone: '06 11 22 33 44',
    })
  })
})

describe('site settings: lead routing', () => {
  const routing = [{ kind: 'quote', emails: 'commercial@vitrine.test' }]

  beforeAll(async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { leadRecipients: routing, contact: { email: 'bonjour@vitrine.test' } } as never,
      context: { skipSideEffects: true },
    })
  })

  it.each([
    ['anonymous', false],
    ['editor', false],
    ['sales', true],
    ['admin', true],
  ] as const)('%s reads the lead recipients: %s', async (actor, allowed) => {
    const res = await rest(
      'GET',
      '/globals/site-settings',
      actor === 'anonymous' ? undefined : actor,
    )
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(JSON.stringify(body).includes('commercial@vitrine.test')).toBe(allowed)
    // The public contact address stays readable: the site prints it in the footer.
    expect(body.contact?.email).toBe('bonjour@vitrine.test')
  })

  it('the versions of site settings do not leak the recipients to anonymous or sales', async () => {
    for (const actor of ['anonymous', 'sales'] as const) {
      const res = await rest(
        'GET',
        '/globals/site-settings/versions',
        actor === 'anonymous' ? undefined : actor,
      )
      expect(JSON.stringify(await res.json())).not.toContain('commercial@vitrine.test')
    }
  })

  it('an editor cannot reroute leads (recipients, contact address) but keeps the rest', async () => {
    const res = await rest('POST', '/globals/site-settings', 'editor', {
      tagline: 'Signature par le marketing',
      leadRecipients: [{ kind: 'quote', emails: 'pirate@exemple.fr' }],
      contact: { email: 'pirate@exemple.fr' },
    })
    expect(res.status, await res.clone().text()).toBe(200)
    const after = await payload.findGlobal({ slug: 'site-settings' })
    expect(after.tagline).toBe('Signature par le marketing')
    expect(after.leadRecipients?.map(({ kind, emails }) => ({ kind, emails }))).toEqual(routing)
    expect(after.contact?.email).toBe('bonjour@vitrine.test')
  })

  it('an admin changes the routing', async () => {
    const res = await rest('POST', '/globals/site-settings', 'admin', {
      leadRecipients: [{ kind: 'quote', emails: 'devis@vitrine.test' }],
    })
    expect(res.status).toBe(200)
    const after = await payload.findGlobal({ slug: 'site-settings' })
    expect(after.leadRecipients?.[0]?.emails).toBe('devis@vitrine.test')
  })
})
