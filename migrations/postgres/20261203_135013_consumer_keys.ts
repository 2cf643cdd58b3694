import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "consumers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"owner" varchar,
  	"enabled" boolean DEFAULT true,
  	"rate_limit" numeric,
  	"last_seen" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar
  );
  
  CREATE TABLE "consumers_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "consumer_usage" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"consumer_id" integer NOT NULL,
  	"day" varchar NOT NULL,
  	"requests" numeric DEFAULT 0 NOT NULL,
  	"last_seen" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "consumers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "consumer_usage_id" integer;
  ALTER TABLE "payload_preferences_rels" ADD COLUMN "consumers_id" integer;
  ALTER TABLE "consumers_texts" ADD CONSTRAINT "consumers_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consumers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consumer_usage" ADD CONSTRAINT "consumer_usage_consumer_id_consumers_id_fk" FOREIGN KEY ("consumer_id") REFERENCES "public"."consumers"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "consumers_updated_at_idx" ON "consumers" USING btree ("updated_at");
  CREATE INDEX "consumers_created_at_idx" ON "consumers" USING btree ("created_at");
  CREATE INDEX "apiKeyIndex_idx" ON "consumers" USING btree ("api_key_index");
  CREATE INDEX "consumers_texts_order_parent" ON "consumers_texts" USING btree ("order","parent_id");
  CREATE INDEX "consumer_usage_consumer_idx" ON "consumer_usage" USING btree ("consumer_id");
  CREATE INDEX "consumer_usage_updated_at_idx" ON "consumer_usage" USING btree ("updated_at");
  CREATE INDEX "consumer_usage_created_at_idx" ON "consumer_usage" USING btree ("created_at");
  CREATE UNIQUE INDEX "consumer_day_idx" ON "consumer_usage" USING btree ("consumer_id","day");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consumers_fk" FOREIGN KEY ("consumers_id") REFERENCES "public"."consumers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consumer_usage_fk" FOREIGN KEY ("consumer_usage_id") REFERENCES "public"."consumer_usage"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_consumers_fk" FOREIGN KEY ("consumers_id") REFERENCES "public"."consumers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_consumers_id_idx" ON "payload_locked_documents_rels" USING btree ("consumers_id");
  CREATE INDEX "payload_locked_documents_rels_consumer_usage_id_idx" ON "payload_locked_documents_rels" USING btree ("consumer_usage_id");
  CREATE INDEX "payload_preferences_rels_consumers_id_idx" ON "payload_preferences_rels" USING btree ("consumers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "consumers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consumers_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consumer_usage" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "consumers" CASCADE;
  DROP TABLE "consumers_texts" CASCADE;
  DROP TABLE "consumer_usage" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_consumers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_consumer_usage_fk";
  
  ALTER TABLE "payload_preferences_rels" DROP CONSTRAINT "payload_preferences_rels_consumers_fk";
  
  DROP INDEX "payload_locked_documents_rels_consumers_id_idx";
  DROP INDEX "payload_locked_documents_rels_consumer_usage_id_idx";
  DROP INDEX "payload_preferences_rels_consumers_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "consumers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "consumer_usage_id";
  ALTER TABLE "payload_preferences_rels" DROP COLUMN "consumers_id";`)
}
