import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written (outside Payload's schema, so no .json snapshot): the content
 * generation of src/read-cache. One row whose number goes up with every change
 * that can alter a public answer; cached answers of another generation are
 * stale, on every app instance that reads this database.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE TABLE "content_generation" ("id" integer PRIMARY KEY NOT NULL, "value" bigint DEFAULT 0 NOT NULL)`)
  await db.execute(sql`INSERT INTO "content_generation" ("id", "value") VALUES (1, 0)`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "content_generation"`)
}
