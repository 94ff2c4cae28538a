import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HONEYPOT_FIELD } from './antispam'
import { privacyNotice } from './consent'
import { CV_FIELD } from './cv'
import { fieldError, parseLead } from './errors'
import { fieldShapes, leadForms } from './forms'
import { leadKinds } from './kinds'
import { leadSchemas } from './schemas'
import { validLead } from './testing/arbitraries'

const dataFields = (kind: (typeof leadKinds)[number]) =>
  leadForms[kind].fields.filter((field) => field.type !== 'file')

describe.each(leadKinds)('%s form', (kind) => {
  const form = leadForms[kind]

  it('lists exactly the fields of the schema (plus a CV file for applications)', () => {
    const schemaNames = Object.keys(leadSchemas[kind].shape).sort()
    expect(
      dataFields(kind)
        .map((field) => field.name)
        .sort(),
    ).toEqual(schemaNames)
    expect(new Set(form.fields.map((field) => field.name)).size).toBe(form.fields.length)
  })

  it('marks as required exactly the fields whose absence the schema refuses', () => {
    fc.assert(
      fc.property(validLead(kind), ({ input }) => {
        for (const field of dataFields(kind)) {
          const { [field.name]: _removed, ...rest } = input
          const result = parseLead(rest)
          expect(result.ok, `${kind}.${field.name} required=${field.required}`).toBe(
            !field.required,
          )
          if (!result.ok) expect(result.fieldErrors[field.name]).toBeTypeOf('string')
        }
      }),
      { numRuns: 15 },
    )
  })

  it('offers only options the schema accepts, and the schema accepts no other', () => {
    for (const field of form.fields.filter((candidate) => candidate.options)) {
      for (const option of field.options ?? []) {
        const value = field.type === 'multiselect' ? [option.value] : option.value
        expect(fieldError(kind, field.name, value), `${field.name}=${option.value}`).toBeUndefined()
        expect(option.label).toMatch(/^[A-ZÀ-Ýa-z0-9]/)
      }
      const outside = field.type === 'multiselect' ? ['autre-chose'] : 'autre-chose'
      expect(fieldError(kind, field.name, outside)).toMatch(/^(Choisissez|Précisez)/)
    }
  })

  it('announces the same maximum length as the schema', () => {
    const free = form.fields.filter(
      (field) =>
        field.maxLength !== undefined &&
        ['text', 'textarea'].includes(field.type) &&
        !field.honeypot,
    )
    for (const field of free) {
      const max = field.maxLength ?? 0
      expect(fieldError(kind, field.name, 'a'.repeat(max)), field.name).toBeUndefined()
      expect(fieldError(kind, field.name, 'a'.repeat(max + 1)), field.name).toMatch(/Raccourcissez/)
    }
  })

  it('never pre-ticks a box, and writes kind and notice version into hidden fields', () => {
    for (const field of form.fields.filter((candidate) => candidate.type === 'checkbox')) {
      expect(field.defaultValue).toBeUndefined()
    }
    const byName = new Map(form.fields.map((field) => [field.name, field]))
    expect(byName.get('kind')).toMatchObject({ type: 'hidden', defaultValue: kind, required: true })
    expect(byName.get('noticeVersion')?.defaultValue).toBe(privacyNotice.version)
    expect(byName.get('privacyAck')).toMatchObject({ type: 'checkbox', required: true })
    expect(byName.get(HONEYPOT_FIELD)).toMatchObject({
      honeypot: true,
      required: false,
      autocomplete: 'off',
    })
  })

  it('has French labels, a submit label and the notice of its kind', () => {
    for (const field of form.fields) expect(field.label.length).toBeGreaterThan(0)
    expect(form.submitLabel).toMatch(/^[A-ZÀ-Ý]/)
    expect(form.notice.purpose).toBe(privacyNotice.byKind[kind].purpose)
  })
})

describe('forms across kinds', () => {
  it('only the freelancer application takes a CV, and posts multipart', () => {
    for (const kind of leadKinds) {
      const hasCv = leadForms[kind].fields.some((field) => field.name === CV_FIELD)
      expect(hasCv).toBe(kind === 'freelancer_application')
      expect(leadForms[kind].enctype).toBe(
        hasCv ? 'multipart/form-data' : 'application/x-www-form-urlencoded',
      )
    }
    const cv = leadForms.freelancer_application.fields.find((field) => field.name === CV_FIELD)
    expect(cv).toMatchObject({ type: 'file', required: false })
    expect(cv?.accept).toContain('.pdf')
  })

  it('gives each field name one type everywhere (form posts are coerced by name)', () => {
    for (const kind of leadKinds) {
      for (const field of dataFields(kind)) {
        const expected =
          field.type === 'checkbox'
            ? 'boolean'
            : field.type === 'multiselect'
              ? 'list'
              : field.type === 'number'
                ? 'number'
                : 'text'
        expect(fieldShapes[field.name], `${kind}.${field.name}`).toBe(expected)
      }
    }
  })

  it('uses standard autocomplete tokens for personal fields', () => {
    const tokens = {
      firstName: 'given-name',
      lastName: 'family-name',
      email: 'email',
      phone: 'tel',
    }
    for (const kind of leadKinds) {
      for (const field of leadForms[kind].fields) {
        const token = tokens[field.name as keyof typeof tokens]
        if (token) expect(field.autocomplete).toBe(token)
      }
    }
  })
})
