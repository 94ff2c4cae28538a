import fc from 'fast-check'
import { privacyNotice } from '../consent'
import type { LeadKind } from '../kinds'
import {
  callbackSlots,
  companySizes,
  expertiseAreas,
  hoursPeriods,
  maxHoursByPeriod,
  regions,
  serviceRoles,
} from '../options'

/**
 * Test-only generators of valid lead inputs, each with the output the schema must produce. A
 * generator yields [raw input value, expected parsed value]; undefined means "absent".
 */
export type Gen = fc.Arbitrary<readonly [unknown, unknown]>

export interface Sample {
  input: Record<string, unknown>
  expected: Record<string, unknown>
}

const same = <T>(arb: fc.Arbitrary<T>): Gen => arb.map((value) => [value, value] as const)
const padding = fc.constantFrom('', ' ', '  ', '\t', '\u00a0')
const collapse = (value: string) =>
  value
    .normalize('NFC')
    .trim()
    .replace(/\s{2,}/g, ' ')

const LETTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëàâäîïôöùûüçÉÈÀÇÔŒœÆæñ']
const nameUnit = fc.constantFrom(...LETTERS, 'e\u0301', ' ', '  ', '-', "'", '’', '.')

/** People's names as typed: accents (some decomposed), hyphens, apostrophes, stray spaces. */
export const personName: Gen = fc
  .tuple(
    padding,
    fc.constantFrom(...LETTERS),
    fc.string({ unit: nameUnit, maxLength: 40 }),
    padding,
  )
  .map(
    ([before, first, rest, after]) =>
      [`${before}${first}${rest}${after}`, collapse(first + rest)] as const,
  )

const emailAtom = fc.stringMatching(/^[A-Za-z0-9_+-]{1,12}$/)
const domainLabel = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,12}$/)

/** Addresses as typed (any case, stray spaces): expected lowercased and trimmed. */
export const emailAddress: Gen = fc
  .tuple(
    padding,
    fc.array(emailAtom, { minLength: 1, maxLength: 3 }),
    fc.array(domainLabel, { minLength: 1, maxLength: 3 }),
    fc.stringMatching(/^[A-Za-z]{2,6}$/),
    padding,
  )
  .map(([before, local, domain, tld, after]) => {
    const address = `${local.join('.')}@${domain.join('.')}.${tld}`
    return [`${before}${address}${after}`, address.toLowerCase()] as const
  })

/** Metropolitan national numbers (9 digits after the 0), avoiding overseas prefixes. */
const metropolitanNumber = fc
  .tuple(
    fc.constantFrom('1', '3', '4', '6', '7', '9'),
    fc.constantFrom('0', '1', '2', '4', '5', '6', '7', '8'),
    fc.stringMatching(/^\d{7}$/),
  )
  .map(([a, b, rest]) => `${a}${b}${rest}`)

const pairs = (digits: string) => digits.replace(/(\d{2})(?=\d)/g, '$1 ')

/** The ways French people write a number, expected in E.164. */
export const frenchPhone: Gen = fc
  .tuple(metropolitanNumber, fc.integer({ min: 0, max: 6 }), padding)
  .map(([national, style, pad]) => {
    const digits = `0${national}`
    const raw = [
      pairs(digits),
      digits,
      pairs(digits).replaceAll(' ', '.'),
      pairs(digits).replaceAll(' ', '-'),
      `+33 ${national[0]} ${pairs(national.slice(1))}`,
      `+33 (0)${national[0]} ${pairs(national.slice(1))}`,
      `0033${national}`,
    ][style]
    return [`${pad}${raw}${pad}`, `+33${national}`] as const
  })

/** Free single-line text (any printable characters), expected trimmed with spaces collapsed. */
export const freeText = (max: number): Gen =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 60) })
    .map((value) => [value, collapse(value)] as const)
    .filter(([, out]) => out.length >= 1 && out.length <= max)

/** Multi-line text: line breaks kept inside, trimmed at the ends. */
export const messageText: Gen = fc
  .array(fc.string({ unit: 'grapheme', maxLength: 40 }), { minLength: 1, maxLength: 5 })
  .map((lines) => lines.join('\n'))
  .map((value) => [value, value.trim()] as const)
  .filter(([, out]) => out.length >= 1)

const DAY_MS = 24 * 60 * 60 * 1000

/** A start date from today to two years ahead, as <input type="date"> or typed jj/mm/aaaa. */
export const startDate: Gen = fc
  .tuple(fc.integer({ min: 0, max: 730 }), fc.boolean())
  .map(([days, typed]) => {
    const iso = new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10)
    const [year, month, day] = iso.split('-')
    return [typed ? `${day}/${month}/${year}` : iso, iso] as const
  })

export const linkedinUrl: Gen = fc
  .tuple(
    fc.constantFrom('https://www.', 'http://fr.', 'www.', '', 'https://'),
    fc.stringMatching(/^[a-z0-9-]{3,30}$/),
    fc.constantFrom('', '/'),
  )
  .map(([prefix, slug, slash]) => {
    const raw = `${prefix}linkedin.com/in/${slug}${slash}`
    return [raw, /^https?:\/\//.test(raw) ? raw : `https://${raw}`] as const
  })

const resourceId = same(fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/))

