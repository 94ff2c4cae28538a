import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`leads_notes\` ADD \`by\` text;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`full_name\` text;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`owner_name\` text;`)
  await db.run(sql`CREATE INDEX \`leads_full_name_idx\` ON \`leads\` (\`full_name\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`leads_full_name_idx\`;`)
  await db.run(sql`ALTER TABLE \`leads\` DROP COLUMN \`full_name\`;`)
  await db.run(sql`ALTER TABLE \`leads\` DROP COLUMN \`owner_name\`;`)
  await db.run(sql`ALTER TABLE \`leads_notes\` DROP COLUMN \`by\`;`)
}
