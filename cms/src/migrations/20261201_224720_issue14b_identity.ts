import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`marketing_opt_in_at\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`marketing_notice_version\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`pending_changes\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`marketing_opt_in_at\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`marketing_notice_version\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`pending_changes\`;`)
}
