/**
 * `npm run migrate:create -- <name>`: after a change to the config, writes a
 * migration for SQLite and one for PostgreSQL under migrations/, each diffed
 * against that dialect's last snapshot. A dialect with no schema change gets
 * no file. Needs the local PostgreSQL server (POSTGRES_ADMIN_URL).
 */
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'

import { runScript } from './run-script'
import { withScratchPostgres } from '../db/postgres-admin'

const name = process.argv[2]

const createFor = (databaseUrl: string): void => {
  const result = spawnSync('npx', ['tsx', 'src/scripts/create-migration-for.ts', name ?? ''], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development' },
    stdio: 'inherit',
  })
  if (result.status !== 0) throw new Error(`creating the migration for ${databaseUrl} failed`)
}

runScript('migrate:create', async () => {
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error('Give the migration a name in snake_case: npm run migrate:create -- add_events')
  }
  createFor(`file:${path.join(os.tmpdir(), `jusur-migrate-${process.pid}.db`)}`)
  await withScratchPostgres('jusur_migrate', async (url) => createFor(url))
})
