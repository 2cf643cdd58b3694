import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { searchStoreFor } from '../../src/search/indexer'
import { parseSearchQuery } from '../../src/search/query'
import { AS_IMPORT } from '../helpers/content'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

/**
 * Only PostgreSQL: Jusur's SQLite adapter runs without transactions, so there
 * a save cannot be rolled back in the first place.
 */
describeIntegration('search index inside the save’s transaction', () => {
  let ctx: TestPayload

  beforeAll(async () => {
    ctx = await startTestPayload()
  })
  afterAll(() => ctx?.stop())

  const publicHits = async (words: string) =>
    (
      await searchStoreFor(ctx.payload).search({
        collections: ['articles'],
        countries: [],
        limit: 10,
        locale: 'en',
        offset: 0,
        query: (parseSearchQuery(words) as { query: never }).query,
        topics: [],
        visibility: 'public',
      })
    ).total

  it('leaves no trace of a save whose transaction is rolled back, and shows a committed one', async () => {
    const req = await createLocalReq({}, ctx.payload)
    await initTransaction(req)
    await ctx.payload.create({ collection: 'articles', context: AS_IMPORT, data: { _status: 'published', title: 'Rolled back wombat' }, locale: 'en', req })
    // Outside the transaction nothing shows before the commit...
    expect(await publicHits('wombat')).toBe(0)
    await killTransaction(req)
    // ...nor after the rollback.
    expect(await publicHits('wombat')).toBe(0)

    const committed = await createLocalReq({}, ctx.payload)
    await initTransaction(committed)
    await ctx.payload.create({ collection: 'articles', context: AS_IMPORT, data: { _status: 'published', title: 'Committed wombat' }, locale: 'en', req: committed })
    await commitTransaction(committed)
    expect(await publicHits('wombat')).toBe(1)
  })
})
