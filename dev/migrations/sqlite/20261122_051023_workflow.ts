import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`approvals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`document_title\` text,
  	\`collection_slug\` text NOT NULL,
  	\`version\` text,
  	\`action\` text NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`by_id\` integer,
  	\`by_email\` text,
  	\`comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`approvals_document_id_idx\` ON \`approvals\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`approvals_collection_slug_idx\` ON \`approvals\` (\`collection_slug\`);`)
  await db.run(sql`CREATE INDEX \`approvals_version_idx\` ON \`approvals\` (\`version\`);`)
  await db.run(sql`CREATE INDEX \`approvals_action_idx\` ON \`approvals\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`approvals_by_idx\` ON \`approvals\` (\`by_id\`);`)
  await db.run(sql`CREATE INDEX \`approvals_updated_at_idx\` ON \`approvals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`approvals_created_at_idx\` ON \`approvals\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`approvals_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`job_descriptions_id\` integer,
  	\`responsibilities_id\` integer,
  	\`requirements_id\` integer,
  	\`faqs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`approvals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`job_descriptions_id\`) REFERENCES \`job_descriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`responsibilities_id\`) REFERENCES \`responsibilities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`requirements_id\`) REFERENCES \`requirements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`approvals_rels_order_idx\` ON \`approvals_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`approvals_rels_parent_idx\` ON \`approvals_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`approvals_rels_path_idx\` ON \`approvals_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`approvals_rels_job_descriptions_id_idx\` ON \`approvals_rels\` (\`job_descriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`approvals_rels_responsibilities_id_idx\` ON \`approvals_rels\` (\`responsibilities_id\`);`)
  await db.run(sql`CREATE INDEX \`approvals_rels_requirements_id_idx\` ON \`approvals_rels\` (\`requirements_id\`);`)
  await db.run(sql`CREATE INDEX \`approvals_rels_faqs_id_idx\` ON \`approvals_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`job_descriptions\` ADD \`stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`job_descriptions\` ADD \`approved_version\` text;`)
  await db.run(sql`CREATE INDEX \`job_descriptions_stage_idx\` ON \`job_descriptions\` (\`stage\`);`)
  await db.run(sql`ALTER TABLE \`_job_descriptions_v\` ADD \`version_stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_job_descriptions_v\` ADD \`version_approved_version\` text;`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_version_stage_idx\` ON \`_job_descriptions_v\` (\`version_stage\`);`)
  await db.run(sql`ALTER TABLE \`responsibilities\` ADD \`stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`responsibilities\` ADD \`approved_version\` text;`)
  await db.run(sql`CREATE INDEX \`responsibilities_stage_idx\` ON \`responsibilities\` (\`stage\`);`)
  await db.run(sql`ALTER TABLE \`_responsibilities_v\` ADD \`version_stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_responsibilities_v\` ADD \`version_approved_version\` text;`)
  await db.run(sql`CREATE INDEX \`_responsibilities_v_version_version_stage_idx\` ON \`_responsibilities_v\` (\`version_stage\`);`)
  await db.run(sql`ALTER TABLE \`requirements\` ADD \`stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`requirements\` ADD \`approved_version\` text;`)
  await db.run(sql`CREATE INDEX \`requirements_stage_idx\` ON \`requirements\` (\`stage\`);`)
  await db.run(sql`ALTER TABLE \`_requirements_v\` ADD \`version_stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_requirements_v\` ADD \`version_approved_version\` text;`)
  await db.run(sql`CREATE INDEX \`_requirements_v_version_version_stage_idx\` ON \`_requirements_v\` (\`version_stage\`);`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`approved_version\` text;`)
  await db.run(sql`CREATE INDEX \`faqs_stage_idx\` ON \`faqs\` (\`stage\`);`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_stage\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_approved_version\` text;`)
  await db.run(sql`CREATE INDEX \`_faqs_v_version_version_stage_idx\` ON \`_faqs_v\` (\`version_stage\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`approvals_id\` integer REFERENCES approvals(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_approvals_id_idx\` ON \`payload_locked_documents_rels\` (\`approvals_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`approvals\`;`)
  await db.run(sql`DROP TABLE \`approvals_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
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
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`job_descriptions_id\`) REFERENCES \`job_descriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`responsibilities_id\`) REFERENCES \`responsibilities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`requirements_id\`) REFERENCES \`requirements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "job_descriptions_id", "responsibilities_id", "requirements_id", "faqs_id", "users_id") SELECT "id", "order", "parent_id", "path", "job_descriptions_id", "responsibilities_id", "requirements_id", "faqs_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`job_descriptions_stage_idx\`;`)
  await db.run(sql`ALTER TABLE \`job_descriptions\` DROP COLUMN \`stage\`;`)
  await db.run(sql`ALTER TABLE \`job_descriptions\` DROP COLUMN \`approved_version\`;`)
  await db.run(sql`DROP INDEX \`_job_descriptions_v_version_version_stage_idx\`;`)
  await db.run(sql`ALTER TABLE \`_job_descriptions_v\` DROP COLUMN \`version_stage\`;`)
  await db.run(sql`ALTER TABLE \`_job_descriptions_v\` DROP COLUMN \`version_approved_version\`;`)
  await db.run(sql`DROP INDEX \`responsibilities_stage_idx\`;`)
  await db.run(sql`ALTER TABLE \`responsibilities\` DROP COLUMN \`stage\`;`)
  await db.run(sql`ALTER TABLE \`responsibilities\` DROP COLUMN \`approved_version\`;`)
  await db.run(sql`DROP INDEX \`_responsibilities_v_version_version_stage_idx\`;`)
  await db.run(sql`ALTER TABLE \`_responsibilities_v\` DROP COLUMN \`version_stage\`;`)
  await db.run(sql`ALTER TABLE \`_responsibilities_v\` DROP COLUMN \`version_approved_version\`;`)
  await db.run(sql`DROP INDEX \`requirements_stage_idx\`;`)
  await db.run(sql`ALTER TABLE \`requirements\` DROP COLUMN \`stage\`;`)
  await db.run(sql`ALTER TABLE \`requirements\` DROP COLUMN \`approved_version\`;`)
  await db.run(sql`DROP INDEX \`_requirements_v_version_version_stage_idx\`;`)
  await db.run(sql`ALTER TABLE \`_requirements_v\` DROP COLUMN \`version_stage\`;`)
  await db.run(sql`ALTER TABLE \`_requirements_v\` DROP COLUMN \`version_approved_version\`;`)
  await db.run(sql`DROP INDEX \`faqs_stage_idx\`;`)
  await db.run(sql`ALTER TABLE \`faqs\` DROP COLUMN \`stage\`;`)
  await db.run(sql`ALTER TABLE \`faqs\` DROP COLUMN \`approved_version\`;`)
  await db.run(sql`DROP INDEX \`_faqs_v_version_version_stage_idx\`;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` DROP COLUMN \`version_stage\`;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` DROP COLUMN \`version_approved_version\`;`)
}
