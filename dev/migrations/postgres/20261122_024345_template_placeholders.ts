import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_job_descriptions_placeholders_kind" AS ENUM('bracket', 'mustache', 'years');
  CREATE TYPE "public"."enum__job_descriptions_v_version_placeholders_kind" AS ENUM('bracket', 'mustache', 'years');
  CREATE TABLE "job_descriptions_placeholders" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"token" varchar,
  	"where" varchar,
  	"kind" "enum_job_descriptions_placeholders_kind",
  	"key" varchar
  );
  
  CREATE TABLE "_job_descriptions_v_version_placeholders" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"token" varchar,
  	"where" varchar,
  	"kind" "enum__job_descriptions_v_version_placeholders_kind",
  	"key" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "job_descriptions" ADD COLUMN "template_id" integer;
  ALTER TABLE "_job_descriptions_v" ADD COLUMN "version_template_id" integer;
  ALTER TABLE "job_descriptions_placeholders" ADD CONSTRAINT "job_descriptions_placeholders_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."job_descriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_job_descriptions_v_version_placeholders" ADD CONSTRAINT "_job_descriptions_v_version_placeholders_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_job_descriptions_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "job_descriptions_placeholders_order_idx" ON "job_descriptions_placeholders" USING btree ("_order");
  CREATE INDEX "job_descriptions_placeholders_parent_id_idx" ON "job_descriptions_placeholders" USING btree ("_parent_id");
  CREATE INDEX "_job_descriptions_v_version_placeholders_order_idx" ON "_job_descriptions_v_version_placeholders" USING btree ("_order");
  CREATE INDEX "_job_descriptions_v_version_placeholders_parent_id_idx" ON "_job_descriptions_v_version_placeholders" USING btree ("_parent_id");
  ALTER TABLE "job_descriptions" ADD CONSTRAINT "job_descriptions_template_id_job_descriptions_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."job_descriptions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_job_descriptions_v" ADD CONSTRAINT "_job_descriptions_v_version_template_id_job_descriptions_id_fk" FOREIGN KEY ("version_template_id") REFERENCES "public"."job_descriptions"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "job_descriptions_template_idx" ON "job_descriptions" USING btree ("template_id");
  CREATE INDEX "_job_descriptions_v_version_version_template_idx" ON "_job_descriptions_v" USING btree ("version_template_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "job_descriptions_placeholders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_job_descriptions_v_version_placeholders" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "job_descriptions_placeholders" CASCADE;
  DROP TABLE "_job_descriptions_v_version_placeholders" CASCADE;
  ALTER TABLE "job_descriptions" DROP CONSTRAINT "job_descriptions_template_id_job_descriptions_id_fk";
  
  ALTER TABLE "_job_descriptions_v" DROP CONSTRAINT "_job_descriptions_v_version_template_id_job_descriptions_id_fk";
  
  DROP INDEX "job_descriptions_template_idx";
  DROP INDEX "_job_descriptions_v_version_version_template_idx";
  ALTER TABLE "job_descriptions" DROP COLUMN "template_id";
  ALTER TABLE "_job_descriptions_v" DROP COLUMN "version_template_id";
  DROP TYPE "public"."enum_job_descriptions_placeholders_kind";
  DROP TYPE "public"."enum__job_descriptions_v_version_placeholders_kind";`)
}