const trackingText: Gen = fc
  .string({ unit: 'grapheme-ascii', maxLength: 600 })
  .map((value) => [value, value.trim().slice(0, 500).trim() || undefined] as const)

/** An optional field: absent, empty, blank, or a valid value. */
const maybe = (gen: Gen): Gen =>
  fc.oneof(gen, fc.constant(['', undefined] as const), fc.constant(['   ', undefined] as const))

const attribution = {
  sourcePage: trackingText,
  referrer: trackingText,
  landingPage: trackingText,
  utmSource: trackingText,
  utmMedium: trackingText,
  utmCampaign: trackingText,
  utmTerm: trackingText,
  utmContent: trackingText,
}

const common = {
  required: { privacyAck: same(fc.constant(true)) },
  optional: {
    marketingOptIn: same(fc.boolean()),
    noticeVersion: same(fc.constant(privacyNotice.version)),
    formToken: same(fc.stringMatching(/^[\w.-]{1,200}$/)),
    website: fc.constant(['', undefined] as const),
    ...attribution,
  },
}

const person = { firstName: personName, lastName: personName, email: emailAddress }

interface Model {
  required: Record<string, Gen>
  optional: Record<string, Gen>
}

const models: Record<LeadKind, Model> = {
  contact: {
    required: { ...person, message: messageText },
    optional: { phone: maybe(frenchPhone), companyName: maybe(freeText(200)) },
  },
  callback: {
    required: {
      ...person,
      phone: frenchPhone,
      companyName: freeText(200),
      preferredSlot: same(fc.constantFrom(...callbackSlots)),
    },
    optional: {
      companySize: maybe(same(fc.constantFrom(...companySizes))),
      message: maybe(messageText),
    },
  },
  diagnostic: {
    required: {
      ...person,
      phone: frenchPhone,
      companyName: freeText(200),
      companySize: same(fc.constantFrom(...companySizes)),
      needs: same(fc.shuffledSubarray([...expertiseAreas], { minLength: 1 })),
    },
    optional: { jobRole: maybe(freeText(100)), message: maybe(messageText) },
  },
  quote: {
    required: {
      ...person,
      phone: frenchPhone,
      companyName: freeText(200),
      serviceType: same(fc.constantFrom(...serviceRoles)),
      hoursPeriod: same(fc.constantFrom(...hoursPeriods)),
      hours: same(fc.integer({ min: 1, max: maxHoursByPeriod.semaine })),
    },
    optional: {
      companySize: maybe(same(fc.constantFrom(...companySizes))),
      jobRole: maybe(freeText(100)),
      startDate: maybe(startDate),
      message: maybe(messageText),
    },
  },
  whitepaper: {
    required: { ...person, companyName: freeText(200), whitePaperId: resourceId },
    optional: {
      companySize: maybe(same(fc.constantFrom(...companySizes))),
      jobRole: maybe(freeText(100)),
      phone: maybe(frenchPhone),
    },
  },
  webinar: {
    required: { ...person, webinarId: resourceId },
    optional: { companyName: maybe(freeText(200)), jobRole: maybe(freeText(100)) },
  },
  freelancer_application: {
    required: {
      ...person,
      phone: frenchPhone,
      role: same(fc.constantFrom(...serviceRoles)),
      specialties: same(fc.shuffledSubarray([...expertiseAreas], { minLength: 1 })),
      region: same(fc.constantFrom(...regions)),
      yearsOfExperience: same(fc.integer({ min: 0, max: 50 })),
    },
    optional: {
      linkedinUrl: maybe(linkedinUrl),
      message: maybe(messageText),
      talentPoolOptIn: same(fc.boolean()),
    },
  },
  newsletter: {
    required: { email: emailAddress, marketingOptIn: same(fc.constant(true)) },
    optional: {},
  },
}

const defaults: Partial<Record<LeadKind, Record<string, unknown>>> = {
  freelancer_application: { talentPoolOptIn: false },
}

/** A valid input of the given kind, and what parsing it must give. */
export function validLead(kind: LeadKind): fc.Arbitrary<Sample> {
  const model = models[kind]
  const { marketingOptIn: _ignored, ...commonOptional } = common.optional
  const optional =
    kind === 'newsletter' ? commonOptional : { ...common.optional, ...model.optional }
  return fc
    .tuple(
      fc.record({ ...common.required, ...model.required }),
      fc.record(optional, { requiredKeys: [] }),
    )
    .map(([required, chosen]) => {
      const input: Record<string, unknown> = { kind }
      const expected: Record<string, unknown> = { kind, marketingOptIn: false, ...defaults[kind] }
      for (const [name, [raw, out]] of Object.entries({ ...required, ...chosen })) {
        input[name] = raw
        if (out === undefined) delete expected[name]
        else expected[name] = out
      }
      return { input, expected }
    })
}

/** Any valid lead of any kind. */
export const anyValidLead: fc.Arbitrary<Sample> = fc.oneof(
  ...(Object.keys(models) as LeadKind[]).map((kind) => validLead(kind)),
)
