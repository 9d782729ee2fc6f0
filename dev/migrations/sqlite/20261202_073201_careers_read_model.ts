import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`careers_postings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`posting\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`department\` text,
  	\`workplace_type\` text NOT NULL,
  	\`employment_types\` text NOT NULL,
  	\`places\` text NOT NULL,
  	\`remote_countries\` text NOT NULL,
  	\`date_posted\` text NOT NULL,
  	\`valid_through\` text,
  	\`title_words\` text,
  	\`body_words\` text,
  	\`faq_ids\` text NOT NULL,
  	\`item_keys\` text,
  	\`node\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`careers_postings_posting_idx\` ON \`careers_postings\` (\`posting\`);`)
  await db.run(sql`CREATE INDEX \`careers_postings_locale_idx\` ON \`careers_postings\` (\`locale\`);`)
  await db.run(sql`CREATE INDEX \`careers_postings_slug_idx\` ON \`careers_postings\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`careers_postings_department_idx\` ON \`careers_postings\` (\`department\`);`)
  await db.run(sql`CREATE INDEX \`careers_postings_workplace_type_idx\` ON \`careers_postings\` (\`workplace_type\`);`)
  await db.run(sql`CREATE INDEX \`careers_postings_date_posted_idx\` ON \`careers_postings\` (\`date_posted\`);`)
  await db.run(sql`CREATE INDEX \`careers_postings_valid_through_idx\` ON \`careers_postings\` (\`valid_through\`);`)
  await db.run(sql`CREATE INDEX \`careers_postings_item_keys_idx\` ON \`careers_postings\` (\`item_keys\`);`)
  await db.run(sql`CREATE INDEX \`careers_postings_updated_at_idx\` ON \`careers_postings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`careers_postings_created_at_idx\` ON \`careers_postings\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`posting_locale_idx\` ON \`careers_postings\` (\`posting\`,\`locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`slug_locale_idx\` ON \`careers_postings\` (\`slug\`,\`locale\`);`)
  await db.run(sql`CREATE TABLE \`careers_faqs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`faq\` text NOT NULL,
  	\`question\` text NOT NULL,
  	\`node\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`careers_faqs_faq_idx\` ON \`careers_faqs\` (\`faq\`);`)
  await db.run(sql`CREATE INDEX \`careers_faqs_updated_at_idx\` ON \`careers_faqs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`careers_faqs_created_at_idx\` ON \`careers_faqs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`careers_postings_id\` integer REFERENCES careers_postings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`careers_faqs_id\` integer REFERENCES careers_faqs(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_careers_postings_id_idx\` ON \`payload_locked_documents_rels\` (\`careers_postings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_careers_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`careers_faqs_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`careers_postings\`;`)
  await db.run(sql`DROP TABLE \`careers_faqs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`job_descriptions_id\` integer,
  	\`responsibilities_id\` integer,
  	\`requirements_id\` integer,
  	\`faqs_id\` integer,
  	\`approvals_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`job_descriptions_id\`) REFERENCES \`job_descriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`responsibilities_id\`) REFERENCES \`responsibilities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`requirements_id\`) REFERENCES \`requirements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`approvals_id\`) REFERENCES \`approvals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "job_descriptions_id", "responsibilities_id", "requirements_id", "faqs_id", "approvals_id", "users_id") SELECT "id", "order", "parent_id", "path", "job_descriptions_id", "responsibilities_id", "requirements_id", "faqs_id", "approvals_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_job_descriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`job_descriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_responsibilities_id_idx\` ON \`payload_locked_documents_rels\` (\`responsibilities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_requirements_id_idx\` ON \`payload_locked_documents_rels\` (\`requirements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approvals_id_idx\` ON \`payload_locked_documents_rels\` (\`approvals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
