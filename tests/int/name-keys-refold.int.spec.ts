import { afterAll, beforeAll, expect, it } from '@jest/globals'

import * as postgresMigration from '../../migrations/postgres/20261203_140000_refold_name_keys'
import * as sqliteMigration from '../../migrations/sqlite/20261203_140000_refold_name_keys'
import { adapterDrizzle } from '../../src/db/adapter-internals'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

/**
 * The migration that folds stored name keys again once normalization learnt
 * new classes: an organization saved when «الشئون» and «الشؤون» still had
 * different keys is found as a duplicate of the other spelling afterwards.
 */
describeIntegration('name keys folded again by migration', () => {
  let ctx: TestPayload

  beforeAll(async () => {
    ctx = await startTestPayload()
  })
  afterAll(() => ctx?.stop())

  const create = (name: string) =>
    ctx.payload.create({ collection: 'organizations', data: { name } as never, draft: true }).then(
      (doc) => ({ created: doc.id }),
      // The field the refusal names (its message names it as the form labels it).
      (error: { data?: { errors?: { path: string }[] } }) => ({
        refused: error.data?.errors?.[0]?.path,
      }),
    )

  it('makes a name saved with the old keys a duplicate of its other spelling', async () => {
    const first = await create('وزارة الشئون الخارجية')
    expect(first).toEqual({ created: expect.anything() })
    // The key as the old normalization folded it: the hamza kept on its seat.
    const drizzle = adapterDrizzle<any>(ctx.payload)
    const oldKey = 'وزاره الشئون الخارجيه'
    const isSqlite = ctx.payload.db.name === 'sqlite'
    const setOldKey = `UPDATE organizations_texts SET text = '${oldKey}' WHERE path = 'nameKeys'`
    if (isSqlite) await drizzle.run(setOldKey)
    else await drizzle.execute(setOldKey)

    const beforeMigration = await create('وزارة الشؤون الخارجية')
    expect(beforeMigration).toEqual({ created: expect.anything() })
    await ctx.payload.delete({ collection: 'organizations', id: (beforeMigration as any).created })

    const migration = isSqlite ? sqliteMigration : postgresMigration
    await migration.up({ db: drizzle, payload: ctx.payload, req: {} as never } as never)

    const afterMigration = await create('وزارة الشؤون الخارجية')
    expect(afterMigration).toEqual({ refused: 'name' })
  })
})
