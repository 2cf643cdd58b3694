import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { inTransaction } from '../../src/db/transaction'
import {
  databaseUnderTest,
  describeIntegration,
  startTestPayload,
  type TestPayload,
} from '../helpers/test-payload'

/**
 * `inTransaction` (src/db/transaction.ts), which the demo seed, the benchmark
 * generator and the backup's import and export run their writes and reads in.
 */
describeIntegration('work in one transaction', () => {
  let ctx: TestPayload

  beforeAll(async () => {
    ctx = await startTestPayload()
  })
  afterAll(() => ctx?.stop())

  const topicsKeyed = async (prefix: string) =>
    (
      await ctx.payload.find({
        collection: 'topics',
        depth: 0,
        pagination: false,
        where: { key: { like: prefix } },
      })
    ).docs
      .map((topic) => topic.key)
      .sort()

  it('leaves nothing of work that fails halfway, however much it had written', async () => {
    const failure = new Error('the third document cannot be written')
    await expect(
      inTransaction(ctx.payload, async (req) => {
        await ctx.payload.create({
          collection: 'topics',
          data: { key: 'halfway-1', name: 'أول' },
          locale: 'ar',
          req,
        })
        await ctx.payload.create({
          collection: 'topics',
          data: { key: 'halfway-2', name: 'ثان' },
          locale: 'ar',
          req,
        })
        throw failure
      }),
    ).rejects.toBe(failure)
    expect(await topicsKeyed('halfway-')).toEqual([])
  })

  it('commits all of work that succeeds, and returns what it returns', async () => {
    const made = await inTransaction(ctx.payload, async (req) => {
      const first = await ctx.payload.create({
        collection: 'topics',
        data: { key: 'whole-1', name: 'أول' },
        locale: 'ar',
        req,
      })
      const second = await ctx.payload.create({
        collection: 'topics',
        data: { key: 'whole-2', name: 'ثان' },
        locale: 'ar',
        req,
      })
      return [first.id, second.id]
    })
    expect(made).toHaveLength(2)
    expect(await topicsKeyed('whole-')).toEqual(['whole-1', 'whole-2'])
  })

  // Transaction options are PostgreSQL's; SQLite's adapter takes none.
  if (databaseUnderTest() === 'postgres') {
    it('passes options to the database: a read-only transaction refuses a write', async () => {
      await expect(
        inTransaction(
          ctx.payload,
          (req) =>
            ctx.payload.create({
              collection: 'topics',
              data: { key: 'read-only', name: 'للقراءة' },
              locale: 'ar',
              req,
            }),
          {
            options: { accessMode: 'read only' },
            required: true,
          },
        ),
      ).rejects.toMatchObject({
        cause: { message: expect.stringMatching(/read-only transaction/) },
      })
      expect(await topicsKeyed('read-only')).toEqual([])
    })
  }
})
