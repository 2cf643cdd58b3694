import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

import { localeParentIndexName } from '../../src/db/locale-parent-indexes'
import { migrationsFor, pendingMigrations } from '../../src/db/migrations'
import { checkReadiness } from '../../src/server/readiness'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

type SqlAdapter = {
  execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Record<string, unknown>[] }>
  drizzle: unknown
  migrationDir: string
  requireDrizzleKit: () => DrizzleKit
  schema: unknown
  tables: Record<string, unknown>
}

describeIntegration('schema and migrations', () => {
  let ctx: TestPayload
  let db: SqlAdapter
  const rows = async (raw: string) => (await db.execute({ drizzle: db.drizzle, raw })).rows

  beforeAll(async () => {
    ctx = await startTestPayload()
    db = ctx.payload.db as unknown as SqlAdapter
  })
  afterAll(() => ctx?.stop())

  it('has a committed migration for every change to the config (run `npm run migrate:create -- <name>`)', async () => {
    const kit = db.requireDrizzleKit()
    const latest = fs
      .readdirSync(db.migrationDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    expect(latest).toBeDefined()
    let before: { version: string } = JSON.parse(
      fs.readFileSync(path.join(db.migrationDir, latest!), 'utf8'),
    )
    const after = await kit.generateDrizzleJson(db.schema)
    if (kit.upSnapshot && before.version < after.version)
      before = kit.upSnapshot(before) as { version: string }
    expect(await kit.generateMigration(before, after)).toEqual([])
  })

  it('lists every migration file in the migrations index', () => {
    const files = fs
      .readdirSync(db.migrationDir)
      .filter((file) => /^\d{8}_\d{6}_.*\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
    expect(migrationsFor(ctx.payload).map((migration) => migration.name)).toEqual(files.sort())
  })

  it('applied every migration to the fresh database', async () => {
    expect(await pendingMigrations(ctx.payload)).toEqual([])
    expect(await checkReadiness(ctx.payload)).toEqual({ ready: true })
  })

  it('indexes _parent_id on every locales table, so localized reads do not scan', async () => {
    const localesTables = Object.keys(db.tables).filter((name) => name.endsWith('_locales'))
    expect(localesTables).toEqual(
      expect.arrayContaining(['articles_locales', '_articles_v_locales']),
    )
    const indexed =
      ctx.payload.db.name === 'sqlite'
        ? (
            await rows(`SELECT tbl_name AS t, name AS i FROM sqlite_master WHERE type = 'index'`)
          ).map((r) => `${r.t}.${r.i}`)
        : (
            await rows(
              `SELECT tablename AS t, indexname AS i FROM pg_indexes WHERE schemaname = 'public'`,
            )
          ).map((r) => `${r.t}.${r.i}`)
    for (const table of localesTables)
      expect(indexed).toContain(`${table}.${localeParentIndexName(table)}`)
  })

  it('reports not ready while a migration is missing from the database', async () => {
    const [first] = migrationsFor(ctx.payload)
    await ctx.payload.delete({
      collection: 'payload-migrations',
      where: { name: { equals: first!.name } },
    })
    expect(await checkReadiness(ctx.payload)).toEqual({
      ready: false,
      reason: `migrations not applied: ${first!.name}`,
    })
    await ctx.payload.create({
      collection: 'payload-migrations',
      data: { batch: 1, name: first!.name },
    })
    expect(await checkReadiness(ctx.payload)).toEqual({ ready: true })
  })
})
