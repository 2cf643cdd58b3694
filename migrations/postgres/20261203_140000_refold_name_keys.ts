import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { type NameKeyRow, refoldNameKeys } from '../../src/db/refold-name-keys'

/**
 * Hand-written (data only, no schema): name keys folded again with the
 * normalization's new classes (hamza seats, Persian and Urdu letters,
 * invisible characters), so that duplicates are found among existing names.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await refoldNameKeys(
    async (table) =>
      (
        await db.execute(
          sql`SELECT id, text FROM ${sql.identifier(table)} WHERE path = 'nameKeys' AND text IS NOT NULL`,
        )
      ).rows as NameKeyRow[],
    async (table, id, key) => {
      await db.execute(sql`UPDATE ${sql.identifier(table)} SET text = ${key} WHERE id = ${id}`)
    },
  )
}

/** The old keys cannot be told from the new: nothing to undo (the new ones find more, never fewer). */
export async function down(_: MigrateDownArgs): Promise<void> {}
