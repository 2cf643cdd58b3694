import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_date_digits" AS ENUM('arab', 'latn');
  ALTER TABLE "users" ADD COLUMN "date_digits" "enum_users_date_digits" DEFAULT 'arab';
  ALTER TABLE "users" ADD COLUMN "hijri_date" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" DROP COLUMN "date_digits";
  ALTER TABLE "users" DROP COLUMN "hijri_date";
  DROP TYPE "public"."enum_users_date_digits";`)
}
