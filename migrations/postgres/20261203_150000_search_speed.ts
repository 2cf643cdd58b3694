import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written (outside Payload's schema, so no .json snapshot): search at
 * reading speed (src/search/postgres-store.ts, src/search/keys.ts).
 * - `keys`: the row's keys (stems, title stems, title-or-summary stems,
 *   adjacent word pairs, scope) as GIN-indexed lexemes without positions,
 *   written by the app: a search and its ranking tiers are GIN lookups.
 * - `toast_tuple_target = 128`: the long texts go out of line, so that a row
 *   in the table proper is a few hundred bytes and a search that reads the
 *   date of thousands of matches reads a few hundred pages, not thousands.
 * - `sort_key`, written by the app (see keys.ts), and an index on (locale,
 *   visibility, sort_key DESC): the order inside a ranking tier, newest
 *   first, so that a tier of thousands of matches is read in order and stops
 *   at the page.
 * - `search_meta`: the analyzer version the index was built with
 *   (src/search/analyzer-version.ts); rows written before have no `keys` and
 *   the version is missing, so the index is rebuilt at the next start.
 * `title_vector` and `terms` (the weighted tsvector with positions) and its
 *   GIN index are no longer used.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "search_docs_terms_idx";
  DROP INDEX IF EXISTS "search_docs_date_idx";
  ALTER TABLE "search_docs" DROP COLUMN "title_vector";
  ALTER TABLE "search_docs" DROP COLUMN "terms";
  ALTER TABLE "search_docs" ADD COLUMN "keys" tsvector;
  ALTER TABLE "search_docs" ADD COLUMN "sort_key" bigint;
  UPDATE "search_docs" SET "sort_key" = "id";
  ALTER TABLE "search_docs" ALTER COLUMN "sort_key" SET NOT NULL;
  ALTER TABLE "search_docs" SET (toast_tuple_target = 128);
  CREATE INDEX "search_docs_keys_idx" ON "search_docs" USING gin ("keys");
  CREATE INDEX "search_docs_rank_idx" ON "search_docs" USING btree ("locale", "visibility", "sort_key" DESC);
  CREATE TABLE "search_meta" ("id" integer PRIMARY KEY NOT NULL, "analyzer" varchar NOT NULL);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS "search_meta";
  DROP INDEX IF EXISTS "search_docs_rank_idx";
  DROP INDEX IF EXISTS "search_docs_keys_idx";
  ALTER TABLE "search_docs" RESET (toast_tuple_target);
  ALTER TABLE "search_docs" DROP COLUMN "keys";
  ALTER TABLE "search_docs" DROP COLUMN "sort_key";
  ALTER TABLE "search_docs" ADD COLUMN "title_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "title_terms")) STORED;
  ALTER TABLE "search_docs" ADD COLUMN "terms" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', "title_terms"), 'A')
    || setweight(to_tsvector('simple', "summary_terms"), 'B')
    || setweight(to_tsvector('simple', "body_terms"), 'C')
  ) STORED;
  CREATE INDEX "search_docs_terms_idx" ON "search_docs" USING gin ("terms");
  CREATE INDEX "search_docs_date_idx" ON "search_docs" USING btree ("date");`)
}
