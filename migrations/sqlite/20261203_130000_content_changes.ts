import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Hand-written (outside Payload's schema, so no .json snapshot): the log of
 * public changes of src/read-cache/generation.ts. Each step of the content
 * generation lists the documents it changed, so that an app instance drops
 * only the cached answers they affect.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`content_changes\` (\`seq\` integer NOT NULL, \`collection\` text, \`doc_id\` text)`)
  await db.run(sql`CREATE INDEX \`content_changes_seq_idx\` ON \`content_changes\` (\`seq\`)`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`content_changes\``)
}
