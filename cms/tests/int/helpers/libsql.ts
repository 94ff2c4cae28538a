// The SQLite client @payloadcms/db-sqlite really uses, and the libsql binding under it, resolved
// the way the adapter resolves them: the same module instances, patched by
// patches/@libsql__client@0.14.0.patch (docs/adr/0038).
import { createRequire } from 'node:module'

const fromAdapter = createRequire(createRequire(import.meta.url).resolve('@payloadcms/db-sqlite'))

/** The entry file of `@libsql/client` (import it for `createClient`). */
export const libsqlClientEntry = fromAdapter.resolve('@libsql/client')

/** libsql's `Database` class: its `prepare` is where SQLite compiles a statement. */
export const LibsqlDatabase = createRequire(libsqlClientEntry)('libsql') as {
  prototype: { prepare: (this: unknown, sql: string) => unknown }
}
