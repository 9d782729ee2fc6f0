import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "careers_postings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"posting" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"department" varchar,
  	"workplace_type" varchar NOT NULL,
  	"employment_types" jsonb NOT NULL,
  	"places" jsonb NOT NULL,
  	"remote_countries" jsonb NOT NULL,
  	"date_posted" timestamp(3) with time zone NOT NULL,
  	"valid_through" timestamp(3) with time zone,
  	"title_words" varchar,
  	"body_words" varchar,
  	"faq_ids" jsonb NOT NULL,
  	"item_keys" varchar,
  	"node" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "careers_faqs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"faq" varchar NOT NULL,
  	"question" varchar NOT NULL,
  	"node" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "careers_postings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "careers_faqs_id" integer;
  CREATE INDEX "careers_postings_posting_idx" ON "careers_postings" USING btree ("posting");
  CREATE INDEX "careers_postings_locale_idx" ON "careers_postings" USING btree ("locale");
  CREATE INDEX "careers_postings_slug_idx" ON "careers_postings" USING btree ("slug");
  CREATE INDEX "careers_postings_department_idx" ON "careers_postings" USING btree ("department");
  CREATE INDEX "careers_postings_workplace_type_idx" ON "careers_postings" USING btree ("workplace_type");
  CREATE INDEX "careers_postings_date_posted_idx" ON "careers_postings" USING btree ("date_posted");
  CREATE INDEX "careers_postings_valid_through_idx" ON "careers_postings" USING btree ("valid_through");
  CREATE INDEX "careers_postings_item_keys_idx" ON "careers_postings" USING btree ("item_keys");
  CREATE INDEX "careers_postings_updated_at_idx" ON "careers_postings" USING btree ("updated_at");
  CREATE INDEX "careers_postings_created_at_idx" ON "careers_postings" USING btree ("created_at");
  CREATE UNIQUE INDEX "posting_locale_idx" ON "careers_postings" USING btree ("posting","locale");
  CREATE UNIQUE INDEX "slug_locale_idx" ON "careers_postings" USING btree ("slug","locale");
  CREATE UNIQUE INDEX "careers_faqs_faq_idx" ON "careers_faqs" USING btree ("faq");
  CREATE INDEX "careers_faqs_updated_at_idx" ON "careers_faqs" USING btree ("updated_at");
  CREATE INDEX "careers_faqs_created_at_idx" ON "careers_faqs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_careers_postings_fk" FOREIGN KEY ("careers_postings_id") REFERENCES "public"."careers_postings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_careers_faqs_fk" FOREIGN KEY ("careers_faqs_id") REFERENCES "public"."careers_faqs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_careers_postings_id_idx" ON "payload_locked_documents_rels" USING btree ("careers_postings_id");
  CREATE INDEX "payload_locked_documents_rels_careers_faqs_id_idx" ON "payload_locked_documents_rels" USING btree ("careers_faqs_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "careers_postings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "careers_faqs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "careers_postings" CASCADE;
  DROP TABLE "careers_faqs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_careers_postings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_careers_faqs_fk";
  
  DROP INDEX "payload_locked_documents_rels_careers_postings_id_idx";
  DROP INDEX "payload_locked_documents_rels_careers_faqs_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "careers_postings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "careers_faqs_id";`)
}
