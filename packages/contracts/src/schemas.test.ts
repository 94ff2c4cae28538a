import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseLead } from './errors'
import { leadKinds } from './kinds'
import { leadSchemas, leadSubmissionSchema } from './schemas'
import { validLead } from './testing/arbitraries'

describe.each(leadKinds)('%s: valid inputs', (kind) => {
  it('are accepted and normalised (trimmed, email lowercase, phone E.164)', () => {
    fc.assert(
      fc.property(validLead(kind), ({ input, expected }) => {
        const result = parseLead(input)
        expect(result).toEqual({ ok: true, data: expected })
        if (!result.ok) return
        expect(result.data.email).toBe(String(result.data.email).toLowerCase())
        if ('phone' in result.data && result.data.phone !== undefined) {
          expect(result.data.phone).toMatch(/^\+33[1-9]\d{8}$/)
        }
      }),
    )
  })

  it('are accepted the same way by the discriminated union', () => {
    fc.assert(
      fc.property(validLead(kind), ({ input, expected }) => {
        expect(leadSubmissionSchema.parse(input)).toEqual(expected)
        expect(leadSchemas[kind].parse(input)).toEqual(expected)
      }),
    )
  })
})

describe('consent boxes', () => {
  it.each(leadKinds.filter((kind) => kind !== 'newsletter'))(
    '%s: marketingOptIn defaults to false and is kept when ticked',
    (kind) => {
      fc.assert(
        fc.property(validLead(kind), fc.boolean(), ({ input }, ticked) => {
          const { marketingOptIn: _dropped, ...rest } = input
          const absent = parseLead(rest)
          expect(absent.ok && absent.data.marketingOptIn).toBe(false)
          const given = parseLead({ ...rest, marketingOptIn: ticked })
          expect(given.ok && given.data.marketingOptIn).toBe(ticked)
        }),
        { numRuns: 30 },
      )
    },
  )

  it.each(leadKinds)('%s: privacyAck must be literally true', (kind) => {
    const notTrue = fc.oneof(
      fc.constant(undefined),
      fc.constant(false),
      fc.constantFrom('on', 'true', '1', 'oui', ''),
      fc.integer(),
      fc.constant(null),
      fc.object(),
    )
    fc.assert(
      fc.property(validLead(kind), notTrue, ({ input }, value) => {
        const result = parseLead({ ...input, privacyAck: value })
        expect(result.ok).toBe(false)
        if (result.ok) return
        expect(result.fieldErrors.privacyAck).toMatch(/Cochez la case/)
        expect(result.formError).toBeUndefined()
      }),
      { numRuns: 40 },
    )
  })

  it('newsletter: the subscription box is required, not optional', () => {
    fc.assert(
      fc.property(
        validLead('newsletter'),
        fc.constantFrom(undefined, false),
        ({ input }, value) => {
          const result = parseLead({ ...input, marketingOptIn: value })
          expect(!result.ok && result.fieldErrors.marketingOptIn).toMatch(/newsletter/)
        },
      ),
      { numRuns: 20 },
    )
  })
})
