import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_job_descriptions_employment_type" AS ENUM('FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER');
  CREATE TYPE "public"."enum_job_descriptions_kind" AS ENUM('template', 'posting');
  CREATE TYPE "public"."enum_job_descriptions_workplace_type" AS ENUM('on_site', 'hybrid', 'remote');
  CREATE TYPE "public"."enum_job_descriptions_salary_interval" AS ENUM('HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR');
  CREATE TYPE "public"."enum_job_descriptions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__job_descriptions_v_version_employment_type" AS ENUM('FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER');
  CREATE TYPE "public"."enum__job_descriptions_v_version_kind" AS ENUM('template', 'posting');
  CREATE TYPE "public"."enum__job_descriptions_v_version_workplace_type" AS ENUM('on_site', 'hybrid', 'remote');
  CREATE TYPE "public"."enum__job_descriptions_v_version_salary_interval" AS ENUM('HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR');
  CREATE TYPE "public"."enum__job_descriptions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_responsibilities_category" AS ENUM('primary', 'additional');
  CREATE TYPE "public"."enum_responsibilities_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__responsibilities_v_version_category" AS ENUM('primary', 'additional');
  CREATE TYPE "public"."enum__responsibilities_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_requirements_category" AS ENUM('education', 'experience', 'technical_skill', 'soft_skill', 'certification', 'other');
  CREATE TYPE "public"."enum_requirements_level" AS ENUM('required', 'preferred');
  CREATE TYPE "public"."enum_requirements_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__requirements_v_version_category" AS ENUM('education', 'experience', 'technical_skill', 'soft_skill', 'certification', 'other');
  CREATE TYPE "public"."enum__requirements_v_version_level" AS ENUM('required', 'preferred');
  CREATE TYPE "public"."enum__requirements_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_faqs_audience" AS ENUM('candidates', 'authors');
  CREATE TYPE "public"."enum_faqs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_audience" AS ENUM('candidates', 'authors');
  CREATE TYPE "public"."enum__faqs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'hr');
  CREATE TYPE "public"."enum__users_v_version_roles" AS ENUM('admin', 'editor', 'hr');
  CREATE TABLE "job_descriptions_employment_type" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_job_descriptions_employment_type",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "job_descriptions_locations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"city" varchar,
  	"region" varchar,
  	"country" varchar,
  	"street_address" varchar,
  	"postal_code" varchar
  );
  
  CREATE TABLE "job_descriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"kind" "enum_job_descriptions_kind" DEFAULT 'posting',
  	"department" varchar,
  	"reports_to" varchar,
  	"date_posted" timestamp(3) with time zone,
  	"summary" jsonb,
  	"overview" jsonb,
  	"workplace_type" "enum_job_descriptions_workplace_type",
  	"salary_min" numeric,
  	"salary_max" numeric,
  	"salary_currency" varchar,
  	"salary_interval" "enum_job_descriptions_salary_interval" DEFAULT 'YEAR',
  	"apply_url" varchar,
  	"valid_through" timestamp(3) with time zone,
  	"notes_for_authors" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_job_descriptions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "job_descriptions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"responsibilities_id" integer,
  	"requirements_id" integer,
  	"faqs_id" integer
  );
  
  CREATE TABLE "_job_descriptions_v_version_employment_type" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__job_descriptions_v_version_employment_type",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_job_descriptions_v_version_locations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"city" varchar,
  	"region" varchar,
  	"country" varchar,
  	"street_address" varchar,
  	"postal_code" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_job_descriptions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_kind" "enum__job_descriptions_v_version_kind" DEFAULT 'posting',
  	"version_department" varchar,
  	"version_reports_to" varchar,
  	"version_date_posted" timestamp(3) with time zone,
  	"version_summary" jsonb,
  	"version_overview" jsonb,
  	"version_workplace_type" "enum__job_descriptions_v_version_workplace_type",
  	"version_salary_min" numeric,
  	"version_salary_max" numeric,
  	"version_salary_currency" varchar,
  	"version_salary_interval" "enum__job_descriptions_v_version_salary_interval" DEFAULT 'YEAR',
  	"version_apply_url" varchar,
  	"version_valid_through" timestamp(3) with time zone,
  	"version_notes_for_authors" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__job_descriptions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_job_descriptions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"responsibilities_id" integer,
  	"requirements_id" integer,
  	"faqs_id" integer
  );
  
  CREATE TABLE "responsibilities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"category" "enum_responsibilities_category" DEFAULT 'primary',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_responsibilities_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "responsibilities_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_responsibilities_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_text" varchar,
  	"version_category" "enum__responsibilities_v_version_category" DEFAULT 'primary',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__responsibilities_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_responsibilities_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "requirements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"category" "enum_requirements_category" DEFAULT 'other',
  	"level" "enum_requirements_level" DEFAULT 'required',
  	"minimum_years" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_requirements_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_requirements_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_text" varchar,
  	"version_category" "enum__requirements_v_version_category" DEFAULT 'other',
  	"version_level" "enum__requirements_v_version_level" DEFAULT 'required',
  	"version_minimum_years" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__requirements_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "faqs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" jsonb,
  	"audience" "enum_faqs_audience" DEFAULT 'candidates',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_faqs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_faqs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_question" varchar,
  	"version_answer" jsonb,
  	"version_audience" "enum__faqs_v_version_audience" DEFAULT 'candidates',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__faqs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "_users_v_version_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__users_v_version_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_users_v_version_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "_users_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_email" varchar NOT NULL,
  	"version_reset_password_token" varchar,
  	"version_reset_password_expiration" timestamp(3) with time zone,
  	"version_salt" varchar,
  	"version_hash" varchar,
  	"version_reset_password_requested_at" timestamp(3) with time zone,
  	"version_login_attempts" numeric DEFAULT 0,
  	"version_lock_until" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"job_descriptions_id" integer,
  	"responsibilities_id" integer,
  	"requirements_id" integer,
  	"faqs_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "job_descriptions_employment_type" ADD CONSTRAINT "job_descriptions_employment_type_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."job_descriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "job_descriptions_locations" ADD CONSTRAINT "job_descriptions_locations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."job_descriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "job_descriptions_rels" ADD CONSTRAINT "job_descriptions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."job_descriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "job_descriptions_rels" ADD CONSTRAINT "job_descriptions_rels_responsibilities_fk" FOREIGN KEY ("responsibilities_id") REFERENCES "public"."responsibilities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "job_descriptions_rels" ADD CONSTRAINT "job_descriptions_rels_requirements_fk" FOREIGN KEY ("requirements_id") REFERENCES "public"."requirements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "job_descriptions_rels" ADD CONSTRAINT "job_descriptions_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_job_descriptions_v_version_employment_type" ADD CONSTRAINT "_job_descriptions_v_version_employment_type_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_job_descriptions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_job_descriptions_v_version_locations" ADD CONSTRAINT "_job_descriptions_v_version_locations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_job_descriptions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_job_descriptions_v" ADD CONSTRAINT "_job_descriptions_v_parent_id_job_descriptions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."job_descriptions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_job_descriptions_v_rels" ADD CONSTRAINT "_job_descriptions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_job_descriptions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_job_descriptions_v_rels" ADD CONSTRAINT "_job_descriptions_v_rels_responsibilities_fk" FOREIGN KEY ("responsibilities_id") REFERENCES "public"."responsibilities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_job_descriptions_v_rels" ADD CONSTRAINT "_job_descriptions_v_rels_requirements_fk" FOREIGN KEY ("requirements_id") REFERENCES "public"."requirements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_job_descriptions_v_rels" ADD CONSTRAINT "_job_descriptions_v_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "responsibilities_texts" ADD CONSTRAINT "responsibilities_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."responsibilities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_responsibilities_v" ADD CONSTRAINT "_responsibilities_v_parent_id_responsibilities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."responsibilities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_responsibilities_v_texts" ADD CONSTRAINT "_responsibilities_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_responsibilities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_requirements_v" ADD CONSTRAINT "_requirements_v_parent_id_requirements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."requirements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_parent_id_faqs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_users_v_version_roles" ADD CONSTRAINT "_users_v_version_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_users_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_users_v_version_sessions" ADD CONSTRAINT "_users_v_version_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_users_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_users_v" ADD CONSTRAINT "_users_v_parent_id_users_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_job_descriptions_fk" FOREIGN KEY ("job_descriptions_id") REFERENCES "public"."job_descriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_responsibilities_fk" FOREIGN KEY ("responsibilities_id") REFERENCES "public"."responsibilities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_requirements_fk" FOREIGN KEY ("requirements_id") REFERENCES "public"."requirements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "job_descriptions_employment_type_order_idx" ON "job_descriptions_employment_type" USING btree ("order");
  CREATE INDEX "job_descriptions_employment_type_parent_idx" ON "job_descriptions_employment_type" USING btree ("parent_id");
  CREATE INDEX "job_descriptions_locations_order_idx" ON "job_descriptions_locations" USING btree ("_order");
  CREATE INDEX "job_descriptions_locations_parent_id_idx" ON "job_descriptions_locations" USING btree ("_parent_id");
  CREATE INDEX "job_descriptions_title_idx" ON "job_descriptions" USING btree ("title");
  CREATE UNIQUE INDEX "job_descriptions_slug_idx" ON "job_descriptions" USING btree ("slug");
  CREATE INDEX "job_descriptions_kind_idx" ON "job_descriptions" USING btree ("kind");
  CREATE INDEX "job_descriptions_department_idx" ON "job_descriptions" USING btree ("department");
  CREATE INDEX "job_descriptions_date_posted_idx" ON "job_descriptions" USING btree ("date_posted");
  CREATE INDEX "job_descriptions_updated_at_idx" ON "job_descriptions" USING btree ("updated_at");
  CREATE INDEX "job_descriptions_created_at_idx" ON "job_descriptions" USING btree ("created_at");
  CREATE INDEX "job_descriptions__status_idx" ON "job_descriptions" USING btree ("_status");
  CREATE INDEX "job_descriptions_rels_order_idx" ON "job_descriptions_rels" USING btree ("order");
  CREATE INDEX "job_descriptions_rels_parent_idx" ON "job_descriptions_rels" USING btree ("parent_id");
  CREATE INDEX "job_descriptions_rels_path_idx" ON "job_descriptions_rels" USING btree ("path");
  CREATE INDEX "job_descriptions_rels_responsibilities_id_idx" ON "job_descriptions_rels" USING btree ("responsibilities_id");
  CREATE INDEX "job_descriptions_rels_requirements_id_idx" ON "job_descriptions_rels" USING btree ("requirements_id");
  CREATE INDEX "job_descriptions_rels_faqs_id_idx" ON "job_descriptions_rels" USING btree ("faqs_id");
  CREATE INDEX "_job_descriptions_v_version_employment_type_order_idx" ON "_job_descriptions_v_version_employment_type" USING btree ("order");
  CREATE INDEX "_job_descriptions_v_version_employment_type_parent_idx" ON "_job_descriptions_v_version_employment_type" USING btree ("parent_id");
  CREATE INDEX "_job_descriptions_v_version_locations_order_idx" ON "_job_descriptions_v_version_locations" USING btree ("_order");
  CREATE INDEX "_job_descriptions_v_version_locations_parent_id_idx" ON "_job_descriptions_v_version_locations" USING btree ("_parent_id");
  CREATE INDEX "_job_descriptions_v_parent_idx" ON "_job_descriptions_v" USING btree ("parent_id");
  CREATE INDEX "_job_descriptions_v_version_version_title_idx" ON "_job_descriptions_v" USING btree ("version_title");
  CREATE INDEX "_job_descriptions_v_version_version_slug_idx" ON "_job_descriptions_v" USING btree ("version_slug");
  CREATE INDEX "_job_descriptions_v_version_version_kind_idx" ON "_job_descriptions_v" USING btree ("version_kind");
  CREATE INDEX "_job_descriptions_v_version_version_department_idx" ON "_job_descriptions_v" USING btree ("version_department");
  CREATE INDEX "_job_descriptions_v_version_version_date_posted_idx" ON "_job_descriptions_v" USING btree ("version_date_posted");
  CREATE INDEX "_job_descriptions_v_version_version_updated_at_idx" ON "_job_descriptions_v" USING btree ("version_updated_at");
  CREATE INDEX "_job_descriptions_v_version_version_created_at_idx" ON "_job_descriptions_v" USING btree ("version_created_at");
  CREATE INDEX "_job_descriptions_v_version_version__status_idx" ON "_job_descriptions_v" USING btree ("version__status");
  CREATE INDEX "_job_descriptions_v_created_at_idx" ON "_job_descriptions_v" USING btree ("created_at");
  CREATE INDEX "_job_descriptions_v_updated_at_idx" ON "_job_descriptions_v" USING btree ("updated_at");
  CREATE INDEX "_job_descriptions_v_latest_idx" ON "_job_descriptions_v" USING btree ("latest");
  CREATE INDEX "_job_descriptions_v_rels_order_idx" ON "_job_descriptions_v_rels" USING btree ("order");
  CREATE INDEX "_job_descriptions_v_rels_parent_idx" ON "_job_descriptions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_job_descriptions_v_rels_path_idx" ON "_job_descriptions_v_rels" USING btree ("path");
  CREATE INDEX "_job_descriptions_v_rels_responsibilities_id_idx" ON "_job_descriptions_v_rels" USING btree ("responsibilities_id");
  CREATE INDEX "_job_descriptions_v_rels_requirements_id_idx" ON "_job_descriptions_v_rels" USING btree ("requirements_id");
  CREATE INDEX "_job_descriptions_v_rels_faqs_id_idx" ON "_job_descriptions_v_rels" USING btree ("faqs_id");
  CREATE INDEX "responsibilities_text_idx" ON "responsibilities" USING btree ("text");
  CREATE INDEX "responsibilities_updated_at_idx" ON "responsibilities" USING btree ("updated_at");
  CREATE INDEX "responsibilities_created_at_idx" ON "responsibilities" USING btree ("created_at");
  CREATE INDEX "responsibilities__status_idx" ON "responsibilities" USING btree ("_status");
  CREATE INDEX "responsibilities_texts_order_parent" ON "responsibilities_texts" USING btree ("order","parent_id");
  CREATE INDEX "_responsibilities_v_parent_idx" ON "_responsibilities_v" USING btree ("parent_id");
  CREATE INDEX "_responsibilities_v_version_version_text_idx" ON "_responsibilities_v" USING btree ("version_text");
  CREATE INDEX "_responsibilities_v_version_version_updated_at_idx" ON "_responsibilities_v" USING btree ("version_updated_at");
  CREATE INDEX "_responsibilities_v_version_version_created_at_idx" ON "_responsibilities_v" USING btree ("version_created_at");
  CREATE INDEX "_responsibilities_v_version_version__status_idx" ON "_responsibilities_v" USING btree ("version__status");
  CREATE INDEX "_responsibilities_v_created_at_idx" ON "_responsibilities_v" USING btree ("created_at");
  CREATE INDEX "_responsibilities_v_updated_at_idx" ON "_responsibilities_v" USING btree ("updated_at");
  CREATE INDEX "_responsibilities_v_latest_idx" ON "_responsibilities_v" USING btree ("latest");
  CREATE INDEX "_responsibilities_v_texts_order_parent" ON "_responsibilities_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "requirements_text_idx" ON "requirements" USING btree ("text");
  CREATE INDEX "requirements_updated_at_idx" ON "requirements" USING btree ("updated_at");
  CREATE INDEX "requirements_created_at_idx" ON "requirements" USING btree ("created_at");
  CREATE INDEX "requirements__status_idx" ON "requirements" USING btree ("_status");
  CREATE INDEX "_requirements_v_parent_idx" ON "_requirements_v" USING btree ("parent_id");
  CREATE INDEX "_requirements_v_version_version_text_idx" ON "_requirements_v" USING btree ("version_text");
  CREATE INDEX "_requirements_v_version_version_updated_at_idx" ON "_requirements_v" USING btree ("version_updated_at");
  CREATE INDEX "_requirements_v_version_version_created_at_idx" ON "_requirements_v" USING btree ("version_created_at");
  CREATE INDEX "_requirements_v_version_version__status_idx" ON "_requirements_v" USING btree ("version__status");
  CREATE INDEX "_requirements_v_created_at_idx" ON "_requirements_v" USING btree ("created_at");
  CREATE INDEX "_requirements_v_updated_at_idx" ON "_requirements_v" USING btree ("updated_at");
  CREATE INDEX "_requirements_v_latest_idx" ON "_requirements_v" USING btree ("latest");
  CREATE INDEX "faqs_question_idx" ON "faqs" USING btree ("question");
  CREATE INDEX "faqs_updated_at_idx" ON "faqs" USING btree ("updated_at");
  CREATE INDEX "faqs_created_at_idx" ON "faqs" USING btree ("created_at");
  CREATE INDEX "faqs__status_idx" ON "faqs" USING btree ("_status");
  CREATE INDEX "_faqs_v_parent_idx" ON "_faqs_v" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_version_version_question_idx" ON "_faqs_v" USING btree ("version_question");
  CREATE INDEX "_faqs_v_version_version_updated_at_idx" ON "_faqs_v" USING btree ("version_updated_at");
  CREATE INDEX "_faqs_v_version_version_created_at_idx" ON "_faqs_v" USING btree ("version_created_at");
  CREATE INDEX "_faqs_v_version_version__status_idx" ON "_faqs_v" USING btree ("version__status");
  CREATE INDEX "_faqs_v_created_at_idx" ON "_faqs_v" USING btree ("created_at");
  CREATE INDEX "_faqs_v_updated_at_idx" ON "_faqs_v" USING btree ("updated_at");
  CREATE INDEX "_faqs_v_latest_idx" ON "_faqs_v" USING btree ("latest");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "_users_v_version_roles_order_idx" ON "_users_v_version_roles" USING btree ("order");
  CREATE INDEX "_users_v_version_roles_parent_idx" ON "_users_v_version_roles" USING btree ("parent_id");
  CREATE INDEX "_users_v_version_sessions_order_idx" ON "_users_v_version_sessions" USING btree ("_order");
  CREATE INDEX "_users_v_version_sessions_parent_id_idx" ON "_users_v_version_sessions" USING btree ("_parent_id");
  CREATE INDEX "_users_v_parent_idx" ON "_users_v" USING btree ("parent_id");
  CREATE INDEX "_users_v_version_version_updated_at_idx" ON "_users_v" USING btree ("version_updated_at");
  CREATE INDEX "_users_v_version_version_created_at_idx" ON "_users_v" USING btree ("version_created_at");
  CREATE INDEX "_users_v_version_version_email_idx" ON "_users_v" USING btree ("version_email");
  CREATE INDEX "_users_v_created_at_idx" ON "_users_v" USING btree ("created_at");
  CREATE INDEX "_users_v_updated_at_idx" ON "_users_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_job_descriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("job_descriptions_id");
  CREATE INDEX "payload_locked_documents_rels_responsibilities_id_idx" ON "payload_locked_documents_rels" USING btree ("responsibilities_id");
  CREATE INDEX "payload_locked_documents_rels_requirements_id_idx" ON "payload_locked_documents_rels" USING btree ("requirements_id");
  CREATE INDEX "payload_locked_documents_rels_faqs_id_idx" ON "payload_locked_documents_rels" USING btree ("faqs_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "job_descriptions_employment_type" CASCADE;
  DROP TABLE "job_descriptions_locations" CASCADE;
  DROP TABLE "job_descriptions" CASCADE;
  DROP TABLE "job_descriptions_rels" CASCADE;
  DROP TABLE "_job_descriptions_v_version_employment_type" CASCADE;
  DROP TABLE "_job_descriptions_v_version_locations" CASCADE;
  DROP TABLE "_job_descriptions_v" CASCADE;
  DROP TABLE "_job_descriptions_v_rels" CASCADE;
  DROP TABLE "responsibilities" CASCADE;
  DROP TABLE "responsibilities_texts" CASCADE;
  DROP TABLE "_responsibilities_v" CASCADE;
  DROP TABLE "_responsibilities_v_texts" CASCADE;
  DROP TABLE "requirements" CASCADE;
  DROP TABLE "_requirements_v" CASCADE;
  DROP TABLE "faqs" CASCADE;
  DROP TABLE "_faqs_v" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "_users_v_version_roles" CASCADE;
  DROP TABLE "_users_v_version_sessions" CASCADE;
  DROP TABLE "_users_v" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_job_descriptions_employment_type";
  DROP TYPE "public"."enum_job_descriptions_kind";
  DROP TYPE "public"."enum_job_descriptions_workplace_type";
  DROP TYPE "public"."enum_job_descriptions_salary_interval";
  DROP TYPE "public"."enum_job_descriptions_status";
  DROP TYPE "public"."enum__job_descriptions_v_version_employment_type";
  DROP TYPE "public"."enum__job_descriptions_v_version_kind";
  DROP TYPE "public"."enum__job_descriptions_v_version_workplace_type";
  DROP TYPE "public"."enum__job_descriptions_v_version_salary_interval";
  DROP TYPE "public"."enum__job_descriptions_v_version_status";
  DROP TYPE "public"."enum_responsibilities_category";
  DROP TYPE "public"."enum_responsibilities_status";
  DROP TYPE "public"."enum__responsibilities_v_version_category";
  DROP TYPE "public"."enum__responsibilities_v_version_status";
  DROP TYPE "public"."enum_requirements_category";
  DROP TYPE "public"."enum_requirements_level";
  DROP TYPE "public"."enum_requirements_status";
  DROP TYPE "public"."enum__requirements_v_version_category";
  DROP TYPE "public"."enum__requirements_v_version_level";
  DROP TYPE "public"."enum__requirements_v_version_status";
  DROP TYPE "public"."enum_faqs_audience";
  DROP TYPE "public"."enum_faqs_status";
  DROP TYPE "public"."enum__faqs_v_version_audience";
  DROP TYPE "public"."enum__faqs_v_version_status";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum__users_v_version_roles";`)
}
