// Replaced by `payload migrate:create`; kept committed. See docs/adr/0003-migrations.md.
export const migrations = []
