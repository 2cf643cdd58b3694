import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written (outside Payload's schema, so no .json snapshot): the log of
 * public changes (src/read-cache/generation.ts) also names the slugs a changed
 * document had or has, so that a read by slug depends on its slug only.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "content_changes" ADD COLUMN "doc_key" varchar`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "content_changes" DROP COLUMN "doc_key"`)
}
