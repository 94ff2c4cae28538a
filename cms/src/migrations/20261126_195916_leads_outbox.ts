import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`contacts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`first_name\` text,
  	\`last_name\` text,
  	\`phone\` text,
  	\`company_name\` text,
  	\`first_contact_at\` text,
  	\`last_own_contact_at\` text,
  	\`marketing_opt_in\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`contacts_email_idx\` ON \`contacts\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`contacts_last_own_contact_at_idx\` ON \`contacts\` (\`last_own_contact_at\`);`)
  await db.run(sql`CREATE INDEX \`contacts_updated_at_idx\` ON \`contacts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contacts_created_at_idx\` ON \`contacts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`emails\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`template\` text NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`to\` text NOT NULL,
  	\`person\` text,
  	\`subject\` text,
  	\`lead_id\` integer,
  	\`webinar_id\` integer,
  	\`params\` text,
  	\`send_after\` text,
  	\`sent_at\` text,
  	\`message_id\` text,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`lead_id\`) REFERENCES \`leads\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`webinar_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`emails_key_idx\` ON \`emails\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`emails_template_idx\` ON \`emails\` (\`template\`);`)
  await db.run(sql`CREATE INDEX \`emails_status_idx\` ON \`emails\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`emails_person_idx\` ON \`emails\` (\`person\`);`)
  await db.run(sql`CREATE INDEX \`emails_lead_idx\` ON \`emails\` (\`lead_id\`);`)
  await db.run(sql`CREATE INDEX \`emails_webinar_idx\` ON \`emails\` (\`webinar_id\`);`)
  await db.run(sql`CREATE INDEX \`emails_sent_at_idx\` ON \`emails\` (\`sent_at\`);`)
  await db.run(sql`CREATE INDEX \`emails_updated_at_idx\` ON \`emails\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`emails_created_at_idx\` ON \`emails\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`resumes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`person\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`resumes_person_idx\` ON \`resumes\` (\`person\`);`)
  await db.run(sql`CREATE INDEX \`resumes_updated_at_idx\` ON \`resumes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`resumes_created_at_idx\` ON \`resumes\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`resumes_filename_idx\` ON \`resumes\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`spam_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`honeypot\` numeric DEFAULT 0,
  	\`too_fast\` numeric DEFAULT 0,
  	\`suspicious\` numeric DEFAULT 0,
  	\`rate_limit_ip\` numeric DEFAULT 0,
  	\`rate_limit_email\` numeric DEFAULT 0,
  	\`foreign_origin\` numeric DEFAULT 0,
  	\`last_rejected_at\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`contact_id\` integer REFERENCES contacts(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`cv_id\` integer REFERENCES resumes(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`consent_talent_pool_opt_in\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`sends_emails\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`leads\` ADD \`retain_until\` text;`)
  await db.run(sql`CREATE INDEX \`leads_contact_idx\` ON \`leads\` (\`contact_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_cv_idx\` ON \`leads\` (\`cv_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_sends_emails_idx\` ON \`leads\` (\`sends_emails\`);`)
  await db.run(sql`CREATE INDEX \`leads_retain_until_idx\` ON \`leads\` (\`retain_until\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contacts_id\` integer REFERENCES contacts(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`emails_id\` integer REFERENCES emails(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`resumes_id\` integer REFERENCES resumes(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_emails_id_idx\` ON \`payload_locked_documents_rels\` (\`emails_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_resumes_id_idx\` ON \`payload_locked_documents_rels\` (\`resumes_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`contacts\`;`)
  await db.run(sql`DROP TABLE \`emails\`;`)
  await db.run(sql`DROP TABLE \`resumes\`;`)
  await db.run(sql`DROP TABLE \`spam_stats\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_leads\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`status\` text DEFAULT 'nouveau' NOT NULL,
  	\`owner_id\` integer,
  	\`first_name\` text,
  	\`last_name\` text,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`company_name\` text,
  	\`company_size\` text,
  	\`job_role\` text,
  	\`message\` text,
  	\`details\` text,
  	\`white_paper_id\` integer,
  	\`webinar_id\` integer,
  	\`consent_notice_version\` text NOT NULL,
  	\`consent_legal_basis\` text NOT NULL,
  	\`consent_marketing_opt_in\` integer DEFAULT false,
  	\`consent_at\` text NOT NULL,
  	\`attribution_source_page\` text,
  	\`attribution_landing_page\` text,
  	\`attribution_referrer\` text,
  	\`attribution_utm_source\` text,
  	\`attribution_utm_medium\` text,
  	\`attribution_utm_campaign\` text,
  	\`attribution_utm_term\` text,
  	\`attribution_utm_content\` text,
  	\`last_contact_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`white_paper_id\`) REFERENCES \`white_papers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`webinar_id\`) REFERENCES \`webinars\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_leads\`("id", "kind", "status", "owner_id", "first_name", "last_name", "email", "phone", "company_name", "company_size", "job_role", "message", "details", "white_paper_id", "webinar_id", "consent_notice_version", "consent_legal_basis", "consent_marketing_opt_in", "consent_at", "attribution_source_page", "attribution_landing_page", "attribution_referrer", "attribution_utm_source", "attribution_utm_medium", "attribution_utm_campaign", "attribution_utm_term", "attribution_utm_content", "last_contact_at", "updated_at", "created_at") SELECT "id", "kind", "status", "owner_id", "first_name", "last_name", "email", "phone", "company_name", "company_size", "job_role", "message", "details", "white_paper_id", "webinar_id", "consent_notice_version", "consent_legal_basis", "consent_marketing_opt_in", "consent_at", "attribution_source_page", "attribution_landing_page", "attribution_referrer", "attribution_utm_source", "attribution_utm_medium", "attribution_utm_campaign", "attribution_utm_term", "attribution_utm_content", "last_contact_at", "updated_at", "created_at" FROM \`leads\`;`)
  await db.run(sql`DROP TABLE \`leads\`;`)
  await db.run(sql`ALTER TABLE \`__new_leads\` RENAME TO \`leads\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`leads_kind_idx\` ON \`leads\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`leads_status_idx\` ON \`leads\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`leads_owner_idx\` ON \`leads\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_email_idx\` ON \`leads\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`leads_white_paper_idx\` ON \`leads\` (\`white_paper_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_webinar_idx\` ON \`leads\` (\`webinar_id\`);`)
  await db.run(sql`CREATE INDEX \`leads_last_contact_at_idx\` ON \`leads\` (\`last_contact_at\`);`)
  await db.run(sql`CREATE INDEX \`leads_updated_at_idx\` ON \`leads\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`leads_created_at_idx\` ON \`leads\` (\`created_at\`);`)
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_changes_id\`) REFERENCES \`site_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "categories_id", "white_papers_id", "webinars_id", "freelancers_id", "pages_id", "media_id", "documents_id", "leads_id", "users_id", "site_changes_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "articles_id", "categories_id", "white_papers_id", "webinars_id", "freelancers_id", "pages_id", "media_id", "documents_id", "leads_id", "users_id", "site_changes_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`site_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
