import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HONEYPOT_FIELD, isHoneypotFilled } from './antispam'
import { fieldError, formErrors, parseLead } from './errors'
import { leadKinds } from './kinds'
import { validLead } from './testing/arbitraries'

describe('parseLead', () => {
  it('refuses anything that is not an object with a form-level French message', () => {
    const notObject = fc.oneof(
      fc.constant(null),
      fc.constant(undefined),
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.bigInt(),
      fc.array(fc.anything()),
    )
    fc.assert(
      fc.property(notObject, (input) => {
        expect(parseLead(input)).toEqual({
          ok: false,
          fieldErrors: {},
          formError: formErrors.notAnObject,
        })
      }),
    )
  })

  it('refuses an unknown or missing kind with a French form error', () => {
    const wrongKind = fc.oneof(
      fc.string().filter((kind) => !(leadKinds as readonly string[]).includes(kind)),
      fc.constantFrom(
        undefined,
        null,
        1,
        'Contact',
        'CALLBACK',
        ' contact',
        'freelancer-application',
      ),
    )
    fc.assert(
      fc.property(validLead('contact'), wrongKind, ({ input }, kind) => {
        const result = parseLead({ ...input, kind })
        expect(result.ok).toBe(false)
        if (result.ok) return
        expect(result.formError).toBe(formErrors.unknownKind)
        expect(result.fieldErrors.kind).toBe(formErrors.unknownKind)
      }),
    )
  })

  it('checks the expected kind when given', () => {
    fc.assert(
      fc.property(validLead('webinar'), ({ input }) => {
        expect(parseLead(input, 'webinar').ok).toBe(true)
        const other = parseLead(input, 'whitepaper')
        expect(!other.ok && other.formError).toBe(formErrors.wrongKind)
      }),
      { numRuns: 20 },
    )
  })

  it('gives one message per field (the first), keyed by path joined with "."', () => {
    const result = parseLead({
      kind: 'diagnostic',
      firstName: '',
      email: 'pas-une-adresse',
      needs: ['rh', 'plomberie'],
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.fieldErrors.firstName).toBe('Indiquez votre prénom.')
    expect(result.fieldErrors.email).toBe(
      'Indiquez une adresse e-mail valide, par exemple nom@entreprise.fr.',
    )
    expect(result.fieldErrors['needs.1']).toBe('Choisissez vos besoins dans la liste proposée.')
    expect(result.fieldErrors.privacyAck).toMatch(/Cochez la case/)
    expect(result.formError).toBeUndefined()
  })

  it('raises a form error when a hidden field is wrong (the person cannot fix it)', () => {
    fc.assert(
      fc.property(validLead('whitepaper'), ({ input }) => {
        const { whitePaperId: _missing, ...rest } = input
        const result = parseLead(rest)
        expect(!result.ok && result.formError).toMatch(/rechargez la page/)
        expect(!result.ok && result.fieldErrors.whitePaperId).toMatch(/livre blanc/)
      }),
      { numRuns: 20 },
    )
  })
})

describe('honeypot', () => {
  it('is the field named "website"', () => {
    expect(HONEYPOT_FIELD).toBe('website')
  })

  it('a filled honeypot is detected and refused; an empty one is ignored', () => {
    fc.assert(
      fc.property(
        validLead('callback'),
        fc.string({ minLength: 1 }).filter((value) => value.trim() !== ''),
        ({ input }, bait) => {
          const trapped = { ...input, [HONEYPOT_FIELD]: bait }
          expect(isHoneypotFilled(trapped)).toBe(true)
          const result = parseLead(trapped)
          expect(!result.ok && result.formError).toMatch(/rechargez la page/)
          const clean = { ...input, [HONEYPOT_FIELD]: '' }
          expect(isHoneypotFilled(clean)).toBe(false)
          expect(parseLead(clean).ok).toBe(true)
        },
      ),
      { numRuns: 30 },
    )
    expect(isHoneypotFilled({ [HONEYPOT_FIELD]: ['x'] })).toBe(true)
    expect(isHoneypotFilled(null)).toBe(false)
  })
})

describe('fieldError', () => {
  it('checks one field on its own, in French', () => {
    expect(fieldError('callback', 'phone', '06 12 34 56 78')).toBeUndefined()
    expect(fieldError('callback', 'phone', '12')).toMatch(/numéro de téléphone français/)
    expect(fieldError('newsletter', 'email', 'x')).toMatch(/adresse e-mail valide/)
    expect(fieldError('contact', 'phone', '')).toBeUndefined()
    expect(fieldError('contact', 'notAField', 'x')).toBeUndefined()
  })
})
