// The runner polls the queue every second: its claim query must find the open jobs through an
// index, not read every finished job kept for JOBS_KEEP_DAYS (docs/adr/0038). SQLite: the plan is
// SQLite's; MongoDB gets the same compound index from the collection config.
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { LibsqlDatabase } from './helpers/libsql'
import { bootPayload, shutdownPayload } from './helpers/payload'

const sqlite = !process.env.DATABASE_URI?.startsWith('mongodb')
type Client = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

// Every statement the adapter prepares, as SQLite receives it (each text once per connection:
// the client reuses its statements).
const prepared: string[] = []
if (sqlite) {
  const prepare = LibsqlDatabase.prototype.prepare
  LibsqlDatabase.prototype.prepare = function (sql: string) {
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
    await payload.jobs.run({ limit: 50, silent: true })
    const claim = prepared.findLast(
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
