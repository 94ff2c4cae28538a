// The runner polls the queue every second: its claim query must find the open jobs through an
// index, not read every finished job kept for JOBS_KEEP_DAYS (docs/adr/0038). SQLite: the plan is
// SQLite's; MongoDB gets the same compound index from the collection config.
import { createRequire } from 'node:module'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { bootPayload, shutdownPayload } from './helpers/payload'

const sqlite = !process.env.DATABASE_URI?.startsWith('mongodb')
type Client = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

// Every statement the adapter prepares, as SQLite receives it.
const prepared: string[] = []
if (sqlite) {
  const fromAdapter = createRequire(createRequire(import.meta.url).resolve('@payloadcms/db-sqlite'))
  const Database = createRequire(fromAdapter.resolve('@libsql/client'))('libsql') as {
    prototype: { prepare: (sql: string) => unknown }
  }
  const prepare = Database.prototype.prepare
  Database.prototype.prepare = function (this: unknown, sql: string) {
    prepared.push(sql)
    return prepare.call(this, sql)
  }
}

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await shutdownPayload(payload)
})

it.skipIf(!sqlite)(
  "the runner's claim query finds open jobs by index, without sorting or reading finished ones",
  async () => {
    await payload.jobs.queue({ task: 'sendEmail', input: { key: 'poll:test' } })
    prepared.length = 0
    await payload.jobs.run({ limit: 50, silent: true })
    const claim = prepared.find(
      (sql) => /^select\b/i.test(sql) && /from "payload_jobs" "payload_jobs" where/.test(sql),
    )
    expect(claim, prepared.join('\n')).toBeDefined()
    const client = (payload.db as unknown as { client: Client }).client
    const plan = (await client.execute(`EXPLAIN QUERY PLAN ${claim}`)).rows.map((r) =>
      String(r.detail),
    )
    // The outer query (not the job log's subquery) searches an index led by completed_at…
    expect(plan[0]).toMatch(/^SEARCH payload_jobs USING INDEX \S+ \(completed_at=\? AND queue=\?/)
    // …whose order is the runner's (created_at): no sort of the candidates in a temp B-tree.
    expect(plan.at(-1)).not.toMatch(/TEMP B-TREE FOR ORDER BY/)
  },
)
