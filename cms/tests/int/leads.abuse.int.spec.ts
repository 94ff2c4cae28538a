// Spam and abuse: honeypot, too fast, missing token, rate limits, and a thousand
// generated malformed payloads — always a 4xx with a French answer, never a 5xx, nothing stored.
import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  fromFormData,
  fromRecord,
  HONEYPOT_FIELD,
  leadKinds,
  parseLead,
  toFormEntries,
} from '@vitrine/contracts'
import { bootPayload, shutdownPayload } from './helpers/payload'
import {
  callApi,
  oldToken,
  postLead,
  resetLimits,
  uniqueEmail,
  uniqueIp,
  validLead,
} from './helpers/leads'
import { issueFormToken } from '../../src/endpoints/leads/formToken'
import { flushSpamCounts } from '../../src/endpoints/leads/spamCounter'
import { cmsUrl, siteUrl } from '../../src/lib/urls'

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => shutdownPayload(payload))
beforeEach(() => resetLimits())

const stored = async (email: unknown) =>
  typeof email === 'string'
    ? (
        await payload.count({
          collection: 'leads',
          where: { email: { equals: email.trim().toLowerCase() } },
        })
      ).totalDocs
    : 0

describe('anti-spam', () => {
  it('a filled honeypot looks like a success to the bot, makes no lead and is counted', async () => {
    const json = { ...validLead('contact'), [HONEYPOT_FIELD]: 'https://spam.example' }
    const res = await postLead(json)
    expect(res.status).toBe(201)
    expect(await res.json()).toEqual({ ok: true })
    const form = { ...validLead('callback'), [HONEYPOT_FIELD]: 'x' }
    const page = await postLead(form, { as: 'form' })
    expect(page.status).toBe(303)
    expect(await stored(json.email)).toBe(0)
    expect(await stored(form.email)).toBe(0)
    await flushSpamCounts(payload)
    const stats = await payload.findGlobal({ slug: 'spam-stats' })
    expect(stats.honeypot).toBeGreaterThanOrEqual(2)
    expect(stats.lastRejectedAt).toBeTruthy()
  })

  it('a form sent less than 3 seconds after its token was issued makes no lead (it is held in quarantine: leads.intake)', async () => {
    const body = { ...validLead('contact'), formToken: issueFormToken() }
    const res = await postLead(body)
    expect(res.status).toBe(201)
    expect(await stored(body.email)).toBe(0)
  })

  it('a token from a page built weeks ago is fine (only "not less than 3 s" is checked), one older than 30 days is not required', async () => {
    const built = issueFormToken(new Date(Date.now() - 20 * 24 * 3600e3))
    expect((await postLead({ ...validLead('contact'), formToken: built })).status).toBe(201)
    const stale = issueFormToken(new Date(Date.now() - 40 * 24 * 3600e3))
    expect((await postLead({ ...validLead('contact'), formToken: stale })).status).toBe(201)
  })

  it('without a valid token a person still gets through, but an IP gets only 3 such submissions an hour', async () => {
    const ip = uniqueIp()
    const statuses = []
    for (const formToken of [undefined, 'forged.token.value', '', undefined]) {
      statuses.push((await postLead({ ...validLead('contact'), formToken }, { ip })).status)
    }
    expect(statuses).toEqual([201, 201, 201, 429])
  })

  it('10 submissions a minute per IP, then 429 with Retry-After and a French message (form posts get a page)', async () => {
    const ip = uniqueIp()
    for (let i = 0; i < 10; i++)
      expect((await postLead(validLead('contact'), { ip })).status).toBe(201)
    const res = await postLead(validLead('contact'), { ip })
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await res.json()).formError).toMatch(/Trop de demandes/)
    const page = await postLead(validLead('contact'), { ip, as: 'form' })
    expect(page.status).toBe(429)
    expect(page.headers.get('content-type')).toMatch(/text\/html/)
  })

  it('5 submissions an hour per e-mail address, whatever the IP', async () => {
    const email = uniqueEmail('flood')
    const kinds = ['contact', 'callback', 'diagnostic', 'quote', 'newsletter', 'contact'] as const
    const statuses = []
    for (const kind of kinds) statuses.push((await postLead({ ...validLead(kind), email })).status)
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
  })
})

