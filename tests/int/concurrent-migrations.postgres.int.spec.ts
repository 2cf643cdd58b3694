import { afterAll, expect, it } from '@jest/globals'
import { getPayload, type Payload } from 'payload'

import { jusurConfig } from '../../src/config/jusur-config'
import { closeDatabase } from '../../src/db/close-database'
import { applyMigrations, migrationsFor } from '../../src/db/migrations'
import { createDatabase, dropDatabase, withDatabaseName } from '../../src/db/postgres-admin'
import { describeIfAvailable } from '../helpers/requirements'
import { postgresRequirement, PROJECT_ROOT } from '../helpers/test-payload'

// Postgres only (*.postgres.int.spec.ts): several app instances share one Postgres database in
// production, while SQLite serves a single instance.
describeIfAvailable(postgresRequirement())(
  'migrations from several instances starting at once [postgres]',
  () => {
    const adminUrl = process.env.TEST_POSTGRES_URL!
    const name = `jusur_test_concurrent_${process.pid}`
    const instances: Payload[] = []

    afterAll(async () => {
      for (const payload of instances) await closeDatabase(payload)
      await dropDatabase(adminUrl, name)
    })

    it('runs each migration exactly once and lets every instance start', async () => {
      await createDatabase(adminUrl, name)
      const url = withDatabaseName(adminUrl, name)
      for (const key of ['instance-a', 'instance-b', 'instance-c']) {
        instances.push(
          await getPayload({
            config: jusurConfig({ databaseUrl: url, rootDir: PROJECT_ROOT }),
            key,
          }),
        )
      }
      await expect(Promise.all(instances.map(applyMigrations))).resolves.toBeDefined()
      const applied = await instances[0]!.find({
        collection: 'payload-migrations',
        limit: 0,
        pagination: false,
      })
      expect(applied.docs.map((doc) => doc.name).sort()).toEqual(
        migrationsFor(instances[0]!)
          .map((m) => m.name)
          .sort(),
      )
    })
  },
)
