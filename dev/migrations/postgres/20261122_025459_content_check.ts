import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "job_descriptions_content_check_wording" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"term" varchar,
  	"category" varchar
  );
  
  CREATE TABLE "job_descriptions_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_job_descriptions_v_version_content_check_wording" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"term" varchar,
  	"category" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_job_descriptions_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "job_descriptions" ADD COLUMN "content_check_required_requirements" numeric;
  ALTER TABLE "job_descriptions" ADD COLUMN "content_check_preferred_requirements" numeric;
  ALTER TABLE "job_descriptions" ADD COLUMN "content_check_description_words" numeric;
  ALTER TABLE "job_descriptions" ADD COLUMN "content_check_readability_grade" numeric;
  ALTER TABLE "_job_descriptions_v" ADD COLUMN "version_content_check_required_requirements" numeric;
  ALTER TABLE "_job_descriptions_v" ADD COLUMN "version_content_check_preferred_requirements" numeric;
  ALTER TABLE "_job_descriptions_v" ADD COLUMN "version_content_check_description_words" numeric;
  ALTER TABLE "_job_descriptions_v" ADD COLUMN "version_content_check_readability_grade" numeric;
  ALTER TABLE "job_descriptions_content_check_wording" ADD CONSTRAINT "job_descriptions_content_check_wording_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."job_descriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "job_descriptions_texts" ADD CONSTRAINT "job_descriptions_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."job_descriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_job_descriptions_v_version_content_check_wording" ADD CONSTRAINT "_job_descriptions_v_version_content_check_wording_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_job_descriptions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_job_descriptions_v_texts" ADD CONSTRAINT "_job_descriptions_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_job_descriptions_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "job_descriptions_content_check_wording_order_idx" ON "job_descriptions_content_check_wording" USING btree ("_order");
  CREATE INDEX "job_descriptions_content_check_wording_parent_id_idx" ON "job_descriptions_content_check_wording" USING btree ("_parent_id");
  CREATE INDEX "job_descriptions_texts_order_parent" ON "job_descriptions_texts" USING btree ("order","parent_id");
  CREATE INDEX "_job_descriptions_v_version_content_check_wording_order_idx" ON "_job_descriptions_v_version_content_check_wording" USING btree ("_order");
  CREATE INDEX "_job_descriptions_v_version_content_check_wording_parent_id_idx" ON "_job_descriptions_v_version_content_check_wording" USING btree ("_parent_id");
  CREATE INDEX "_job_descriptions_v_texts_order_parent" ON "_job_descriptions_v_texts" USING btree ("order","parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "job_descriptions_content_check_wording" CASCADE;
  DROP TABLE "job_descriptions_texts" CASCADE;
  DROP TABLE "_job_descriptions_v_version_content_check_wording" CASCADE;
  DROP TABLE "_job_descriptions_v_texts" CASCADE;
  ALTER TABLE "job_descriptions" DROP COLUMN "content_check_required_requirements";
  ALTER TABLE "job_descriptions" DROP COLUMN "content_check_preferred_requirements";
  ALTER TABLE "job_descriptions" DROP COLUMN "content_check_description_words";
  ALTER TABLE "job_descriptions" DROP COLUMN "content_check_readability_grade";
  ALTER TABLE "_job_descriptions_v" DROP COLUMN "version_content_check_required_requirements";
  ALTER TABLE "_job_descriptions_v" DROP COLUMN "version_content_check_preferred_requirements";
  ALTER TABLE "_job_descriptions_v" DROP COLUMN "version_content_check_description_words";
  ALTER TABLE "_job_descriptions_v" DROP COLUMN "version_content_check_readability_grade";`)
}
