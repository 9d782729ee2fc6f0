import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`job_descriptions_content_check_wording\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`term\` text,
  	\`category\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`job_descriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`job_descriptions_content_check_wording_order_idx\` ON \`job_descriptions_content_check_wording\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`job_descriptions_content_check_wording_parent_id_idx\` ON \`job_descriptions_content_check_wording\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`job_descriptions_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`job_descriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`job_descriptions_texts_order_parent\` ON \`job_descriptions_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_job_descriptions_v_version_content_check_wording\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`term\` text,
  	\`category\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_job_descriptions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_content_check_wording_order_idx\` ON \`_job_descriptions_v_version_content_check_wording\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_version_content_check_wording_parent_id_idx\` ON \`_job_descriptions_v_version_content_check_wording\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_job_descriptions_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_job_descriptions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_job_descriptions_v_texts_order_parent\` ON \`_job_descriptions_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`job_descriptions\` ADD \`content_check_required_requirements\` numeric;`)
  await db.run(sql`ALTER TABLE \`job_descriptions\` ADD \`content_check_preferred_requirements\` numeric;`)
  await db.run(sql`ALTER TABLE \`job_descriptions\` ADD \`content_check_description_words\` numeric;`)
  await db.run(sql`ALTER TABLE \`job_descriptions\` ADD \`content_check_readability_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`_job_descriptions_v\` ADD \`version_content_check_required_requirements\` numeric;`)
  await db.run(sql`ALTER TABLE \`_job_descriptions_v\` ADD \`version_content_check_preferred_requirements\` numeric;`)
  await db.run(sql`ALTER TABLE \`_job_descriptions_v\` ADD \`version_content_check_description_words\` numeric;`)
  await db.run(sql`ALTER TABLE \`_job_descriptions_v\` ADD \`version_content_check_readability_grade\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`job_descriptions_content_check_wording\`;`)
  await db.run(sql`DROP TABLE \`job_descriptions_texts\`;`)
  await db.run(sql`DROP TABLE \`_job_descriptions_v_version_content_check_wording\`;`)
  await db.run(sql`DROP TABLE \`_job_descriptions_v_texts\`;`)
  await db.run(sql`ALTER TABLE \`job_descriptions\` DROP COLUMN \`content_check_required_requirements\`;`)
  await db.run(sql`ALTER TABLE \`job_descriptions\` DROP COLUMN \`content_check_preferred_requirements\`;`)
  await db.run(sql`ALTER TABLE \`job_descriptions\` DROP COLUMN \`content_check_description_words\`;`)
  await db.run(sql`ALTER TABLE \`job_descriptions\` DROP COLUMN \`content_check_readability_grade\`;`)
  await db.run(sql`ALTER TABLE \`_job_descriptions_v\` DROP COLUMN \`version_content_check_required_requirements\`;`)
  await db.run(sql`ALTER TABLE \`_job_descriptions_v\` DROP COLUMN \`version_content_check_preferred_requirements\`;`)
  await db.run(sql`ALTER TABLE \`_job_descriptions_v\` DROP COLUMN \`version_content_check_description_words\`;`)
  await db.run(sql`ALTER TABLE \`_job_descriptions_v\` DROP COLUMN \`version_content_check_readability_grade\`;`)
}
