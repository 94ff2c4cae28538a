// "A lead that was accepted must never be lost" (issues 4 and 14): the production server (`pnpm start`,
// cms/server.ts around the build this stage made) on its own SQLite file takes leads from 8 concurrent visitors and is
// SIGKILLed mid-load. Restarted on the same file, with its in-process worker and an SMTP server
// in this process, every lead that got a 201 is there, with its e-mails queued, and each e-mail
// is delivered exactly once. Requests cut by the kill are not counted (the visitor saw an error).
// Since issue 14 a 201 follows one durable write of the submission (lead-intakes). The killed web
// process runs as production does beside a worker (JOBS_AUTORUN=false, none started here): it only
// answers (docs/adr/0027), so every lead is made by the intake sweep of the restarted server, and
// every 201 must still end as exactly one lead.
//
// Why here and not in the integration stage: this stage has the CMS built, so the test kills the
// very server production runs (Next's request handling, the route, Payload, the adapter) rather
// than a stand-in around the endpoint handler.
//
// Checked against a mutant endpoint that answers first and stores 50 ms later (a write-behind
// buffer): it fails, the last leads answered 201 are missing. A bare `void storeLead()` was not
// caught in two runs: the SQLite driver is synchronous, so such a store runs on in microtasks and
// is done before Node gets to write the answer to the socket.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { TestSmtp, freePort } from '../int/helpers/smtp'
import {
  productionEnv,
  requireProductionBuild,
  signal,
  startServer,
  waitUntilUp,
  type Server,
} from './fixtures/productionServer'

const cmsDir = path.resolve(import.meta.dirname, '../..')
const siteUrl = process.env.SITE_URL ?? 'http://localhost:4321'
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

