import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_public_changes_kind" AS ENUM('published', 'updated', 'corrected', 'retracted', 'unpublished', 'deleted');
  CREATE TABLE "public_changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_public_changes_kind" NOT NULL,
  	"collection" varchar NOT NULL,
  	"document" varchar NOT NULL,
  	"slugs" jsonb,
  	"locales" jsonb,
  	"at" timestamp(3) with time zone NOT NULL,
  	"version" varchar
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "public_changes" CASCADE;
  DROP TYPE "public"."enum_public_changes_kind";`)
}
