import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`job_descriptions_placeholders\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`token\` text,
  	\`where\` text,
  	\`kind\` text,
  	\`key\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`job_descriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`job_descriptions_placeholders_order_idx\` ON \`job_descriptions_placeholders\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_placeholders_parent_id_idx\` ON \`job_descriptions_placeholders\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_job_descriptions_v_version_placeholders\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`token\` text,
  	\`where\` text,
  	\`kind\` text,
  	\`key\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_job_descriptions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_placeholders_order_idx\` ON \`_job_descriptions_v_version_placeholders\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_placeholders_parent_id_idx\` ON \`_job_descriptions_v_version_placeholders\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`job_descriptions\` ADD \`template_id\` integer REFERENCES job_descriptions(id);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_template_idx\` ON \`job_descriptions\` (\`template_id\`);`)
  await db.run(sql`ALTER TABLE \`_job_descriptions_v\` ADD \`version_template_id\` integer REFERENCES job_descriptions(id);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version_template_idx\` ON \`_job_descriptions_v\` (\`version_template_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`job_descriptions_placeholders\`;`)
  await db.run(sql`DROP TABLE \`_job_descriptions_v_version_placeholders\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_job_descriptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'posting',
  	\`department\` text,
  	\`reports_to\` text,
  	\`date_posted\` text,
  	\`summary\` text,
  	\`overview\` text,
  	\`workplace_type\` text,
  	\`salary_min\` numeric,
  	\`salary_max\` numeric,
  	\`salary_currency\` text,
  	\`salary_interval\` text DEFAULT 'YEAR',
  	\`apply_url\` text,
  	\`valid_through\` text,
  	\`direct_apply\` integer DEFAULT false,
  	\`notes_for_authors\` text,
  	\`summary_plain\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_job_descriptions\`("id", "title", "slug", "kind", "department", "reports_to", "date_posted", "summary", "overview", "workplace_type", "salary_min", "salary_max", "salary_currency", "salary_interval", "apply_url", "valid_through", "direct_apply", "notes_for_authors", "summary_plain", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "kind", "department", "reports_to", "date_posted", "summary", "overview", "workplace_type", "salary_min", "salary_max", "salary_currency", "salary_interval", "apply_url", "valid_through", "direct_apply", "notes_for_authors", "summary_plain", "updated_at", "created_at", "_status" FROM \`job_descriptions\`;`)
  await db.run(sql`DROP TABLE \`job_descriptions\`;`)
  await db.run(sql`ALTER TABLE \`__new_job_descriptions\` RENAME TO \`job_descriptions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`job_descriptions_title_idx\` ON \`job_descriptions\` (\`title\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`job_descriptions_slug_idx\` ON \`job_descriptions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_kind_idx\` ON \`job_descriptions\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_department_idx\` ON \`job_descriptions\` (\`department\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_date_posted_idx\` ON \`job_descriptions\` (\`date_posted\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_summary_plain_idx\` ON \`job_descriptions\` (\`summary_plain\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_updated_at_idx\` ON \`job_descriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_created_at_idx\` ON \`job_descriptions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions__status_idx\` ON \`job_descriptions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__job_descriptions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'posting',
  	\`version_department\` text,
  	\`version_reports_to\` text,
  	\`version_date_posted\` text,
  	\`version_summary\` text,
  	\`version_overview\` text,
  	\`version_workplace_type\` text,
  	\`version_salary_min\` numeric,
  	\`version_salary_max\` numeric,
  	\`version_salary_currency\` text,
  	\`version_salary_interval\` text DEFAULT 'YEAR',
  	\`version_apply_url\` text,
  	\`version_valid_through\` text,
  	\`version_direct_apply\` integer DEFAULT false,
  	\`version_notes_for_authors\` text,
  	\`version_summary_plain\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`job_descriptions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__job_descriptions_v\`("id", "parent_id", "version_title", "version_slug", "version_kind", "version_department", "version_reports_to", "version_date_posted", "version_summary", "version_overview", "version_workplace_type", "version_salary_min", "version_salary_max", "version_salary_currency", "version_salary_interval", "version_apply_url", "version_valid_through", "version_direct_apply", "version_notes_for_authors", "version_summary_plain", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_kind", "version_department", "version_reports_to", "version_date_posted", "version_summary", "version_overview", "version_workplace_type", "version_salary_min", "version_salary_max", "version_salary_currency", "version_salary_interval", "version_apply_url", "version_valid_through", "version_direct_apply", "version_notes_for_authors", "version_summary_plain", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_job_descriptions_v\`;`)
  await db.run(sql`DROP TABLE \`_job_descriptions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__job_descriptions_v\` RENAME TO \`_job_descriptions_v\`;`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_parent_idx\` ON \`_job_descriptions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version_title_idx\` ON \`_job_descriptions_v\` (\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version_slug_idx\` ON \`_job_descriptions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version_kind_idx\` ON \`_job_descriptions_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version_department_idx\` ON \`_job_descriptions_v\` (\`version_department\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version_date_posted_idx\` ON \`_job_descriptions_v\` (\`version_date_posted\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version_summary_plain_idx\` ON \`_job_descriptions_v\` (\`version_summary_plain\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version_updated_at_idx\` ON \`_job_descriptions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version_created_at_idx\` ON \`_job_descriptions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version__status_idx\` ON \`_job_descriptions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_created_at_idx\` ON \`_job_descriptions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_updated_at_idx\` ON \`_job_descriptions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_latest_idx\` ON \`_job_descriptions_v\` (\`latest\`);`)
}
