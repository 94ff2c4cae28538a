import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseLead } from './errors'
import { leadKinds, type LeadKind } from './kinds'
import { leadSchemas } from './schemas'
import { expectFrench } from './testing/expectFrench'
import { anyValidLead, validLead } from './testing/arbitraries'

describe('invalid inputs are refused with a French message on the right field', () => {
  const atom = fc.stringMatching(/^[a-z0-9]{1,10}$/)
  const badEmail = fc.oneof(
    fc.string({ minLength: 1 }).filter((value) => !value.includes('@') && value.trim() !== ''),
    fc.tuple(atom, atom, atom).map(([a, b, c]) => `${a}@${b}@${c}.fr`),
    fc.tuple(atom, atom).map(([a, b]) => `${a} ${b}@exemple.fr`),
    fc.tuple(atom, atom).map(([a, b]) => `${a}@${b}`),
    fc.tuple(atom, atom).map(([a, b]) => `${a}@${b}.f`),
    fc.tuple(atom, atom).map(([a, b]) => `${a}..${b}@exemple.fr`),
    atom.map((a) => `@${a}.fr`),
    atom.map((a) => `${'a'.repeat(65)}@${a}.fr`),
    atom.map((a) => `${a}@${'b'.repeat(250)}.fr`),
  )

  it.each(leadKinds)('%s: a bad email', (kind) => {
    fc.assert(
      fc.property(validLead(kind), badEmail, ({ input }, email) => {
        const result = parseLead({ ...input, email })
        expect(result.ok).toBe(false)
        if (result.ok) return
        expectFrench(result.fieldErrors.email)
        expect(result.fieldErrors.email).toMatch(/e-mail/)
      }),
      { numRuns: 40 },
    )
  })

  const badPhone = fc.oneof(
    fc.stringMatching(/^0[1-9]\d{7}$/),
    fc.stringMatching(/^0[1-9]\d{9}$/),
    fc.stringMatching(/^00\d{8}$/),
    fc.stringMatching(/^\+(44|49|1|32|41)\d{9}$/),
    fc.stringMatching(/^06 ?[a-z]{2} ?\d{6}$/),
    fc.constantFrom('(06) 12 34 56 78', '06 12 34 56 78 ext 2', '+33 6 12 34 56 78 90'),
  )

  it.each(['callback', 'diagnostic', 'quote', 'freelancer_application', 'contact'] as const)(
    '%s: a phone number that is not French',
    (kind) => {
      fc.assert(
        fc.property(validLead(kind), badPhone, ({ input }, phone) => {
          const result = parseLead({ ...input, phone })
          expect(!result.ok && result.fieldErrors.phone).toMatch(/numéro de téléphone français/)
        }),
        { numRuns: 40 },
      )
    },
  )

  it('names with control characters (inside: the ends are trimmed), digits or markup', () => {
    const badName = fc.oneof(
      fc
        .tuple(fc.string(), fc.integer({ min: 0, max: 0x1f }), fc.string())
        .map(([a, code, b]) => `Jean${a}${String.fromCharCode(code)}x${b}`),
      fc.constantFrom(
        'Jean\u0000',
        'Jean\u007fPierre',
        'Mar\u0085ie',
        'R2D2',
        '<b>Jean</b>',
        'http://spam.example',
      ),
    )
    fc.assert(
      fc.property(
        validLead('contact'),
        badName,
        fc.constantFrom('firstName', 'lastName'),
        ({ input }, name, field) => {
          const result = parseLead({ ...input, [field]: name })
          expect(result.ok).toBe(false)
          if (!result.ok) expectFrench(result.fieldErrors[field])
        },
      ),
    )
  })

  it('company names and job roles with control characters inside', () => {
    const control = fc
      .integer({ min: 0, max: 0x9f })
      .filter((code) => code < 0x20 || code >= 0x7f)
      .map((code) => String.fromCharCode(code))
    fc.assert(
      fc.property(
        validLead('diagnostic'),
        fc.constantFrom('companyName', 'jobRole'),
        control,
        ({ input }, field, char) => {
          const result = parseLead({ ...input, [field]: `ACME${char}Conseil` })
          expect(!result.ok && result.fieldErrors[field]).toMatch(/caractères spéciaux/)
        },
      ),
    )
  })

  it('keeps the first message of a field: an overlong address is told to be shortened', () => {
    fc.assert(
      fc.property(validLead('webinar'), fc.integer({ min: 255, max: 400 }), ({ input }, length) => {
        const result = parseLead({ ...input, email: 'x'.repeat(length) })
        expect(!result.ok && result.fieldErrors.email).toMatch(/^Raccourcissez/)
      }),
      { numRuns: 10 },
    )
  })

  const overlong: [string, LeadKind, number][] = [
    ['firstName', 'contact', 100],
    ['lastName', 'callback', 100],
    ['companyName', 'diagnostic', 200],
    ['jobRole', 'quote', 100],
    ['message', 'contact', 5000],
    ['message', 'freelancer_application', 5000],
    ['whitePaperId', 'whitepaper', 100],
    ['webinarId', 'webinar', 100],
    ['formToken', 'newsletter', 500],
  ]

  it.each(overlong)('%s (%s): longer than %i characters', (name, kind, max) => {
    fc.assert(
      fc.property(validLead(kind), fc.integer({ min: 1, max: 300 }), ({ input }, extra) => {
        const result = parseLead({ ...input, [name]: 'a'.repeat(max + extra) })
        expect(result.ok).toBe(false)
        if (!result.ok) expectFrench(result.fieldErrors[name])
      }),
      { numRuns: 10 },
    )
  })

  it('quote: more hours than the period allows, or not whole hours', () => {
    const tooMany = fc.oneof(
      fc.integer({ min: 61, max: 10_000 }).map((hours) => ({ hours, hoursPeriod: 'semaine' })),
      fc.integer({ min: 251, max: 10_000 }).map((hours) => ({ hours, hoursPeriod: 'mois' })),
      fc.constantFrom(
        { hours: 0 },
        { hours: -3 },
        { hours: 7.5 },
        { hours: '8' },
        { hours: Number.NaN },
      ),
    )
    fc.assert(
      fc.property(validLead('quote'), tooMany, ({ input }, change) => {
        const result = parseLead({ ...input, ...change })
        expect(result.ok).toBe(false)
        if (!result.ok) expectFrench(result.fieldErrors.hours)
      }),
    )
  })

  it('quote: a start date that is not a real day, or in the past', () => {
    const bad = fc.constantFrom(
      '2027-02-30',
      '31/04/2027',
      '2027-13-01',
      'demain',
      '15 janvier',
      '2020-01-01',
    )
    fc.assert(
      fc.property(validLead('quote'), bad, ({ input }, startDate) => {
        const result = parseLead({ ...input, startDate })
        expect(!result.ok && result.fieldErrors.startDate).toMatch(/date/)
      }),
      { numRuns: 20 },
    )
  })

  it('selects and multi-selects: values outside the lists', () => {
    const cases: [LeadKind, string, unknown][] = [
      ['diagnostic', 'companySize', '5000+'],
      ['callback', 'preferredSlot', 'soir'],
      ['quote', 'serviceType', 'plombier'],
      ['quote', 'hoursPeriod', 'jour'],
      ['freelancer_application', 'region', 'bavière'],
      ['freelancer_application', 'role', 'pilote'],
      ['diagnostic', 'needs', []],
      ['diagnostic', 'needs', 'rh'],
      ['diagnostic', 'needs', ['rh', 'rh']],
      ['freelancer_application', 'specialties', ['plomberie']],
      ['freelancer_application', 'yearsOfExperience', 51],
      ['freelancer_application', 'linkedinUrl', 'https://exemple.fr/moi'],
    ]
    for (const [kind, name, value] of cases) {
      fc.assert(
        fc.property(validLead(kind), ({ input }) => {
          const result = parseLead({ ...input, [name]: value })
          expect(result.ok).toBe(false)
          if (result.ok) return
          const key = Object.keys(result.fieldErrors).find((path) => path.split('.')[0] === name)
          expect(key, `${kind}.${name} = ${JSON.stringify(value)}`).toBeDefined()
          expectFrench(result.fieldErrors[key ?? ''])
        }),
        { numRuns: 5 },
      )
    }
  })

  it('nested junk in any field is refused on that field', () => {
    const junk = fc.oneof(
      fc.object({ maxDepth: 2 }),
      fc.array(fc.object(), { minLength: 1, maxLength: 3 }),
    )
    const kindAndField = fc
      .constantFrom(...leadKinds)
      .chain((kind) =>
        fc.tuple(
          fc.constant(kind),
          fc.constantFrom(
            ...Object.keys(leadSchemas[kind].shape).filter((name) => name !== 'kind'),
          ),
        ),
      )
    fc.assert(
      fc.property(kindAndField, junk, fc.context(), ([kind, name], value, ctx) => {
        ctx.log(`${kind}.${name}`)
        const sample = fc.sample(validLead(kind), 1)[0]
        const result = parseLead({ ...sample?.input, [name]: value })
        expect(result.ok).toBe(false)
        if (result.ok) return
        const key = Object.keys(result.fieldErrors).find((path) => path.split('.')[0] === name)
        expect(key).toBeDefined()
        expectFrench(result.fieldErrors[key ?? ''])
      }),
      { numRuns: 200 },
    )
  })

  it('every message produced for arbitrary junk objects is French', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...leadKinds),
        fc.dictionary(
          fc.constantFrom(
            'firstName',
            'email',
            'phone',
            'needs',
            'hours',
            'utmSource',
            'website',
            'x',
          ),
          fc.anything(),
        ),
        (kind, junk) => {
          const result = parseLead({ ...junk, kind })
          if (result.ok) return
          for (const message of Object.values(result.fieldErrors)) expectFrench(message)
          if (result.formError !== undefined) expectFrench(result.formError)
        },
      ),
    )
  })

  it('unknown keys are dropped, not stored', () => {
    fc.assert(
      fc.property(
        anyValidLead,
        fc.stringMatching(/^zz[a-z]{1,8}$/),
        fc.anything(),
        ({ input }, key, value) => {
          const result = parseLead({ ...input, [key]: value })
          expect(result.ok && Object.hasOwn(result.data, key)).toBe(false)
        },
      ),
    )
  })
})
