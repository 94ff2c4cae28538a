import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`lead_intakes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`reason\` text,
  	\`kind\` text,
  	\`email\` text,
  	\`data\` text,
  	\`refs\` text,
  	\`client\` text,
  	\`cv_id\` integer,
  	\`lead_id\` integer,
  	\`token_nonce\` text,
  	\`content_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`cv_id\`) REFERENCES \`resumes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lead_id\`) REFERENCES \`leads\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`lead_intakes_key_idx\` ON \`lead_intakes\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`lead_intakes_status_idx\` ON \`lead_intakes\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`lead_intakes_email_idx\` ON \`lead_intakes\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`lead_intakes_cv_idx\` ON \`lead_intakes\` (\`cv_id\`);`)
  await db.run(sql`CREATE INDEX \`lead_intakes_lead_idx\` ON \`lead_intakes\` (\`lead_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`lead_intakes_token_nonce_idx\` ON \`lead_intakes\` (\`token_nonce\`);`)
  await db.run(sql`CREATE INDEX \`lead_intakes_content_hash_idx\` ON \`lead_intakes\` (\`content_hash\`);`)
  await db.run(sql`CREATE INDEX \`lead_intakes_updated_at_idx\` ON \`lead_intakes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`lead_intakes_created_at_idx\` ON \`lead_intakes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`erasure_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`erased_by\` text NOT NULL,
  	\`erased_by_user_id\` integer,
  	\`summary\` text,
  	\`leads\` numeric NOT NULL,
  	\`contacts\` numeric NOT NULL,
  	\`emails\` numeric NOT NULL,
  	\`files\` numeric NOT NULL,
  	\`complete\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`erased_by_user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`erasure_log_erased_by_user_idx\` ON \`erasure_log\` (\`erased_by_user_id\`);`)
  await db.run(sql`CREATE INDEX \`erasure_log_updated_at_idx\` ON \`erasure_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`erasure_log_created_at_idx\` ON \`erasure_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`claims\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`scope\` text,
  	\`expires_at\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`claims_key_idx\` ON \`claims\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`claims_scope_idx\` ON \`claims\` (\`scope\`);`)
  await db.run(sql`CREATE INDEX \`claims_expires_at_idx\` ON \`claims\` (\`expires_at\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT 'media';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`prefix\` text DEFAULT 'documents';`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`leads_notes\` ADD \`by\` text;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`full_name\` text;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`owner_name\` text;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`intake_key\` text;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`content_hash\` text;`)
  await db.run(sql`CREATE INDEX \`leads_full_name_idx\` ON \`leads\` (\`full_name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`leads_intake_key_idx\` ON \`leads\` (\`intake_key\`);`)
  await db.run(sql`CREATE INDEX \`leads_content_hash_idx\` ON \`leads\` (\`content_hash\`);`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`marketing_opt_in_at\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`marketing_notice_version\` text;`)
  await db.run(sql`ALTER TABLE \`contacts\` ADD \`pending_changes\` text;`)
  await db.run(sql`ALTER TABLE \`emails\` ADD \`mailbox\` text;`)
  await db.run(sql`CREATE INDEX \`emails_mailbox_idx\` ON \`emails\` (\`mailbox\`);`)
  await db.run(sql`ALTER TABLE \`resumes\` ADD \`prefix\` text DEFAULT 'resumes';`)
  await db.run(sql`ALTER TABLE \`resumes\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`lead_intakes_id\` integer REFERENCES lead_intakes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`erasure_log_id\` integer REFERENCES erasure_log(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`claims_id\` integer REFERENCES claims(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_lead_intakes_id_idx\` ON \`payload_locked_documents_rels\` (\`lead_intakes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_erasure_log_id_idx\` ON \`payload_locked_documents_rels\` (\`erasure_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`claims_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`lead_intakes\`;`)
  await db.run(sql`DROP TABLE \`erasure_log\`;`)
  await db.run(sql`DROP TABLE \`claims\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`categories_id\` integer,
  	\`white_papers_id\` integer,
  	\`webinars_id\` integer,
  	\`freelancers_id\` integer,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`leads_id\` integer,
  	\`contacts_id\` integer,
  	\`emails_id\` integer,
  	\`resumes_id\` integer,
  	\`users_id\` integer,
  	\`site_changes_id\` integer,
  	\`redirects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`white_papers_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webinars_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`freelancers_id\`) REFERENCES \`freelancers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leads_id\`) REFERENCES \`leads\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`contacts_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`emails_id\`) REFERENCES \`emails\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`resumes_id\`) REFERENCES \`resumes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_changes_id\`) REFERENCES \`site_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "categories_id", "white_papers_id", "webinars_id", "freelancers_id", "pages_id", "media_id", "documents_id", "leads_id", "contacts_id", "emails_id", "resumes_id", "users_id", "site_changes_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "articles_id", "categories_id", "white_papers_id", "webinars_id", "freelancers_id", "pages_id", "media_id", "documents_id", "leads_id", "contacts_id", "emails_id", "resumes_id", "users_id", "site_changes_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_white_papers_id_idx\` ON \`payload_locked_documents_rels\` (\`white_papers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webinars_id_idx\` ON \`payload_locked_documents_rels\` (\`webinars_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_freelancers_id_idx\` ON \`payload_locked_documents_rels\` (\`freelancers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_leads_id_idx\` ON \`payload_locked_documents_rels\` (\`leads_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_emails_id_idx\` ON \`payload_locked_documents_rels\` (\`emails_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resumes_id_idx\` ON \`payload_locked_documents_rels\` (\`resumes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`site_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`DROP INDEX \`leads_full_name_idx\`;`)
  await db.run(sql`DROP INDEX \`leads_intake_key_idx\`;`)
  await db.run(sql`DROP INDEX \`leads_content_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`leads\` DROP COLUMN \`full_name\`;`)
  await db.run(sql`ALTER TABLE \`leads\` DROP COLUMN \`owner_name\`;`)
  await db.run(sql`ALTER TABLE \`leads\` DROP COLUMN \`intake_key\`;`)
  await db.run(sql`ALTER TABLE \`leads\` DROP COLUMN \`content_hash\`;`)
  await db.run(sql`DROP INDEX \`emails_mailbox_idx\`;`)
  await db.run(sql`ALTER TABLE \`emails\` DROP COLUMN \`mailbox\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`leads_notes\` DROP COLUMN \`by\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`marketing_opt_in_at\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`marketing_notice_version\`;`)
  await db.run(sql`ALTER TABLE \`contacts\` DROP COLUMN \`pending_changes\`;`)
  await db.run(sql`ALTER TABLE \`resumes\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`resumes\` DROP COLUMN \`_objectkey\`;`)
}
