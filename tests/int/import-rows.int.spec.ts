import { afterAll, beforeAll, expect, it } from '@jest/globals'

import type { DrizzleAdapter } from '@payloadcms/drizzle'

import { addRows, PendingRows, writeRows } from '../../src/backup/database-writes'
import { inTransaction } from '../../src/db/transaction'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

/**
 * The import's batched row writer (src/backup/database-writes.ts), below the
 * backup suite's round trip (which compares every restored row with its
 * source): a batch of thousands of rows, and a row that could not be stored.
 */
describeIntegration('the import writes rows in batches', () => {
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
        limit: 0,
        locale: 'all',
        pagination: false,
        where: { key: { like: prefix } },
      })
    ).docs

  it('writes a large batch whole: every row and locale', async () => {
    // 8,000 topics and 16,000 locale rows: more values than either database binds to one statement, sent as one JSON value per table.
    const count = 8_000
    await inTransaction(ctx.payload, async (req) => {
      const pending = new PendingRows()
      for (let i = 1; i <= count; i++) {
        const id = 900_000 + i
        const data = {
          createdAt: '2026-01-01T00:00:00.000Z',
          id,
          key: `batched-${i}`,
          name: { ar: `موضوع ${i}`, en: `Topic ${i}` },
          updatedAt: '2026-01-01T00:00:00.000Z',
        }
        await addRows(req, pending, { collection: 'topics', data, id, versions: false })
      }
      await writeRows(req, pending)
    })
    const topics = await topicsKeyed('batched-')
    expect(topics).toHaveLength(count)
    const last = topics.find((topic) => topic.id === 900_000 + count) as unknown as {
      name: Record<string, string>
    }
    expect(last.name).toEqual({ ar: `موضوع ${count}`, en: `Topic ${count}` })
  })

  it('refuses a row that has lost its parent id, and the batch leaves nothing behind', async () => {
    const tables = (ctx.payload.db as unknown as DrizzleAdapter).tables
    const written = inTransaction(ctx.payload, async (req) => {
      const pending = new PendingRows()
      const id = 800_001
      await addRows(req, pending, {
        collection: 'topics',
        data: { id, key: 'orphaned-1', name: { ar: 'أصل' } },
        id,
        versions: false,
      })
      pending
        .db(req)
        .insert(tables.topics_locales!)
        .values({ _locale: 'en', _parentID: undefined, name: 'Lost' })
      await writeRows(req, pending)
    })
    await expect(written).rejects.toMatchObject({
      message: expect.stringMatching(/topics_locales has no parent id/),
      name: 'BackupError',
    })
    expect(await topicsKeyed('orphaned-')).toEqual([])
  })
})
