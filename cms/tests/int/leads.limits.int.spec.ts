// Limits that hold (issue 14, audit F2): the client address comes from TRUSTED_PROXIES, never from
// what the client wrote, and the budgets live in the database, so a second CMS process on the same
// database spends the same budget.
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { postLead, uniqueIp, validLead } from './helpers/leads'

let payload: Payload
const perMinute = Number(process.env.LEADS_RATE_PER_IP_PER_MINUTE ?? 10)
const cmsDir = path.resolve(import.meta.dirname, '../..')

beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(() => shutdownPayload(payload))
afterEach(() => {
  process.env.TRUSTED_PROXIES = '1'
})

/** The budget is per minute: start a burst well inside one. */
const awayFromMinuteEdge = async () => {
  const intoMinute = Date.now() % 60_000
  if (intoMinute > 45_000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute))
}
const accepted = (statuses: number[]) => statuses.filter((s) => s === 201).length

it('CMS reached directly: 30 submissions with 30 forged X-Forwarded-For are limited as one client', async () => {
  process.env.TRUSTED_PROXIES = '0'
  await awayFromMinuteEdge()
  const statuses: number[] = []
  for (let i = 0; i < 30; i++)
    statuses.push((await postLead(validLead('contact'), { ip: `198.51.100.${i + 1}` })).status)
  expect(accepted(statuses)).toBe(perMinute)
  expect(statuses.slice(perMinute).every((s) => s === 429)).toBe(true)
})

it('behind one proxy: what the client wrote before the proxy’s entry buys nothing', async () => {
  process.env.TRUSTED_PROXIES = '1'
  await awayFromMinuteEdge()
  const real = uniqueIp()
  const statuses: number[] = []
  for (let i = 0; i < 30; i++)
    statuses.push(
      (await postLead(validLead('contact'), { ip: `203.0.113.${i + 1}, ${real}` })).status,
    )
  expect(accepted(statuses)).toBe(perMinute)
})

it('a second CMS process on the same database spends the same budget', async () => {
  process.env.TRUSTED_PROXIES = '1'
  await awayFromMinuteEdge()
  const ip = uniqueIp()
  const here: number[] = []
  for (let i = 0; i < 6; i++) here.push((await postLead(validLead('contact'), { ip })).status)
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['node_modules/payload/bin.js', 'run', 'tests/int/fixtures/submitLeads.ts', '6', ip],
    { cwd: cmsDir, env: { ...process.env, TRUSTED_PROXIES: '1' }, timeout: 90_000 },
  )
  const there = JSON.parse(stdout.match(/STATUSES (\[.*\])/)?.[1] ?? 'null') as number[]
  expect(accepted(here)).toBe(6)
  expect(accepted(there)).toBe(perMinute - 6)
}, 120_000)
