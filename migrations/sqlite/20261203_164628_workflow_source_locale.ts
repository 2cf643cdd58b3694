import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The language each workflow document was written in (`workflow.sourceLocale`).
 * Existing rows keep NULL, which the workflow reads as the default locale
 * (Arabic): no backfill.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`workflow_source_locale\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_workflow_source_locale\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`workflow_source_locale\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_workflow_source_locale\` text;`)
  await db.run(sql`ALTER TABLE \`delegations\` ADD \`workflow_source_locale\` text;`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` ADD \`version_workflow_source_locale\` text;`)
  await db.run(sql`ALTER TABLE \`agreements\` ADD \`workflow_source_locale\` text;`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` ADD \`version_workflow_source_locale\` text;`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`workflow_source_locale\` text;`)
  await db.run(sql`ALTER TABLE \`_people_v\` ADD \`version_workflow_source_locale\` text;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`workflow_source_locale\` text;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` ADD \`version_workflow_source_locale\` text;`)
  await db.run(sql`ALTER TABLE \`countries\` ADD \`workflow_source_locale\` text;`)
  await db.run(sql`ALTER TABLE \`_countries_v\` ADD \`version_workflow_source_locale\` text;`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`workflow_source_locale\` text;`)
  await db.run(sql`ALTER TABLE \`_topics_v\` ADD \`version_workflow_source_locale\` text;`)
  await db.run(sql`ALTER TABLE \`releases\` ADD \`workflow_source_locale\` text;`)
  await db.run(sql`ALTER TABLE \`_releases_v\` ADD \`version_workflow_source_locale\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`workflow_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_workflow_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`workflow_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_workflow_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`delegations\` DROP COLUMN \`workflow_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`_delegations_v\` DROP COLUMN \`version_workflow_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`agreements\` DROP COLUMN \`workflow_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`_agreements_v\` DROP COLUMN \`version_workflow_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`people\` DROP COLUMN \`workflow_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`_people_v\` DROP COLUMN \`version_workflow_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`workflow_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`_organizations_v\` DROP COLUMN \`version_workflow_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`countries\` DROP COLUMN \`workflow_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`_countries_v\` DROP COLUMN \`version_workflow_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`topics\` DROP COLUMN \`workflow_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`_topics_v\` DROP COLUMN \`version_workflow_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`releases\` DROP COLUMN \`workflow_source_locale\`;`)
  await db.run(sql`ALTER TABLE \`_releases_v\` DROP COLUMN \`version_workflow_source_locale\`;`)
}
