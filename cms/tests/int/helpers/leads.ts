import { createLocalReq, getPayload, handleEndpoints, type Payload } from 'payload'
import { toFormEntries, type LeadKind } from '@vitrine/contracts'
import { issueFormToken } from '../../../src/endpoints/leads/formToken'
import { intakeSettled } from '../../../src/jobs/intakeRunner'
import { processPendingIntakes } from '../../../src/jobs/processLeadIntakes'
import { limits } from '../../../src/endpoints/leads/rateLimit'
import { tokenlessLimiter } from '../../../src/endpoints/leads/submit'
import { cmsUrl, siteUrl } from '../../../src/lib/urls'
import { lexical, pdfFile } from './fixtures'

let n = 0
/** A unique address per call: rate limits and the autoresponder cap count per address. */
export const uniqueEmail = (prefix = 'lead') =>
  `${prefix}-${Date.now().toString(36)}-${(n++).toString(36)}@exemple-pme.fr`
/** A unique client IP per call (limits count per IP too). */
export const uniqueIp = () => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n++ & 255}`

/** A token issued long enough ago to pass the minimum fill time. */
export const oldToken = () => issueFormToken(new Date(Date.now() - 60_000))

const person = () => ({
  firstName: 'Jeanne',
  lastName: 'Martin',
  email: uniqueEmail(),
  privacyAck: true,
})

/** A valid submission of each kind, as an island would send it (JSON types). */
export type LeadBody = { email: string; [field: string]: unknown }

export const validLead = (
  kind: LeadKind,
  refs: { whitePaperId?: string; webinarId?: string } = {},
): LeadBody => {
  const common = {
    kind,
    ...person(),
    formToken: oldToken(),
    sourcePage: `${siteUrl}/contact/`,
    utmSource: 'newsletter',
  }
  switch (kind) {
    case 'contact':
      return {
        ...common,
        message: 'Bonjour, nous cherchons une assistante deux jours par semaine.',
      }
    case 'callback':
      return {
        ...common,
        phone: '06 12 34 56 78',
        companyName: 'Atelier Dupont',
        preferredSlot: 'matin',
      }
    case 'diagnostic':
      return {
        ...common,
        phone: '06 12 34 56 78',
        companyName: 'Atelier Dupont',
        companySize: '1-9',
        needs: ['comptabilite', 'rh'],
      }
    case 'quote':
      return {
        ...common,
        phone: '0612345678',
        companyName: 'Atelier Dupont',
        serviceType: 'office-manager',
        hours: 8,
        hoursPeriod: 'semaine',
      }
    case 'whitepaper':
      return { ...common, companyName: 'Atelier Dupont', whitePaperId: refs.whitePaperId }
    case 'webinar':
      return { ...common, webinarId: refs.webinarId }
    case 'freelancer_application':
      return {
        ...common,
        phone: '06 12 34 56 78',
        role: 'office-manager',
        specialties: ['rh'],
        region: 'bretagne',
        yearsOfExperience: 6,
        talentPoolOptIn: true,
      }
    case 'newsletter':
      return {
        kind,
        email: uniqueEmail('news'),
        privacyAck: true,
        marketingOptIn: true,
        formToken: oldToken(),
      }
  }
}

type Encoding = 'json' | 'form' | 'multipart'
export type PostOptions = {
  as?: Encoding
  ip?: string
  origin?: string | null
  headers?: Record<string, string>
  file?: { name: string; type: string; data: Uint8Array }
  path?: string
  method?: string
  /** Default true: the worker's next poll runs after the answer (false: the endpoint alone). */
  playWorker?: boolean
}

/** Through Payload's real REST handler (the one Next's route calls), with a real Request. */
export const callApi = (request: Request) =>
  handleEndpoints({ config: import('@payload-config').then((m) => m.default), request })

export const postLead = async (
  body: Record<string, unknown> | string,
  options: PostOptions = {},
) => {
  const as = options.as ?? 'json'
  const headers: Record<string, string> = {
    'x-forwarded-for': options.ip ?? uniqueIp(),
    'user-agent': 'Mozilla/5.0 (test)',
    'accept-language': 'fr-FR,fr;q=0.9',
    ...(options.origin === null ? {} : { origin: options.origin ?? siteUrl }),
    ...options.headers,
  }
  let payload: BodyInit
  if (typeof body === 'string') payload = body
  else if (as === 'json') {
    headers['content-type'] ??= 'application/json'
    payload = JSON.stringify(body)
  } else if (as === 'form') {
    headers['content-type'] = 'application/x-www-form-urlencoded'
    headers.accept ??= 'text/html,application/xhtml+xml'
    payload = new URLSearchParams(toFormEntries(body)).toString()
  } else {
    const form = new FormData()
    for (const [k, v] of toFormEntries(body)) form.append(k, v)
    if (options.file)
      form.append(
        'cv',
        new Blob([options.file.data as Uint8Array<ArrayBuffer>], { type: options.file.type }),
        options.file.name,
      )
    headers.accept ??= 'text/html,application/xhtml+xml'
    payload = form
  }
  const method = options.method ?? 'POST'
  const withBody = method !== 'GET' && method !== 'HEAD'
  const res = await callApi(
    new Request(`${cmsUrl}${options.path ?? '/api/leads/submit'}`, {
      method,
      headers,
      body: withBody ? payload : undefined,
    }),
  )
  // The lead is made after the answer, by the worker in production (the tests run no jobs on
  // their own: this plays the worker's next poll, docs/adr/0027): tests look at it once it is there.
  await intakeSettled()
  if (options.playWorker !== false) await playIntakeWorker()
  return res
}

/** What the worker's batch job does at its next poll: every pending intake becomes its lead. */
export const playIntakeWorker = async () => {
  const payload = await getPayload({ config: (await import('@payload-config')).default })
  await processPendingIntakes(await createLocalReq({}, payload))
}

/** The leads stored for an address (depth 0). */
export const storedLeads = async (payload: Payload, email: string) =>
  (await payload.find({ collection: 'leads', where: { email: { equals: email } }, depth: 0 })).docs

/** The received submissions (lead-intakes) still naming an address (depth 0). */
export const storedIntakes = async (payload: Payload, email: string) =>
  (
    await payload.find({
      collection: 'lead-intakes',
      where: { email: { equals: email } },
      depth: 0,
    })
  ).docs

/** Forget every rate-limit count (each test starts with a clean budget). */
export const resetLimits = () => {
  limits.perIp.reset()
  limits.perEmail.reset()
  tokenlessLimiter.reset()
}

/** Runs due jobs, 100 at a time (like the worker), until none is left (notify jobs fan out). */
export const drainJobs = async (payload: Payload, rounds = 50) => {
  for (let i = 0; i < rounds; i++) {
    const result = await payload.jobs.run({ limit: 100, silent: true })
    if (!result || Object.keys(result.jobStatus ?? {}).length === 0) break
  }
}

/** A published white paper with its private PDF, and a published upcoming webinar. */
export const seedLeadTargets = async (
  payload: Payload,
  at = new Date(Date.now() + 3 * 24 * 3600e3),
) => {
  const startsAt = new Date(Math.floor(at.getTime() / 60_000) * 60_000) // webinars start on the minute
  const doc = await payload.create({
    collection: 'documents',
    data: { title: 'Guide PDF' },
    file: pdfFile(`guide-${n++}.pdf`),
    context: { seed: true },
  })
  const whitePaper = await payload.create({
    collection: 'white-papers',
    data: {
      title: 'Guide de l’externalisation',
      slug: `guide-externalisation-${n++}`,
      summary: 'Résumé',
      file: doc.id,
      _status: 'published',
      body: lexical('x'),
    } as never,
    context: { seed: true },
  })
  const webinar = await payload.create({
    collection: 'webinars',
    data: {
      title: 'Le temps partagé en 30 minutes',
      slug: `temps-partage-${n++}`,
      summary: 'Accroche',
      startsAt: startsAt.toISOString(),
      durationMinutes: 30,
      joinUrl: 'https://visio.exemple.fr/live-secret',
      _status: 'published',
    } as never,
    context: { seed: true },
  })
  return { whitePaper, webinar, document: doc }
}
