// The lead forms' two routes are answered by cms/server.ts without Next's router (docs/adr/0039): the visitor,
// the browser and the rate limits must not be able to tell. Two production servers on one
// database, one answering the route directly and one through Next (LEADS_DIRECT_ROUTE=false),
// get the same requests — a form token, a lead from the site's island, a form posted without JavaScript,
// each kind of refusal — and must answer each with the same status, headers and body.
import { expect, test } from '@playwright/test'
import {
  productionEnv,
  requireProductionBuild,
  signal,
  startServer,
  waitUntilUp,
  type Server,
} from './fixtures/productionServer'
import { freePort } from '../int/helpers/smtp'

const siteUrl = process.env.SITE_URL ?? 'http://localhost:4321'

/**
 * Hop-by-hop headers and the transfer of the body (the server may gzip a body or not, fetch
 * decodes it): the rest must be the same on both paths.
 */
const varying = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-encoding',
  'content-length',
])
/** Next names its own page-router request headers in Vary (RSC): an API answer has none. */
const nextOnlyVary = /^(rsc|next-router-[a-z-]+)$/i

type Answer = { status: number; headers: Record<string, string>; body: string }

const answerOf = async (res: Response): Promise<Answer> => {
  const headers: Record<string, string> = {}
  res.headers.forEach((value, key) => {
    if (key === 'vary')
      headers[key] = value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => !nextOnlyVary.test(v))
        .sort()
        .join(', ')
    // Seconds left in the limiter's window: the two servers are asked a moment apart.
    else if (key === 'retry-after')
      headers[key] = /^\d+$/.test(value) && Number(value) <= 3600 ? 'whole seconds' : value
    else if (!varying.has(key)) headers[key] = value
  })
  // A confirmation page carries a signed, per-submission token: the rest of the page must match.
  const body = (await res.text())
    .replace(/(name="token" value=")[^"]+/g, '$1…')
    .replace(/("token":")[^"]+/g, '$1…')
  return { status: res.status, headers, body }
}

const lead = (n: string, extra: Record<string, unknown> = {}) => ({
  kind: 'callback',
  firstName: 'Jeanne',
  lastName: 'Martin',
  email: `jeanne.martin.${n}@exemple-pme.fr`,
  phone: '06 12 34 56 78',
  companyName: 'Atelier Dupont',
  preferredSlot: 'matin',
  message: 'Bonjour, nous cherchons une assistante deux jours par semaine.',
  privacyAck: true,
  sourcePage: `${siteUrl}/contact/`,
  ...extra,
})

type Case = {
  name: string
  /** What the visitor gets, request by request. */
  statuses: number[]
  /** Requests of one case go out in order; each is answered by both servers, then compared. */
  requests: (ctx: {
    n: string
    ip: string
    token: () => Promise<string>
  }) => Promise<(RequestInit & { path?: string })[]>
}

const json = (ip: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    origin: siteUrl,
    'x-forwarded-for': ip,
    ...headers,
  },
  body: typeof body === 'string' ? body : JSON.stringify(body),
})

const formPost = (ip: string, fields: Record<string, unknown>): RequestInit => ({
  method: 'POST',
  headers: {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'text/html',
    origin: siteUrl,
    referer: `${siteUrl}/contact/`,
    'x-forwarded-for': ip,
  },
  body: new URLSearchParams(
    Object.entries(fields).map(([k, v]) => [k, v === true ? 'on' : String(v)]),
  ).toString(),
})

const cases: Case[] = [
  {
    name: 'a form token, as an island fetches it',
    statuses: [200],
    requests: async ({ ip }) => [
      { path: '/api/leads/form-token', headers: { origin: siteUrl, 'x-forwarded-for': ip } },
    ],
  },
  {
    name: 'a lead from the island (JSON, form token)',
    statuses: [201],
    requests: async ({ n, ip, token }) => [json(ip, lead(n, { formToken: await token() }))],
  },
  {
    name: 'the same form posted without JavaScript (form token)',
    statuses: [303],
    requests: async ({ n, ip, token }) => [formPost(ip, lead(n, { formToken: await token() }))],
  },
  {
    name: 'a form posted without JavaScript and without a token (confirmation page)',
    statuses: [200],
    requests: async ({ n, ip }) => [formPost(ip, lead(n))],
  },
  {
    name: 'a foreign origin',
    statuses: [403],
    requests: async ({ n, ip }) => [json(ip, lead(n), { origin: 'https://evil.example' })],
  },
  {
    name: 'Origin: null',
    statuses: [403],
    requests: async ({ n, ip }) => [json(ip, lead(n), { origin: 'null' })],
  },
  {
    name: 'malformed JSON',
    statuses: [400],
    requests: async ({ ip }) => [json(ip, '{"kind": "callb')],
  },
  {
    name: 'fields the contract refuses',
    statuses: [400],
    requests: async ({ n, ip }) => [json(ip, lead(n, { email: 'pas-une-adresse', phone: '' }))],
  },
  {
    name: 'a body type no form sends',
    statuses: [415],
    requests: async ({ n, ip }) => [
      { ...json(ip, lead(n)), headers: { 'content-type': 'text/plain', origin: siteUrl } },
    ],
  },
  {
    name: 'a CV over the size cap (multipart, streamed)',
    statuses: [413],
    requests: async ({ n, ip }) => {
      const form = new FormData()
      for (const [k, v] of Object.entries(lead(n, { kind: 'freelancer_application' })))
        form.set(k, v === true ? 'on' : String(v))
      form.set('cv', new Blob([new Uint8Array(12 * 1024 * 1024)]), 'cv.pdf')
      return [{ method: 'POST', headers: { origin: siteUrl, 'x-forwarded-for': ip }, body: form }]
    },
  },
  {
    name: 'the per-IP limit (Retry-After)',
    statuses: [201, 201, 429],
    requests: async ({ n, ip }) =>
      [1, 2, 3].map((i) => json(ip, lead(`${n}-${i}`, { message: `Demande ${i}` }))),
  },
]

