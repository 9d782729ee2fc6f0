import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_job_descriptions_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__job_descriptions_v_version_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_responsibilities_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__responsibilities_v_version_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_requirements_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__requirements_v_version_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_faqs_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_approvals_action" AS ENUM('submit', 'approve', 'request_changes', 'publish', 'unpublish', 'edit', 'restore', 'expire', 'delete', 'system_publish');
  CREATE TYPE "public"."enum_approvals_from" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_approvals_to" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'expireJobPostings', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'expireJobPostings', 'schedulePublish');
  CREATE TABLE "approvals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_id" varchar NOT NULL,
  	"document_title" varchar,
  	"collection_slug" varchar NOT NULL,
  	"version" varchar,
  	"action" "enum_approvals_action" NOT NULL,
  	"from" "enum_approvals_from",
  	"to" "enum_approvals_to",
  	"by_id" integer,
  	"by_email" varchar,
  	"comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "approvals_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"job_descriptions_id" integer,
  	"responsibilities_id" integer,
  	"requirements_id" integer,
  	"faqs_id" integer
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "job_descriptions" ADD COLUMN "stage" "enum_job_descriptions_stage" DEFAULT 'draft';
  ALTER TABLE "job_descriptions" ADD COLUMN "approved_version" varchar;
  ALTER TABLE "_job_descriptions_v" ADD COLUMN "version_stage" "enum__job_descriptions_v_version_stage" DEFAULT 'draft';
  ALTER TABLE "_job_descriptions_v" ADD COLUMN "version_approved_version" varchar;
  ALTER TABLE "responsibilities" ADD COLUMN "stage" "enum_responsibilities_stage" DEFAULT 'draft';
  ALTER TABLE "responsibilities" ADD COLUMN "approved_version" varchar;
  ALTER TABLE "_responsibilities_v" ADD COLUMN "version_stage" "enum__responsibilities_v_version_stage" DEFAULT 'draft';
  ALTER TABLE "_responsibilities_v" ADD COLUMN "version_approved_version" varchar;
  ALTER TABLE "requirements" ADD COLUMN "stage" "enum_requirements_stage" DEFAULT 'draft';
  ALTER TABLE "requirements" ADD COLUMN "approved_version" varchar;
  ALTER TABLE "_requirements_v" ADD COLUMN "version_stage" "enum__requirements_v_version_stage" DEFAULT 'draft';
  ALTER TABLE "_requirements_v" ADD COLUMN "version_approved_version" varchar;
  ALTER TABLE "faqs" ADD COLUMN "stage" "enum_faqs_stage" DEFAULT 'draft';
  ALTER TABLE "faqs" ADD COLUMN "approved_version" varchar;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_stage" "enum__faqs_v_version_stage" DEFAULT 'draft';
  ALTER TABLE "_faqs_v" ADD COLUMN "version_approved_version" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "approvals_id" integer;
  ALTER TABLE "approvals" ADD CONSTRAINT "approvals_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "approvals_rels" ADD CONSTRAINT "approvals_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."approvals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approvals_rels" ADD CONSTRAINT "approvals_rels_job_descriptions_fk" FOREIGN KEY ("job_descriptions_id") REFERENCES "public"."job_descriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approvals_rels" ADD CONSTRAINT "approvals_rels_responsibilities_fk" FOREIGN KEY ("responsibilities_id") REFERENCES "public"."responsibilities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approvals_rels" ADD CONSTRAINT "approvals_rels_requirements_fk" FOREIGN KEY ("requirements_id") REFERENCES "public"."requirements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "approvals_rels" ADD CONSTRAINT "approvals_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "approvals_document_id_idx" ON "approvals" USING btree ("document_id");
  CREATE INDEX "approvals_collection_slug_idx" ON "approvals" USING btree ("collection_slug");
  CREATE INDEX "approvals_version_idx" ON "approvals" USING btree ("version");
  CREATE INDEX "approvals_action_idx" ON "approvals" USING btree ("action");
  CREATE INDEX "approvals_by_idx" ON "approvals" USING btree ("by_id");
  CREATE INDEX "approvals_updated_at_idx" ON "approvals" USING btree ("updated_at");
  CREATE INDEX "approvals_created_at_idx" ON "approvals" USING btree ("created_at");
  CREATE INDEX "approvals_rels_order_idx" ON "approvals_rels" USING btree ("order");
  CREATE INDEX "approvals_rels_parent_idx" ON "approvals_rels" USING btree ("parent_id");
  CREATE INDEX "approvals_rels_path_idx" ON "approvals_rels" USING btree ("path");
  CREATE INDEX "approvals_rels_job_descriptions_id_idx" ON "approvals_rels" USING btree ("job_descriptions_id");
  CREATE INDEX "approvals_rels_responsibilities_id_idx" ON "approvals_rels" USING btree ("responsibilities_id");
  CREATE INDEX "approvals_rels_requirements_id_idx" ON "approvals_rels" USING btree ("requirements_id");
  CREATE INDEX "approvals_rels_faqs_id_idx" ON "approvals_rels" USING btree ("faqs_id");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_approvals_fk" FOREIGN KEY ("approvals_id") REFERENCES "public"."approvals"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "job_descriptions_stage_idx" ON "job_descriptions" USING btree ("stage");
  CREATE INDEX "_job_descriptions_v_version_version_stage_idx" ON "_job_descriptions_v" USING btree ("version_stage");
  CREATE INDEX "responsibilities_stage_idx" ON "responsibilities" USING btree ("stage");
  CREATE INDEX "_responsibilities_v_version_version_stage_idx" ON "_responsibilities_v" USING btree ("version_stage");
  CREATE INDEX "requirements_stage_idx" ON "requirements" USING btree ("stage");
  CREATE INDEX "_requirements_v_version_version_stage_idx" ON "_requirements_v" USING btree ("version_stage");
  CREATE INDEX "faqs_stage_idx" ON "faqs" USING btree ("stage");
  CREATE INDEX "_faqs_v_version_version_stage_idx" ON "_faqs_v" USING btree ("version_stage");
  CREATE INDEX "payload_locked_documents_rels_approvals_id_idx" ON "payload_locked_documents_rels" USING btree ("approvals_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "approvals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "approvals_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "approvals" CASCADE;
  DROP TABLE "approvals_rels" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_approvals_fk";
  
  DROP INDEX "job_descriptions_stage_idx";
  DROP INDEX "_job_descriptions_v_version_version_stage_idx";
  DROP INDEX "responsibilities_stage_idx";
  DROP INDEX "_responsibilities_v_version_version_stage_idx";
  DROP INDEX "requirements_stage_idx";
  DROP INDEX "_requirements_v_version_version_stage_idx";
  DROP INDEX "faqs_stage_idx";
  DROP INDEX "_faqs_v_version_version_stage_idx";
  DROP INDEX "payload_locked_documents_rels_approvals_id_idx";
  ALTER TABLE "job_descriptions" DROP COLUMN "stage";
  ALTER TABLE "job_descriptions" DROP COLUMN "approved_version";
  ALTER TABLE "_job_descriptions_v" DROP COLUMN "version_stage";
  ALTER TABLE "_job_descriptions_v" DROP COLUMN "version_approved_version";
  ALTER TABLE "responsibilities" DROP COLUMN "stage";
  ALTER TABLE "responsibilities" DROP COLUMN "approved_version";
  ALTER TABLE "_responsibilities_v" DROP COLUMN "version_stage";
  ALTER TABLE "_responsibilities_v" DROP COLUMN "version_approved_version";
  ALTER TABLE "requirements" DROP COLUMN "stage";
  ALTER TABLE "requirements" DROP COLUMN "approved_version";
  ALTER TABLE "_requirements_v" DROP COLUMN "version_stage";
  ALTER TABLE "_requirements_v" DROP COLUMN "version_approved_version";
  ALTER TABLE "faqs" DROP COLUMN "stage";
  ALTER TABLE "faqs" DROP COLUMN "approved_version";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_stage";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_approved_version";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "approvals_id";
  DROP TYPE "public"."enum_job_descriptions_stage";
  DROP TYPE "public"."enum__job_descriptions_v_version_stage";
  DROP TYPE "public"."enum_responsibilities_stage";
  DROP TYPE "public"."enum__responsibilities_v_version_stage";
  DROP TYPE "public"."enum_requirements_stage";
  DROP TYPE "public"."enum__requirements_v_version_stage";
  DROP TYPE "public"."enum_faqs_stage";
  DROP TYPE "public"."enum__faqs_v_version_stage";
  DROP TYPE "public"."enum_approvals_action";
  DROP TYPE "public"."enum_approvals_from";
  DROP TYPE "public"."enum_approvals_to";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
