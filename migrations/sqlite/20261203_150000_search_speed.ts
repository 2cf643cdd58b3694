import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

const TRIGGERS = ['search_docs_ai', 'search_docs_ad', 'search_docs_au']

const createFts = async (
  db: MigrateUpArgs['db'],
  columns: string[],
  rowid: string,
  tokenize: string,
): Promise<void> => {
  const list = columns.join(', ')
  const values = (row: 'new' | 'old') => columns.map((column) => `${row}.${column}`).join(', ')
  await db.run(sql.raw(`CREATE VIRTUAL TABLE \`search_fts\` USING fts5(
    ${list},
    content = 'search_docs', content_rowid = '${rowid}', tokenize = "${tokenize}"
  )`))
  await db.run(sql.raw(`CREATE TRIGGER \`search_docs_ai\` AFTER INSERT ON \`search_docs\` BEGIN
    INSERT INTO search_fts (rowid, ${list}) VALUES (new.${rowid}, ${values('new')});
  END`))
  await db.run(sql.raw(`CREATE TRIGGER \`search_docs_ad\` AFTER DELETE ON \`search_docs\` BEGIN
    INSERT INTO search_fts (search_fts, rowid, ${list}) VALUES ('delete', old.${rowid}, ${values('old')});
  END`))
  await db.run(sql.raw(`CREATE TRIGGER \`search_docs_au\` AFTER UPDATE ON \`search_docs\` BEGIN
    INSERT INTO search_fts (search_fts, rowid, ${list}) VALUES ('delete', old.${rowid}, ${values('old')});
    INSERT INTO search_fts (rowid, ${list}) VALUES (new.${rowid}, ${values('new')});
  END`))
  await db.run(sql`INSERT INTO search_fts (search_fts) VALUES ('rebuild')`)
}

const dropFts = async (db: MigrateUpArgs['db']): Promise<void> => {
  for (const trigger of TRIGGERS) await db.run(sql.raw(`DROP TRIGGER IF EXISTS \`${trigger}\``))
  await db.run(sql`DROP TABLE IF EXISTS \`search_fts\``)
}

/**
 * Hand-written (outside Payload's schema, so no .json snapshot): search at
 * reading speed (src/search/sqlite-store.ts, src/search/keys.ts).
 * - `keys`: the row's keys (stems, title stems, title-or-summary stems,
 *   adjacent word pairs, scope), written by the app; the FTS5 index is over
 *   them alone, one token each (`_` is a token character), so that a search
 *   and its ranking tiers are token lookups, never column filters over positions.
 * - `sort_key`: the FTS5 rowid, written by the app in the order of the rows'
 *   dates (to the minute, then the document: see keys.ts): inside a tier the
 *   newest come first, read from the index in rowid order and stopped at the
 *   page, without reading `search_docs` for any row but the page's.
 * - `search_meta`: the analyzer version the index was built with
 *   (src/search/analyzer-version.ts). Rows written before have no keys and
 *   the version is missing: the index is rebuilt at the next start.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await dropFts(db)
  await db.run(sql`ALTER TABLE \`search_docs\` ADD COLUMN \`keys\` text DEFAULT '' NOT NULL`)
  // Written by the app (src/search/keys.ts sortKeyOf); until the rebuild at start, the row id.
  await db.run(sql`ALTER TABLE \`search_docs\` ADD COLUMN \`sort_key\` integer DEFAULT 0 NOT NULL`)
  await db.run(sql`UPDATE \`search_docs\` SET \`sort_key\` = \`id\``)
  await db.run(sql`CREATE UNIQUE INDEX \`search_docs_sort_key_idx\` ON \`search_docs\` (\`sort_key\`)`)
  await createFts(db, ['keys'], 'sort_key', "unicode61 remove_diacritics 2 tokenchars '_'")
  await db.run(sql`CREATE TABLE \`search_meta\` (
    \`id\` integer PRIMARY KEY NOT NULL,
    \`analyzer\` text NOT NULL
  )`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS \`search_meta\``)
  await dropFts(db)
  await db.run(sql`DROP INDEX IF EXISTS \`search_docs_sort_key_idx\``)
  await db.run(sql`ALTER TABLE \`search_docs\` DROP COLUMN \`sort_key\``)
  await db.run(sql`ALTER TABLE \`search_docs\` DROP COLUMN \`keys\``)
  await createFts(
    db,
    ['title_terms', 'summary_terms', 'body_terms'],
    'id',
    'unicode61 remove_diacritics 2',
  )
}
