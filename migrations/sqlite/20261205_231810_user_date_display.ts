import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`date_digits\` text DEFAULT 'arab';`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`hijri_date\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`date_digits\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`hijri_date\`;`)
}
