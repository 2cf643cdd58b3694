import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-sqlite'

import { WORKFLOW_IMPORT } from '@jusur/editorial-workflow'
import { runnerFor } from '../../src/db/sql-runner'
import { backfillTranslationStatus } from '../../src/db/translation-status-backfill'
import { plainBody } from '../helpers/content'
import {
  databaseUnderTest,
  describeIntegration,
  startTestPayload,
  type TestPayload,
} from '../helpers/test-payload'

/**
 * The migration that added `translationStatus` fills it for rows saved before
 * it existed, from their bookkeeping, as a save would.
 */
describeIntegration('translation status of documents saved before the column existed', () => {
  let ctx: TestPayload
  beforeAll(async () => {
    ctx = await startTestPayload()
  })
  afterAll(() => ctx?.stop())

  it('is filled from each row’s translation bookkeeping, as a save fills it', async () => {
    const { payload } = ctx
    const context = { [WORKFLOW_IMPORT]: true }
    const article = async (title: string, english?: string) => {
      const doc = await payload.create({
        collection: 'articles',
        context,
        data: { body: plainBody('نص'), summary: 'ملخص', title },
        draft: true,
        locale: 'ar',
      })
      if (english)
        await payload.update({
          collection: 'articles',
          context,
          data: { body: plainBody('text'), summary: 'Summary', title: english },
          draft: true,
          id: doc.id,
          locale: 'en',
        })
      return doc.id
    }
    const arabicOnly = await article('عربي فقط')
    const bilingual = await article('بلغتين', 'In both')
    const saved = async (id: number | string) =>
      (await payload.findByID({ collection: 'articles', depth: 0, draft: true, id }))
        .translationStatus
    const before = { arabicOnly: await saved(arabicOnly), bilingual: await saved(bilingual) }
    expect(before).toEqual({ arabicOnly: 'missing', bilingual: 'complete' })

    const run = runnerFor(payload, databaseUnderTest() === 'postgres' ? 'execute' : 'run')
    await run(sql`UPDATE articles SET translation_status = NULL`)
    await run(sql`UPDATE _articles_v SET version_translation_status = NULL`)
    await run(sql`UPDATE countries SET translation_status = NULL`)
    expect(await saved(arabicOnly)).toBeNull()

    await backfillTranslationStatus(payload, databaseUnderTest() === 'postgres' ? 'execute' : 'run')
    expect({ arabicOnly: await saved(arabicOnly), bilingual: await saved(bilingual) }).toEqual(
      before,
    )
    const unfilled = await run(
      sql`SELECT count(*) AS n FROM countries WHERE translation_status IS NULL`,
    )
    expect(Number(unfilled[0]!.n)).toBe(0)
  })
})