test('the lead route answered outside Next: same status, headers and body as through Next', async () => {
  test.setTimeout(180_000)
  requireProductionBuild()
  const { port, env, remove } = await productionEnv('direct', {
    TRUSTED_PROXIES: '1',
    LEADS_RATE_PER_IP_PER_MINUTE: '2',
    LEADS_MIN_FILL_SECONDS: '1',
    // As in a container, where Docker names the host: the server must still listen everywhere
    // (the health probe asks 127.0.0.1).
    HOSTNAME: 'cms-7f3a9c2e',
  })
  const viaNextPort = await freePort()
  const direct: Server = startServer(port, env)
  let viaNext: Server | undefined
  try {
    // Migrations first, by one process; then the second server on the same file.
    await waitUntilUp(`http://127.0.0.1:${port}/api/health?probe=ready`, direct)
    viaNext = startServer(viaNextPort, {
      ...env,
      LEADS_DIRECT_ROUTE: 'false',
      CMS_PORT: String(viaNextPort),
    })
    await waitUntilUp(`http://localhost:${viaNextPort}/api/health?probe=ready`, viaNext)
    const servers = {
      direct: `http://localhost:${port}`,
      viaNext: `http://localhost:${viaNextPort}`,
    }

    let ipCounter = 0
    for (const c of cases) {
      const answers: Record<string, Answer[]> = {}
      for (const [name, url] of Object.entries(servers)) {
        ipCounter++
        const token = async () => {
          const res = await fetch(`${url}/api/leads/form-token`)
          const { token: value } = (await res.json()) as { token: string }
          await new Promise((r) => setTimeout(r, 1100)) // the minimum fill time (1 s here)
          return value
        }
        const inits = await c.requests({
          n: `${name}-${ipCounter}`,
          ip: `10.7.0.${ipCounter}`,
          token,
        })
        answers[name] = []
        for (const init of inits)
          answers[name].push(
            await answerOf(
              await fetch(`${url}${init.path ?? '/api/leads/submit'}`, {
                ...init,
                redirect: 'manual',
              }),
            ),
          )
      }
      // The addresses differ between the two (per-server submissions): compare without them.
      const same = (a: Answer[]) =>
        JSON.parse(JSON.stringify(a).replace(/\.(direct|vianext)-\d+(-\d)?@/gi, '…@'))
      expect(same(answers.direct!), c.name).toEqual(same(answers.viaNext!))
      expect(
        answers.direct!.map((a) => a.status),
        `${c.name}: ${answers.direct!.map((a) => a.body.slice(0, 200)).join(' | ')}`,
      ).toEqual(c.statuses)
    }
    // The first server did answer the route itself; the other never did.
    expect(direct.log.join('')).toContain('POST /api/leads/submit answered directly')
    expect(direct.log.join('')).toContain('GET /api/leads/form-token answered directly')
    expect(viaNext.log.join('')).not.toContain('answered directly')
  } finally {
    signal(direct, 'SIGKILL')
    signal(viaNext, 'SIGKILL')
    await Promise.all([direct.exited, viaNext?.exited])
    remove()
  }
})

test('started without NODE_ENV, the web process runs as production: it refuses to start without its secrets', async () => {
  requireProductionBuild()
  const { port, env, remove } = await productionEnv('no-node-env')
  const { NODE_ENV: _mode, LEAD_SIGNING_SECRET: _secret, ...withoutEither } = env
  const server = startServer(port, withoutEither)
  try {
    const exit = await Promise.race([
      server.exited.then(() => server.child.exitCode),
      new Promise((r) => setTimeout(() => r('still running'), 60_000)),
    ])
    expect(exit, server.log.join('').slice(-2000)).toBe(1)
    expect(server.log.join('')).toContain(
      'Refusing to start in production: missing secret LEAD_SIGNING_SECRET',
    )
  } finally {
    signal(server, 'SIGKILL')
    await server.exited
    remove()
  }
})