test('the CMS killed mid-load: every lead that got a 201 is stored after restart, its e-mails sent once', async () => {
  test.setTimeout(240_000)
  requireProductionBuild()
  const smtpPort = await freePort()
  const smtp = await new TestSmtp().start(smtpPort)
  const { dir, port, cmsUrl, env, remove } = await productionEnv('kill', {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    // The test plays the reverse proxy: each visitor has its own X-Forwarded-For address.
    TRUSTED_PROXIES: '1',
  })
  let server: Server | undefined
  try {
    // 1. The web process as production runs it: no worker inside (JOBS_AUTORUN=false), so no
    //    e-mail leaves before the kill and "exactly once" below is about the outbox alone.
    server = startServer(port, { ...env, JOBS_AUTORUN: 'false' })
    await waitUntilUp(`${cmsUrl}/api/leads/form-token`, server)
    // One form token per visitor, as the islands get them: a token is good for one submission.
    const tokens: string[] = []
    for (let i = 0; i < 400; i++) {
      const res = await fetch(`${cmsUrl}/api/leads/form-token`)
      tokens.push(((await res.json()) as { token: string }).token)
    }
    await sleep(3500) // the minimum fill time of a form token

    const accepted: string[] = []
    const refused: string[] = []
    let cut = 0
    let inFlight = 0
    let inFlightAtKill = -1
    let n = 0
    let killSent = false
    const kill = () => {
      killSent = true
      inFlightAtKill = inFlight - 1 // the request that triggered it has its answer
      signal(server, 'SIGKILL')
    }
    const visitor = async () => {
      while (!killSent && n < tokens.length) {
        const i = n++
        const email = `kill-${i}@exemple-pme.fr`
        inFlight++
        try {
          const res = await fetch(`${cmsUrl}/api/leads/submit`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              origin: siteUrl,
              'x-forwarded-for': `10.9.${i >> 8}.${i & 255}`,
            },
            body: JSON.stringify({
              kind: i % 2 ? 'callback' : 'contact',
              firstName: 'Jeanne',
              lastName: 'Martin',
              email,
              phone: '06 12 34 56 78',
              companyName: 'Atelier Dupont',
              preferredSlot: 'matin',
              message: 'Bonjour, nous cherchons une assistante deux jours par semaine.',
              privacyAck: true,
              formToken: tokens[i],
              sourcePage: `${siteUrl}/contact/`,
            }),
          })
          if (res.status === 201) accepted.push(email)
          else refused.push(`${res.status} ${email}`)
          // Killed the moment the 60th 201 arrives (no polling delay): a lead answered before
          // it was stored has the least time to get stored anyway.
          if (accepted.length === 60 && !killSent) kill()
          await res.arrayBuffer()
        } catch {
          cut++ // the connection died with the server: not an accepted lead
        } finally {
          inFlight--
        }
      }
    }
    const visitors = Array.from({ length: 8 }, visitor)
    const deadline = Date.now() + 60_000
    while (!killSent && refused.length === 0 && Date.now() < deadline) await sleep(20)
    if (!killSent) kill()
    await server.exited
    await Promise.all(visitors)
    expect(refused, 'every well-formed lead is accepted before the kill').toEqual([])
    expect(accepted.length).toBeGreaterThanOrEqual(60)
    expect(inFlightAtKill, 'requests were in flight when the server died').toBeGreaterThan(0)
    // The answer came after one durable write (the intake record); leads made from it later,
    // or by the intake sweep after the restart. No worker ran: an e-mail here would have been
    // sent on the request path.
    expect(smtp.mails).toHaveLength(0)
    console.info(`kill test: ${accepted.length} leads accepted, ${cut} requests cut by the kill`)

    // 2. Same database, with the in-process worker (as the demo runs): the queue drains.
    server = startServer(port, { ...env, JOBS_AUTORUN: 'true' })
    await waitUntilUp(`${cmsUrl}/api/leads/form-token`, server)
    const delivered = () =>
      accepted.every(
        (email) =>
          smtp.to(email).length > 0 &&
          smtp.mails.some(
            (m) => m.subject.startsWith('Nouvelle demande') && m.text.includes(email),
          ),
      )
    const mailDeadline = Date.now() + 120_000
    while (!delivered() && Date.now() < mailDeadline) await sleep(500)
    await sleep(3000) // a few more worker rounds: anything sent twice would show now
    signal(server, 'SIGTERM')
    await Promise.race([server.exited, sleep(10_000)])
    signal(server, 'SIGKILL')
    await server.exited

    // 3. What the database holds, through the Local API (a `payload run` on the same file).
    const list = path.join(dir, 'accepted.json')
    fs.writeFileSync(list, JSON.stringify(accepted))
    const { stdout } = await promisify(execFile)(
      path.join(cmsDir, 'node_modules/.bin/payload'),
      ['run', 'tests/e2e/fixtures/storedLeads.ts'],
      {
        cwd: cmsDir,
        env: { ...env, JOBS_AUTORUN: 'false', KILL_TEST_EMAILS: list },
        timeout: 120_000,
      },
    )
    const line = stdout.split('\n').find((l) => l.startsWith('RESULT '))
    expect(line, stdout.slice(-2000)).toBeTruthy()
    const stored = JSON.parse(line!.slice('RESULT '.length)) as {
      leads: { id: string; email: string; contact: boolean }[]
      emails: { key: string; lead: string; template: string; status: string }[]
    }
    // Every accepted lead is there, once, with its contact.
    expect(stored.leads.map((l) => l.email).sort()).toEqual([...accepted].sort())
    expect(stored.leads.every((l) => l.contact)).toBe(true)
    // Its two e-mails were queued with it and the worker sent them.
    const perKey = new Map<string, number>()
    for (const m of smtp.mails) perKey.set(m.key, (perKey.get(m.key) ?? 0) + 1)
    for (const lead of stored.leads) {
      const records = stored.emails.filter((e) => e.lead === lead.id)
      expect(records.map((e) => e.template).sort(), lead.email).toEqual([
        'acknowledgement',
        'team-notification',
      ])
      for (const record of records) {
        expect(record.status, record.key).toBe('sent')
        expect(perKey.get(record.key), `deliveries of ${record.key}`).toBe(1)
      }
    }
    // Nothing anywhere went twice (leads cut by the kill but committed included).
    expect([...perKey.entries()].filter(([, count]) => count > 1)).toEqual([])
  } finally {
    signal(server, 'SIGKILL')
    await smtp.stop()
    remove()
  }
})
