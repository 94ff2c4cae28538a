import { describe, expect, it } from 'vitest'
import type { Config, Field } from 'payload'
import { frenchAdmin } from './frenchAdmin'

const i18n = (language: string) => ({ i18n: { language }, t: () => '' }) as never
const call = (label: unknown, language = 'fr') => (label as (args: never) => string)(i18n(language))

const config = (fields: Field[]): Config =>
  ({
    collections: [
      {
        slug: 'leads',
        labels: {
          singular: { fr: 'Demande', en: 'Lead' },
          plural: { fr: 'Demandes', en: 'Leads' },
        },
        fields,
      },
    ],
    globals: [
      { slug: 'site-settings', label: { fr: 'Réglages du site', en: 'Site settings' }, fields: [] },
    ],
  }) as unknown as Config

describe('frenchAdmin: labels Payload would print as « [object Object] »', () => {
  it('turns { fr, en } collection, global and field labels into label functions', async () => {
    const out = await frenchAdmin(
      config([
        { name: 'firstName', type: 'text', label: { fr: 'Prénom', en: 'First name' } },
        {
          type: 'tabs',
          tabs: [
            {
              label: { fr: 'Suivi', en: 'Follow-up' },
              fields: [
                {
                  name: 'notes',
                  type: 'array',
                  labels: {
                    singular: { fr: 'Note', en: 'Note' },
                    plural: { fr: 'Notes', en: 'Notes' },
                  },
                  fields: [{ name: 'text', type: 'textarea', label: { fr: 'Texte', en: 'Text' } }],
                },
              ],
            },
          ],
        },
      ]),
    )
    const leads = out.collections![0]!
    expect(call(leads.labels!.singular)).toBe('Demande')
    expect(call(leads.labels!.plural, 'en')).toBe('Leads')
    expect(call(out.globals![0]!.label)).toBe('Réglages du site')
    const [firstName, tabs] = leads.fields as [Field & { label: unknown }, Field & { tabs: any[] }]
    expect(call(firstName.label)).toBe('Prénom')
    expect(tabs.tabs[0].label).toEqual({ fr: 'Suivi', en: 'Follow-up' }) // Payload resolves these
    const notes = tabs.tabs[0].fields[0]
    expect(call(notes.labels.plural)).toBe('Notes')
    expect(call(notes.fields[0].label, 'en')).toBe('Text')
  })

  it('reads French when Payload calls a label function without i18n', async () => {
    const out = await frenchAdmin(config([]))
    const label = out.collections![0]!.labels!.singular as (args: never) => string
    expect(label({ t: () => '' } as never)).toBe('Demande')
  })

  it('keeps string labels, label: false and label functions as they are', async () => {
    const fn = () => 'x'
    const out = await frenchAdmin(
      config([
        { name: 'a', type: 'text', label: 'Texte' },
        { name: 'b', type: 'text', label: false },
        { name: 'c', type: 'text', label: fn },
      ]),
    )
    const [a, b, c] = out.collections![0]!.fields as (Field & { label: unknown })[]
    expect([a!.label, b!.label, c!.label]).toEqual(['Texte', false, fn])
  })
})

describe('frenchAdmin: every date field reads in French, 24-hour', () => {
  const dates = async (fields: Field[]) =>
    (await frenchAdmin(config(fields))).collections![0]!.fields.map(
      (f) => (f as { admin?: { date?: Record<string, unknown> } }).admin?.date,
    )

  it('gives a French 24-hour format to date fields that have none', async () => {
    const [dayAndTime, plain, timeOnly] = await dates([
      { name: 'sentAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'expiresAt', type: 'date' },
      { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'timeOnly' } } },
    ])
    expect(dayAndTime).toMatchObject({ displayFormat: 'dd MMMM yyyy HH:mm', timeFormat: 'HH:mm' })
    expect(plain).toMatchObject({ displayFormat: 'dd/MM/yyyy' })
    expect(timeOnly).toMatchObject({ displayFormat: 'HH:mm', timeFormat: 'HH:mm' })
  })

  it('keeps a format a field chose, nested date fields included', async () => {
    const own = { pickerAppearance: 'monthOnly' as const, displayFormat: 'MMMM yyyy' }
    const [kept, group] = await dates([
      { name: 'since', type: 'date', admin: { date: own } },
      { name: 'g', type: 'group', fields: [{ name: 'at', type: 'date' }] },
    ])
    expect(kept).toEqual(own)
    const out = await frenchAdmin(
      config([{ name: 'g', type: 'group', fields: [{ name: 'at', type: 'date' }] }]),
    )
    const nested = (out.collections![0]!.fields[0] as { fields: { admin?: { date?: object } }[] })
      .fields[0]
    expect(nested!.admin?.date).toMatchObject({ displayFormat: 'dd/MM/yyyy' })
    expect(group).toBeUndefined()
  })
})
