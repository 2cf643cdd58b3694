import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { AS_IMPORT } from '../helpers/content'
import { publicSearchHits } from '../helpers/search'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

/** On both databases: Jusur's SQLite adapter runs Payload's transactions too (src/db/sqlite-transactions.ts). */
describeIntegration('search index inside the save’s transaction', () => {
  let ctx: TestPayload

  beforeAll(async () => {
    ctx = await startTestPayload()
  })
  afterAll(() => ctx?.stop())

  const publicHits = (words: string) => publicSearchHits(ctx.payload, words)

  it('leaves no trace of a save whose transaction is rolled back, and shows a committed one', async () => {
    const req = await createLocalReq({}, ctx.payload)
    await initTransaction(req)
    await ctx.payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: { _status: 'published', title: 'Rolled back wombat' },
      locale: 'en',
      req,
    })
    // Outside the transaction nothing shows before the commit...
    expect(await publicHits('wombat')).toBe(0)
    await killTransaction(req)
    // ...nor after the rollback, and the document and its versions are gone with it.
    expect(await publicHits('wombat')).toBe(0)
    const rolledBack = { title: { equals: 'Rolled back wombat' } }
    expect(
      (await ctx.payload.count({ collection: 'articles', locale: 'en', where: rolledBack }))
        .totalDocs,
    ).toBe(0)
    expect(
      (
        await ctx.payload.countVersions({
          collection: 'articles',
          locale: 'en',
          where: { 'version.title': { equals: 'Rolled back wombat' } },
        })
      ).totalDocs,
    ).toBe(0)

    const committed = await createLocalReq({}, ctx.payload)
    await initTransaction(committed)
    await ctx.payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: { _status: 'published', title: 'Committed wombat' },
      locale: 'en',
      req: committed,
    })
    await commitTransaction(committed)
    expect(await publicHits('wombat')).toBe(1)
  })
})
