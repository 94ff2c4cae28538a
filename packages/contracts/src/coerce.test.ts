import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromFormData, fromRecord, toFormEntries } from './coerce'
import { parseLead } from './errors'
import { leadKinds } from './kinds'
import { anyValidLead, validLead } from './testing/arbitraries'

describe('form posts and JSON validate alike', () => {
  it('a valid lead posted as a form parses exactly like the same lead sent as JSON', () => {
    fc.assert(
      fc.property(anyValidLead, ({ input, expected }) => {
        const posted = new URLSearchParams(toFormEntries(input))
        expect(parseLead(fromFormData(posted))).toEqual({ ok: true, data: expected })
      }),
      { numRuns: 300 },
    )
  })

  it('fromRecord leaves JSON bodies as they are (idempotent on typed values)', () => {
    fc.assert(
      fc.property(anyValidLead, ({ input, expected }) => {
        expect(parseLead(fromRecord(input))).toEqual({ ok: true, data: expected })
        expect(fromRecord(fromRecord(input))).toEqual(fromRecord(input))
      }),
    )
  })

  it('fromRecord reads parsed urlencoded bodies (repeated keys as string arrays)', () => {
    fc.assert(
      fc.property(anyValidLead, ({ input, expected }) => {
        const body: Record<string, string | string[]> = {}
        for (const [name, value] of toFormEntries(input)) {
          const previous = body[name]
          body[name] = previous === undefined ? value : [previous, value].flat()
        }
        expect(parseLead(fromRecord(body))).toEqual({ ok: true, data: expected })
      }),
    )
  })
})

describe('fromFormData', () => {
  it('turns a ticked box into true and an unticked one into "not given"', () => {
    expect(fromFormData([['privacyAck', 'on']])).toEqual({ privacyAck: true })
    expect(fromFormData([['marketingOptIn', 'true']])).toEqual({ marketingOptIn: true })
    expect(fromFormData([['marketingOptIn', 'off']])).toEqual({ marketingOptIn: false })
    expect(
      fromFormData([
        ['marketingOptIn', 'false'],
        ['marketingOptIn', 'on'],
      ]),
    ).toEqual({
      marketingOptIn: true,
    })
    expect(fromFormData([])).toEqual({})
  })

  it('keeps an unexpected checkbox value so the schema refuses it', () => {
    const result = parseLead(
      fromFormData([
        ['kind', 'newsletter'],
        ['email', 'a@b.fr'],
        ['privacyAck', 'peut-être'],
        ['marketingOptIn', 'on'],
      ]),
    )
    expect(!result.ok && result.fieldErrors.privacyAck).toMatch(/Cochez la case/)
  })

  it('collects repeated keys of multi-selects (with or without []), keeps the first of others', () => {
    expect(
      fromFormData([
        ['needs', 'rh'],
        ['needs[]', 'comptabilite'],
        ['needs', ''],
        ['firstName', 'Anne'],
        ['firstName', 'Bob'],
      ]),
    ).toEqual({ needs: ['rh', 'comptabilite'], firstName: 'Anne' })
  })

  it('turns numbers into numbers, French decimals included; leaves words for the schema', () => {
    expect(fromFormData([['hours', ' 12 ']])).toEqual({ hours: 12 })
    expect(fromFormData([['hours', '7,5']])).toEqual({ hours: 7.5 })
    expect(fromFormData([['yearsOfExperience', 'dix']])).toEqual({ yearsOfExperience: 'dix' })
    expect(fromFormData([['yearsOfExperience', '']])).toEqual({})
  })

  it('drops empty fields, unknown keys and files', () => {
    const file = new Blob(['%PDF-'], { type: 'application/pdf' })
    expect(
      fromFormData([
        ['phone', '   '],
        ['email', ''],
        ['__proto__', 'x'],
        ['submit', 'Envoyer'],
        ['cv', file],
        ['firstName', 'Anne'],
      ]),
    ).toEqual({ firstName: 'Anne' })
  })

  it('never lets a posted key reach the prototype', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'kind'),
            fc.string(),
          ),
        ),
        (entries) => {
          const result = fromFormData(entries)
          expect(Object.getPrototypeOf(result)).toBe(Object.prototype)
          expect(Object.keys(result).every((key) => key === 'kind')).toBe(true)
        },
      ),
    )
  })
})

describe('toFormEntries', () => {
  it.each(leadKinds)('%s: posts what a browser would (no boolean or array left)', (kind) => {
    fc.assert(
      fc.property(validLead(kind), ({ input }) => {
        for (const [name, value] of toFormEntries(input)) {
          expect(typeof name).toBe('string')
          expect(typeof value).toBe('string')
          expect(value).not.toBe('false')
        }
      }),
      { numRuns: 20 },
    )
  })
})
