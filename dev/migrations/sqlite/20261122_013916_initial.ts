import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`job_descriptions_employment_type\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`job_descriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`job_descriptions_employment_type_order_idx\` ON \`job_descriptions_employment_type\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_employment_type_parent_idx\` ON \`job_descriptions_employment_type\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`job_descriptions_locations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`city\` text,
  	\`region\` text,
  	\`country\` text,
  	\`street_address\` text,
  	\`postal_code\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`job_descriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`job_descriptions_locations_order_idx\` ON \`job_descriptions_locations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_locations_parent_id_idx\` ON \`job_descriptions_locations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`job_descriptions\` (
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
  	\`notes_for_authors\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`job_descriptions_title_idx\` ON \`job_descriptions\` (\`title\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`job_descriptions_slug_idx\` ON \`job_descriptions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_kind_idx\` ON \`job_descriptions\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_department_idx\` ON \`job_descriptions\` (\`department\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_date_posted_idx\` ON \`job_descriptions\` (\`date_posted\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_updated_at_idx\` ON \`job_descriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_created_at_idx\` ON \`job_descriptions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions__status_idx\` ON \`job_descriptions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`job_descriptions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`responsibilities_id\` integer,
  	\`requirements_id\` integer,
  	\`faqs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`job_descriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`responsibilities_id\`) REFERENCES \`responsibilities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`requirements_id\`) REFERENCES \`requirements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`job_descriptions_rels_order_idx\` ON \`job_descriptions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_rels_parent_idx\` ON \`job_descriptions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_rels_path_idx\` ON \`job_descriptions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_rels_responsibilities_id_idx\` ON \`job_descriptions_rels\` (\`responsibilities_id\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_rels_requirements_id_idx\` ON \`job_descriptions_rels\` (\`requirements_id\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_rels_faqs_id_idx\` ON \`job_descriptions_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE TABLE \`_job_descriptions_v_version_employment_type\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_job_descriptions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_employment_type_order_idx\` ON \`_job_descriptions_v_version_employment_type\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_employment_type_parent_idx\` ON \`_job_descriptions_v_version_employment_type\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_job_descriptions_v_version_locations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`city\` text,
  	\`region\` text,
  	\`country\` text,
  	\`street_address\` text,
  	\`postal_code\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_job_descriptions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_locations_order_idx\` ON \`_job_descriptions_v_version_locations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_locations_parent_id_idx\` ON \`_job_descriptions_v_version_locations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_job_descriptions_v\` (
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
  	\`version_notes_for_authors\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`job_descriptions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_parent_idx\` ON \`_job_descriptions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version_title_idx\` ON \`_job_descriptions_v\` (\`version_title\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version_slug_idx\` ON \`_job_descriptions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version_kind_idx\` ON \`_job_descriptions_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version_department_idx\` ON \`_job_descriptions_v\` (\`version_department\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version_date_posted_idx\` ON \`_job_descriptions_v\` (\`version_date_posted\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version_updated_at_idx\` ON \`_job_descriptions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version_created_at_idx\` ON \`_job_descriptions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version__status_idx\` ON \`_job_descriptions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_created_at_idx\` ON \`_job_descriptions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_updated_at_idx\` ON \`_job_descriptions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_latest_idx\` ON \`_job_descriptions_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_job_descriptions_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`responsibilities_id\` integer,
  	\`requirements_id\` integer,
  	\`faqs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_job_descriptions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`responsibilities_id\`) REFERENCES \`responsibilities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`requirements_id\`) REFERENCES \`requirements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_rels_order_idx\` ON \`_job_descriptions_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_rels_parent_idx\` ON \`_job_descriptions_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_rels_path_idx\` ON \`_job_descriptions_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_rels_responsibilities_id_idx\` ON \`_job_descriptions_v_rels\` (\`responsibilities_id\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_rels_requirements_id_idx\` ON \`_job_descriptions_v_rels\` (\`requirements_id\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_rels_faqs_id_idx\` ON \`_job_descriptions_v_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE TABLE \`responsibilities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`category\` text DEFAULT 'primary',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`responsibilities_text_idx\` ON \`responsibilities\` (\`text\`);`)
  await db.run(sql`CREATE INDEX \`responsibilities_updated_at_idx\` ON \`responsibilities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`responsibilities_created_at_idx\` ON \`responsibilities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`responsibilities__status_idx\` ON \`responsibilities\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`responsibilities_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`responsibilities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`responsibilities_texts_order_parent\` ON \`responsibilities_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_responsibilities_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_text\` text,
  	\`version_category\` text DEFAULT 'primary',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`responsibilities\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_responsibilities_v_parent_idx\` ON \`_responsibilities_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_responsibilities_v_version_version_text_idx\` ON \`_responsibilities_v\` (\`version_text\`);`)
  await db.run(sql`CREATE INDEX \`_responsibilities_v_version_version_updated_at_idx\` ON \`_responsibilities_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_responsibilities_v_version_version_created_at_idx\` ON \`_responsibilities_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_responsibilities_v_version_version__status_idx\` ON \`_responsibilities_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_responsibilities_v_created_at_idx\` ON \`_responsibilities_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_responsibilities_v_updated_at_idx\` ON \`_responsibilities_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_responsibilities_v_latest_idx\` ON \`_responsibilities_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_responsibilities_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_responsibilities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_responsibilities_v_texts_order_parent\` ON \`_responsibilities_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`requirements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`category\` text DEFAULT 'other',
  	\`level\` text DEFAULT 'required',
  	\`minimum_years\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`requirements_text_idx\` ON \`requirements\` (\`text\`);`)
  await db.run(sql`CREATE INDEX \`requirements_updated_at_idx\` ON \`requirements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`requirements_created_at_idx\` ON \`requirements\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`requirements__status_idx\` ON \`requirements\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_requirements_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_text\` text,
  	\`version_category\` text DEFAULT 'other',
  	\`version_level\` text DEFAULT 'required',
  	\`version_minimum_years\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`requirements\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_requirements_v_parent_idx\` ON \`_requirements_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_requirements_v_version_version_text_idx\` ON \`_requirements_v\` (\`version_text\`);`)
  await db.run(sql`CREATE INDEX \`_requirements_v_version_version_updated_at_idx\` ON \`_requirements_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_requirements_v_version_version_created_at_idx\` ON \`_requirements_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_requirements_v_version_version__status_idx\` ON \`_requirements_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_requirements_v_created_at_idx\` ON \`_requirements_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_requirements_v_updated_at_idx\` ON \`_requirements_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_requirements_v_latest_idx\` ON \`_requirements_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`faqs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`audience\` text DEFAULT 'candidates',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE INDEX \`faqs_question_idx\` ON \`faqs\` (\`question\`);`)
  await db.run(sql`CREATE INDEX \`faqs_updated_at_idx\` ON \`faqs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs_created_at_idx\` ON \`faqs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`faqs__status_idx\` ON \`faqs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_faqs_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_question\` text,
  	\`version_answer\` text,
  	\`version_audience\` text DEFAULT 'candidates',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_faqs_v_parent_idx\` ON \`_faqs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_question_idx\` ON \`_faqs_v\` (\`version_question\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_updated_at_idx\` ON \`_faqs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_created_at_idx\` ON \`_faqs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version__status_idx\` ON \`_faqs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_created_at_idx\` ON \`_faqs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_updated_at_idx\` ON \`_faqs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_latest_idx\` ON \`_faqs_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`_users_v_version_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_users_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_users_v_version_roles_order_idx\` ON \`_users_v_version_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_users_v_version_roles_parent_idx\` ON \`_users_v_version_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_users_v_version_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_users_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_users_v_version_sessions_order_idx\` ON \`_users_v_version_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_users_v_version_sessions_parent_id_idx\` ON \`_users_v_version_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_users_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_email\` text NOT NULL,
  	\`version_reset_password_token\` text,
  	\`version_reset_password_expiration\` text,
  	\`version_salt\` text,
  	\`version_hash\` text,
  	\`version_reset_password_requested_at\` text,
  	\`version_login_attempts\` numeric DEFAULT 0,
  	\`version_lock_until\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_users_v_parent_idx\` ON \`_users_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_users_v_version_version_updated_at_idx\` ON \`_users_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_users_v_version_version_created_at_idx\` ON \`_users_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_users_v_version_version_email_idx\` ON \`_users_v\` (\`version_email\`);`)
  await db.run(sql`CREATE INDEX \`_users_v_created_at_idx\` ON \`_users_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_users_v_updated_at_idx\` ON \`_users_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`job_descriptions_id\` integer,
  	\`responsibilities_id\` integer,
  	\`requirements_id\` integer,
  	\`faqs_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`job_descriptions_id\`) REFERENCES \`job_descriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`responsibilities_id\`) REFERENCES \`responsibilities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`requirements_id\`) REFERENCES \`requirements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_job_descriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`job_descriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_responsibilities_id_idx\` ON \`payload_locked_documents_rels\` (\`responsibilities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_requirements_id_idx\` ON \`payload_locked_documents_rels\` (\`requirements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`job_descriptions_employment_type\`;`)
  await db.run(sql`DROP TABLE \`job_descriptions_locations\`;`)
  await db.run(sql`DROP TABLE \`job_descriptions\`;`)
  await db.run(sql`DROP TABLE \`job_descriptions_rels\`;`)
  await db.run(sql`DROP TABLE \`_job_descriptions_v_version_employment_type\`;`)
  await db.run(sql`DROP TABLE \`_job_descriptions_v_version_locations\`;`)
  await db.run(sql`DROP TABLE \`_job_descriptions_v\`;`)
  await db.run(sql`DROP TABLE \`_job_descriptions_v_rels\`;`)
  await db.run(sql`DROP TABLE \`responsibilities\`;`)
  await db.run(sql`DROP TABLE \`responsibilities_texts\`;`)
  await db.run(sql`DROP TABLE \`_responsibilities_v\`;`)
  await db.run(sql`DROP TABLE \`_responsibilities_v_texts\`;`)
  await db.run(sql`DROP TABLE \`requirements\`;`)
  await db.run(sql`DROP TABLE \`_requirements_v\`;`)
  await db.run(sql`DROP TABLE \`faqs\`;`)
  await db.run(sql`DROP TABLE \`_faqs_v\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`_users_v_version_roles\`;`)
  await db.run(sql`DROP TABLE \`_users_v_version_sessions\`;`)
  await db.run(sql`DROP TABLE \`_users_v\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
