import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "events_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_events_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "delegations_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_delegations_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "agreements_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_agreements_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "events_locales" ADD COLUMN "slug" varchar;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_slug" varchar;
  ALTER TABLE "delegations_locales" ADD COLUMN "slug" varchar;
  ALTER TABLE "_delegations_v_locales" ADD COLUMN "version_slug" varchar;
  ALTER TABLE "agreements_locales" ADD COLUMN "slug" varchar;
  ALTER TABLE "_agreements_v_locales" ADD COLUMN "version_slug" varchar;
  ALTER TABLE "events_texts" ADD CONSTRAINT "events_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_texts" ADD CONSTRAINT "_events_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "delegations_texts" ADD CONSTRAINT "delegations_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_delegations_v_texts" ADD CONSTRAINT "_delegations_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_delegations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "agreements_texts" ADD CONSTRAINT "agreements_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_agreements_v_texts" ADD CONSTRAINT "_agreements_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_agreements_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "events_texts_order_parent" ON "events_texts" USING btree ("order","parent_id");
  CREATE INDEX "events_texts_text_idx" ON "events_texts" USING btree ("text");
  CREATE INDEX "_events_v_texts_order_parent" ON "_events_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "delegations_texts_order_parent" ON "delegations_texts" USING btree ("order","parent_id");
  CREATE INDEX "delegations_texts_text_idx" ON "delegations_texts" USING btree ("text");
  CREATE INDEX "_delegations_v_texts_order_parent" ON "_delegations_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "agreements_texts_order_parent" ON "agreements_texts" USING btree ("order","parent_id");
  CREATE INDEX "agreements_texts_text_idx" ON "agreements_texts" USING btree ("text");
  CREATE INDEX "_agreements_v_texts_order_parent" ON "_agreements_v_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events_locales" USING btree ("slug","_locale");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "delegations_slug_idx" ON "delegations_locales" USING btree ("slug","_locale");
  CREATE INDEX "_delegations_v_version_version_slug_idx" ON "_delegations_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "agreements_slug_idx" ON "agreements_locales" USING btree ("slug","_locale");
  CREATE INDEX "_agreements_v_version_version_slug_idx" ON "_agreements_v_locales" USING btree ("version_slug","_locale");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "delegations_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_delegations_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "agreements_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_agreements_v_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "events_texts" CASCADE;
  DROP TABLE "_events_v_texts" CASCADE;
  DROP TABLE "delegations_texts" CASCADE;
  DROP TABLE "_delegations_v_texts" CASCADE;
  DROP TABLE "agreements_texts" CASCADE;
  DROP TABLE "_agreements_v_texts" CASCADE;
  DROP INDEX "events_slug_idx";
  DROP INDEX "_events_v_version_version_slug_idx";
  DROP INDEX "delegations_slug_idx";
  DROP INDEX "_delegations_v_version_version_slug_idx";
  DROP INDEX "agreements_slug_idx";
  DROP INDEX "_agreements_v_version_version_slug_idx";
  ALTER TABLE "events_locales" DROP COLUMN "slug";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_slug";
  ALTER TABLE "delegations_locales" DROP COLUMN "slug";
  ALTER TABLE "_delegations_v_locales" DROP COLUMN "version_slug";
  ALTER TABLE "agreements_locales" DROP COLUMN "slug";
  ALTER TABLE "_agreements_v_locales" DROP COLUMN "version_slug";`)
}
