import type { CollectionConfig, Config, Plugin, SanitizedConfig } from 'payload'

import { beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'

import { readBudgetPlugin } from '../../src/cost/read-budget'
import { slugsIn } from '../../src/config/collection-groups'
import { COLLECTIONS } from '../../src/config/collections'
import { jusurConfig, payloadSettings } from '../../src/config/jusur-config'
import { jusurWorkflow, REPORT_COLLECTIONS } from '../../src/editorial/workflow'
import { mediaUsePlugin } from '../../src/media/plugin'
import { readCachePlugin } from '../../src/read-cache/plugin'
import { searchPlugin } from '../../src/search/plugin'
import { inputHardeningPlugin } from '../../src/validation/plugin'

/**
 * The order of the plugins in src/config/jusur-config.ts is the order of the
 * hooks on every collection. These tests read, in Jusur's built config, which
 * plugin put each hook where; swapping two plugins whose order matters fails
 * one of them.
 */

const root = path.resolve(import.meta.dirname, '../..')

type Hooks = NonNullable<CollectionConfig['hooks']>
type HookName = keyof Hooks

/** The plugins that add collection hooks, each applied alone to tell its hooks apart. */
const PLUGINS_WITH_HOOKS: Record<string, Plugin> = {
  'input hardening': inputHardeningPlugin(),
  'media use': mediaUsePlugin(),
  workflow: jusurWorkflow,
  search: searchPlugin,
  'read cache': readCachePlugin(slugsIn(COLLECTIONS, 'public')),
  'read budget': readBudgetPlugin,
}

/**
 * A hook is known by its source: the workflow and the read cache make theirs
 * anew for each config, from the same code.
 */
const hooksIn = (collections: readonly CollectionConfig[] = []): string[] =>
  collections.flatMap((collection) =>
    Object.values(collection.hooks ?? {}).flatMap((hooks) =>
      (hooks as unknown[]).map((hook) => String(hook)),
    ),
  )

/** Who adds each hook: 'collection' for the collections' own (their groups' included), else the plugin. */
const hookOwners = async (): Promise<Map<string, string>> => {
  const unsanitized = (): Config => ({
    ...payloadSettings({ databaseUrl: 'file::memory:', rootDir: root }),
    collections: [...COLLECTIONS],
  })
  const owners = new Map(hooksIn(COLLECTIONS).map((hook) => [hook, 'collection']))
  for (const [name, plugin] of Object.entries(PLUGINS_WITH_HOOKS)) {
    for (const hook of hooksIn((await plugin(unsanitized())).collections)) {
      const owner = owners.get(hook)
      if (owner && owner !== 'collection' && owner !== name)
        throw new Error(`${name} and ${owner} add a hook with the same source`)
      if (!owner) owners.set(hook, name)
    }
  }
  return owners
}

describe("Jusur's plugin order", () => {
  let config: SanitizedConfig
  let owners: Map<string, string>
  beforeAll(async () => {
    config = await jusurConfig({ databaseUrl: 'file::memory:', rootDir: root })
    owners = await hookOwners()
  })

  /** Who added each hook of `slug`'s `hook` array, in the order they run. */
  const order = (slug: string, hook: HookName): string[] => {
    const collection = config.collections.find((candidate) => candidate.slug === slug)
    if (!collection) throw new Error(`no collection ${slug}`)
    return ((collection.hooks[hook] ?? []) as unknown[]).map(
      (fn) => owners.get(String(fn)) ?? 'payload',
    )
  }

  it('puts the read budget first before every operation, then the workflow (its gate, then readers’ lists without retracted reports), the input checks, the collection, the admin’s normalized list search, the read cache (draft saves noted, reads tracked, shared documents)', () => {
    expect(order('articles', 'beforeOperation')).toEqual([
      'read budget',
      'workflow',
      'workflow',
      'input hardening',
      'input hardening',
      'input hardening',
      'search',
      'read cache',
      'read cache',
      'read cache',
    ])
    expect(order('media', 'beforeOperation')).toEqual([
      'read budget',
      'input hardening',
      'input hardening',
      'input hardening',
      'collection',
      'collection',
      'search',
      'read cache',
      'read cache',
      'read cache',
    ])
  })

  it('lets the workflow gate see a change first (then its translations summary), media use after the collection, and the read cache read the stored links last', () => {
    expect(order('articles', 'beforeChange')).toEqual([
      'workflow',
      'workflow',
      'collection',
      'collection',
      'media use',
      'read cache',
    ])
  })

  it('refreshes media flags, then writes the workflow history (the feed of public changes, on a delete), the search rows and last the public change log', () => {
    expect(order('articles', 'afterChange')).toEqual([
      'media use',
      'workflow',
      'workflow',
      'search',
      'read cache',
    ])
    expect(order('articles', 'afterDelete')).toEqual([
      'media use',
      'workflow',
      'search',
      'read cache',
    ])
  })

  it('lets the workflow refuse a delete (a document in an open release), then take the feed’s lock, before anything else runs', () => {
    expect(order('articles', 'beforeDelete')).toEqual([
      'workflow',
      'workflow',
      'collection',
      'media use',
    ])
  })

  it("counts every document read, the workflow history's included, before any other hook (then a retracted report becomes its tombstone)", () => {
    expect(order('articles', 'afterRead')).toEqual(['read budget', 'workflow'])
    expect(order('workflow-events', 'afterRead')).toEqual(['read budget'])
  })

  it("hardens Jusur's collections only, not the workflow history added after; tracks cached reads of every collection", () => {
    expect(order('workflow-events', 'beforeOperation')).toEqual([
      'read budget',
      'read cache',
      'read cache',
    ])
    expect(order('users', 'beforeOperation')).toEqual([
      'read budget',
      'input hardening',
      'input hardening',
      'input hardening',
      'collection',
      'read cache',
      'read cache',
    ])
  })

  it('live previews the report collections', () => {
    expect(config.admin.livePreview?.collections).toEqual(REPORT_COLLECTIONS)
  })
})
