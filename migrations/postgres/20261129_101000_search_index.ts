import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written (outside Payload's schema, so no .json snapshot): the search
 * index of src/search. `search_docs` holds one row per document, language and
 * audience (public: the published version; staff: the latest draft) with the
 * original title and text for results and snippets, the light stems of title,
 * summary and body, and what filters need. `terms` weighs the stems title A,
 * summary B, body C under the `simple` configuration (the text is normalized
 * and stemmed already), with a GIN index. Filled by `npm run search:reindex`
 * or by saving documents.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "search_docs" (
    "id" serial PRIMARY KEY NOT NULL,
    "collection" varchar NOT NULL,
    "doc_id" varchar NOT NULL,
    "locale" varchar NOT NULL,
    "visibility" varchar NOT NULL,
    "slug" varchar,
    "title" varchar NOT NULL,
    "content" text NOT NULL,
    "title_terms" text NOT NULL,
    "summary_terms" text NOT NULL,
    "body_terms" text NOT NULL,
    "title_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "title_terms")) STORED,
    "terms" tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('simple', "title_terms"), 'A')
      || setweight(to_tsvector('simple', "summary_terms"), 'B')
      || setweight(to_tsvector('simple', "body_terms"), 'C')
    ) STORED,
    "topics" text[] DEFAULT '{}' NOT NULL,
    "countries" text[] DEFAULT '{}' NOT NULL,
    "date" timestamp(3) with time zone
  );
  CREATE UNIQUE INDEX "search_docs_document_idx" ON "search_docs" USING btree ("collection", "doc_id", "locale", "visibility");
  CREATE INDEX "search_docs_terms_idx" ON "search_docs" USING gin ("terms");
  CREATE INDEX "search_docs_date_idx" ON "search_docs" USING btree ("date");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "search_docs";`)
}
