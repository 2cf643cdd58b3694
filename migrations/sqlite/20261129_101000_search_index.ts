import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Hand-written (outside Payload's schema, so no .json snapshot): the search
 * index of src/search. `search_docs` holds one row per document, language and
 * audience (public: the published version; staff: the latest draft) with the
 * original title and text for results and snippets, the light stems of title,
 * summary and body, and what filters need. `search_fts` is an FTS5 index over
 * the stems (external content: it stores no text of its own), kept in step by
 * triggers. Filled by `npm run search:reindex` or by saving documents.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search_docs\` (
    \`id\` integer PRIMARY KEY NOT NULL,
    \`collection\` text NOT NULL,
    \`doc_id\` text NOT NULL,
    \`locale\` text NOT NULL,
    \`visibility\` text NOT NULL,
    \`slug\` text,
    \`title\` text NOT NULL,
    \`content\` text NOT NULL,
    \`title_terms\` text NOT NULL,
    \`summary_terms\` text NOT NULL,
    \`body_terms\` text NOT NULL,
    \`topics\` text DEFAULT '[]' NOT NULL,
    \`countries\` text DEFAULT '[]' NOT NULL,
    \`date\` text
  )`)
  await db.run(sql`CREATE UNIQUE INDEX \`search_docs_document_idx\` ON \`search_docs\` (\`collection\`, \`doc_id\`, \`locale\`, \`visibility\`)`)
  await db.run(sql`CREATE INDEX \`search_docs_date_idx\` ON \`search_docs\` (\`date\`)`)
  await db.run(sql`CREATE VIRTUAL TABLE \`search_fts\` USING fts5(
    title_terms, summary_terms, body_terms,
    content = 'search_docs', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
  )`)
  await db.run(sql`CREATE TRIGGER \`search_docs_ai\` AFTER INSERT ON \`search_docs\` BEGIN
    INSERT INTO search_fts (rowid, title_terms, summary_terms, body_terms) VALUES (new.id, new.title_terms, new.summary_terms, new.body_terms);
  END`)
  await db.run(sql`CREATE TRIGGER \`search_docs_ad\` AFTER DELETE ON \`search_docs\` BEGIN
    INSERT INTO search_fts (search_fts, rowid, title_terms, summary_terms, body_terms) VALUES ('delete', old.id, old.title_terms, old.summary_terms, old.body_terms);
  END`)
  await db.run(sql`CREATE TRIGGER \`search_docs_au\` AFTER UPDATE ON \`search_docs\` BEGIN
    INSERT INTO search_fts (search_fts, rowid, title_terms, summary_terms, body_terms) VALUES ('delete', old.id, old.title_terms, old.summary_terms, old.body_terms);
    INSERT INTO search_fts (rowid, title_terms, summary_terms, body_terms) VALUES (new.id, new.title_terms, new.summary_terms, new.body_terms);
  END`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TRIGGER IF EXISTS \`search_docs_au\``)
  await db.run(sql`DROP TRIGGER IF EXISTS \`search_docs_ad\``)
  await db.run(sql`DROP TRIGGER IF EXISTS \`search_docs_ai\``)
  await db.run(sql`DROP TABLE IF EXISTS \`search_fts\``)
  await db.run(sql`DROP TABLE IF EXISTS \`search_docs\``)
}