describe('malformed requests', () => {
  it('unsupported content types, broken JSON and non-object bodies get a 4xx', async () => {
    const raw = (body: string, type: string) =>
      callApi(
        new Request(`${cmsUrl}/api/leads/submit`, {
          method: 'POST',
          headers: { 'content-type': type, origin: siteUrl },
          body,
        }),
      )
    expect((await raw('{"kind":', 'application/json')).status).toBe(400)
    expect((await raw('[1,2]', 'application/json')).status).toBe(400)
    expect((await raw('kind=contact', 'text/plain')).status).toBe(415)
    expect((await raw('x'.repeat(70_000), 'application/json')).status).toBe(413)
  })

  it('nothing a visitor typed is echoed in the error page', async () => {
    const res = await postLead(
      { ...validLead('contact'), firstName: '<script>alert(1)</script>', message: '' },
      { as: 'form' },
    )
    const html = await res.text()
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('alert(1)')
  })

  it('1,000 generated malformed payloads: only 4xx (or 201 when the contract accepts it), never a 5xx, nothing invalid stored', async () => {
    const before = (await payload.count({ collection: 'leads' })).totalDocs
    let accepted = 0
    const valueArb = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
      fc.jsonValue({ maxDepth: 2 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
    )
    // Generators stay pure: the fresh address is given inside the property (fast-check replays values).
    const mutated = fc
      .tuple(
        fc.constantFrom(...leadKinds),
        fc.dictionary(
          fc.constantFrom(
            'kind',
            'email',
            'firstName',
            'lastName',
            'phone',
            'companyName',
            'companySize',
            'message',
            'needs',
            'hours',
            'hoursPeriod',
            'privacyAck',
            'marketingOptIn',
            'whitePaperId',
            'webinarId',
            'yearsOfExperience',
            'noticeVersion',
            'startDate',
            'linkedinUrl',
            'sourcePage',
            '__proto__',
            'constructor',
          ),
          valueArb,
          { maxKeys: 4 },
        ),
        fc.boolean(),
      )
      .map(([kind, patch, drop]) => ({ kind, patch, drop }))
    const garbage = fc.oneof(
      fc
        .jsonValue({ maxDepth: 3 })
        .map((v) => ({ raw: JSON.stringify(v), type: 'application/json' })),
      fc
        .string({ maxLength: 200 })
        .map((s) => ({ raw: s, type: 'application/x-www-form-urlencoded' })),
      fc.string({ maxLength: 200 }).map((s) => ({ raw: s, type: 'application/json' })),
    )
    const statuses: Record<number, number> = {}
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          mutated.map((m) => ({ mutation: m })),
          garbage.map((g) => ({ garbage: g })),
        ),
        fc.constantFrom<'json' | 'form'>('json', 'form'),
        async (input, as) => {
          let res: Response
          let body: Record<string, unknown> | undefined
          if ('garbage' in input) {
            res = await callApi(
              new Request(`${cmsUrl}/api/leads/submit`, {
                method: 'POST',
                headers: {
                  'content-type': input.garbage.type,
                  origin: siteUrl,
                  'x-forwarded-for': uniqueIp(),
                },
                body: input.garbage.raw,
              }),
            )
          } else {
            const { kind, patch, drop } = input.mutation
            body = {
              ...validLead(kind, { whitePaperId: '1', webinarId: '1' }),
              ...patch,
              formToken: oldToken(),
            }
            if (drop) delete body.email
            res = await postLead(body, { as })
          }
          statuses[res.status] = (statuses[res.status] ?? 0) + 1
          expect(res.status, await res.clone().text()).toBeLessThan(500)
          if (res.status === 201 || res.status === 303) {
            // What the server received: a form post drops nulls and turns values into strings.
            if (body)
              expect(
                parseLead(as === 'form' ? fromFormData(toFormEntries(body)) : fromRecord(body)).ok,
              ).toBe(true)
            accepted++
          } else {
            expect(res.status).toBeGreaterThanOrEqual(400)
            if (body && !('email' in (input as { mutation: { patch: object } }).mutation.patch))
              expect(await stored(body.email)).toBe(0)
          }
        },
      ),
      { numRuns: 1000 },
    )
    console.info(`fuzz: statuses ${JSON.stringify(statuses)}`)
    const after = (await payload.count({ collection: 'leads' })).totalDocs
    expect(after - before).toBeLessThanOrEqual(accepted)
  }, 120_000)
})
