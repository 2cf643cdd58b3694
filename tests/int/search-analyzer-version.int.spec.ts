import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { getPayload, type Payload } from 'payload'

import { jusurConfig } from '../../src/config/jusur-config'
import { closeDatabase } from '../../src/db/close-database'
import { applyMigrations } from '../../src/db/migrations'
import { analyzerVersion } from '../../src/search/analyzer-version'
import { rebuildSearchIndex, searchStoreFor } from '../../src/search/indexer'
import { AS_IMPORT } from '../helpers/content'
import { publicSearchHits } from '../helpers/search'
import {
  databaseUnderTest,
  describeIntegration,
  PROJECT_ROOT,
  startTestPayload,
  type TestPayload,
} from '../helpers/test-payload'

/**
 * An upgrade that changes the analyzer (normalization, stemming, spelling
 * rules, index format) needs no manual reindex: the index records the
 * analyzer version it was built with, and a start (applyMigrations) rebuilds
 * it when that differs, and only then.
 */
describeIntegration('search index rebuilt at start when the analyzer changed', () => {
  let ctx: TestPayload
  const extra: Payload[] = []

  beforeAll(async () => {
    ctx = await startTestPayload()
    await ctx.payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: { _status: 'published', title: 'Wombat observatory opens' },
      locale: 'en',
    })
  })
  afterAll(async () => {
    for (const payload of extra) await closeDatabase(payload)
    await ctx?.stop()
  })

  const store = () => searchStoreFor(ctx.payload)
  /** An index built by another version: stamped so, and (to see the rebuild) emptied. */
  const builtByAnotherVersion = async () => {
    await store().builtWith!.write('an-older-analyzer')
    await store().clear()
  }

  it('records the version of the analyzer that built the index', async () => {
    expect(await store().builtWith!.read()).toBe(analyzerVersion())
    expect(await publicSearchHits(ctx.payload, 'wombat')).toBe(1)
  })

  it('rebuilds an index built by another analyzer at start', async () => {
    await builtByAnotherVersion()
    expect(await publicSearchHits(ctx.payload, 'wombat')).toBe(0)
    expect(await applyMigrations(ctx.payload)).toEqual({ searchIndexRebuilt: true })
    expect(await publicSearchHits(ctx.payload, 'wombat')).toBe(1)
    expect(await store().builtWith!.read()).toBe(analyzerVersion())
  })

  it('leaves an index built by this analyzer alone', async () => {
    await store().clear()
    expect(await applyMigrations(ctx.payload)).toEqual({ searchIndexRebuilt: false })
    expect(await publicSearchHits(ctx.payload, 'wombat')).toBe(0)
    await rebuildSearchIndex(ctx.payload)
  })

  if (databaseUnderTest() === 'postgres') {
    it('with several instances starting at once, one rebuilds and the others wait', async () => {
      await builtByAnotherVersion()
      for (const key of ['instance-b', 'instance-c'])
        extra.push(
          await getPayload({
            config: jusurConfig({ databaseUrl: ctx.databaseUrl, rootDir: PROJECT_ROOT }),
            key,
          }),
        )
      const starts = await Promise.all([ctx.payload, ...extra].map(applyMigrations))
      expect(starts.filter((start) => start.searchIndexRebuilt)).toHaveLength(1)
      expect(await publicSearchHits(ctx.payload, 'wombat')).toBe(1)
    })
  }
})
