import type { CollectionConfig, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { buildConfig } from 'payload'

import { editorialAccess } from '../../src/access/collections'
import { belongsTo, declarationOf, isIn, slugsIn } from '../../src/config/collection-groups'
import { COLLECTIONS, withGroupBehaviour } from '../../src/config/collections'
import { jusurConfig, payloadSettings } from '../../src/config/jusur-config'
import { jusurWorkflow, REPORT_COLLECTIONS, WORKFLOW_OPTIONS } from '../../src/editorial/workflow'
import { slugFields } from '../../src/fields/slug-fields'
import { linkTargets } from '../../src/linking/link-targets'
import { livePreview } from '../../src/preview/preview-url'
import { SEARCH_COLLECTIONS } from '../../src/search/sources'

const root = path.resolve(import.meta.dirname, '../..')

const collectionOf = (config: SanitizedConfig, slug: string): SanitizedCollectionConfig => {
  const collection = config.collections.find((candidate) => candidate.slug === slug)
  if (!collection) throw new Error(`no collection ${slug}`)
  return collection
}

const fieldNames = (collection: SanitizedCollectionConfig) =>
  collection.flattenedFields.map((field) => field.name)

/** The collections a lexical feature of the config's editor accepts. */
const editorFeatureCollections = (config: SanitizedConfig, feature: string): unknown => {
  const editor = config.editor as unknown as {
    editorConfig: {
      resolvedFeatureMap: Map<
        string,
        { sanitizedServerFeatureProps?: { enabledCollections?: unknown } }
      >
    }
  }
  return editor.editorConfig.resolvedFeatureMap.get(feature)?.sanitizedServerFeatureProps
    ?.enabledCollections
}

describe('collection groups', () => {
  it('are declared by each collection', () => {
    const declared = Object.fromEntries(
      COLLECTIONS.map((collection) => [
        collection.slug,
        [
          ...declarationOf(collection).groups,
          ...(declarationOf(collection).search ? ['searchable'] : []),
        ].sort(),
      ]),
    )
    expect(declared).toEqual({
      agreements: ['linkable', 'public', 'report', 'searchable'],
      articles: ['linkable', 'public', 'report', 'searchable'],
      'consumer-usage': [],
      consumers: [],
      countries: ['linkable', 'public', 'reference'],
      delegations: ['linkable', 'public', 'report', 'searchable'],
      events: ['linkable', 'public', 'report', 'searchable'],
      media: ['public'],
      organizations: ['linkable', 'public', 'reference', 'searchable'],
      people: ['linkable', 'public', 'reference', 'searchable'],
      topics: ['public', 'reference'],
      users: [],
    })
  })

  it('put no collection both among the reports and the reference data', () => {
    expect(
      COLLECTIONS.filter((c) => isIn(c, 'report') && isIn(c, 'reference')).map((c) => c.slug),
    ).toEqual([])
  })

  it('make public every collection but the accounts and the consumers', () => {
    const administration = ['users', 'consumers', 'consumer-usage']
    expect(slugsIn(COLLECTIONS, 'public')).toEqual(
      COLLECTIONS.map((collection) => collection.slug).filter(
        (slug) => !administration.includes(slug),
      ),
    )
  })

  it('offer, as link suggestions, every linkable collection an article can be linked to, names first', () => {
    expect(linkTargets(COLLECTIONS)).toEqual([
      { collection: 'people', title: 'name' },
      { collection: 'organizations', title: 'name' },
      { collection: 'countries', title: 'name' },
      { collection: 'events', title: 'title' },
      { collection: 'delegations', title: 'name' },
      { collection: 'agreements', title: 'title' },
    ])
    // Every linkable collection but the articles themselves: one more needs its field in articles.
    expect(
      linkTargets(COLLECTIONS)
        .map((target) => target.collection)
        .sort(),
    ).toEqual(
      slugsIn(COLLECTIONS, 'linkable')
        .filter((slug) => slug !== 'articles')
        .sort(),
    )
  })

  it('give the workflow the reports and the reference data, and live preview the reports', () => {
    expect(WORKFLOW_OPTIONS.collections).toEqual([
      ...slugsIn(COLLECTIONS, 'report'),
      ...slugsIn(COLLECTIONS, 'reference'),
    ])
    expect(REPORT_COLLECTIONS).toEqual(['articles', 'events', 'delegations', 'agreements'])
    expect(livePreview.collections).toEqual(REPORT_COLLECTIONS)
  })
})

describe("Jusur's config, built from the groups", () => {
  let config: SanitizedConfig
  beforeAll(async () => {
    config = await jusurConfig({ databaseUrl: 'file::memory:', rootDir: root })
  })

  it.each(slugsIn(COLLECTIONS, 'report'))(
    'gives the report collection %s drafts, slugs, the workflow and search',
    (slug) => {
      const collection = collectionOf(config, slug)
      expect(collection.versions && collection.versions.drafts).toBeTruthy()
      expect(fieldNames(collection)).toEqual(
        expect.arrayContaining(['slug', '_status', 'workflowState', 'workflow']),
      )
      expect(collection.endpoints || []).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ method: 'get', path: '/by-slug/:slug' }),
        ]),
      )
      expect(SEARCH_COLLECTIONS).toContain(slug)
    },
  )

  it.each(slugsIn(COLLECTIONS, 'reference'))(
    'gives the reference collection %s drafts and the workflow',
    (slug) => {
      const collection = collectionOf(config, slug)
      expect(collection.versions && collection.versions.drafts).toBeTruthy()
      expect(fieldNames(collection)).toEqual(
        expect.arrayContaining(['_status', 'workflowState', 'workflow']),
      )
    },
  )

  it('leaves the workflow off the collections in neither group', () => {
    for (const slug of ['media', 'users'])
      expect(fieldNames(collectionOf(config, slug))).not.toContain('workflowState')
  })

  it('lets rich text link to the linkable collections, and counts those links as mentions', () => {
    const linkable = slugsIn(COLLECTIONS, 'linkable')
    expect(editorFeatureCollections(config, 'link')).toEqual(linkable)
    expect(editorFeatureCollections(config, 'relationship')).toEqual(linkable)
    const mentions = collectionOf(config, 'articles').flattenedFields.find(
      (field) => field.name === 'mentions',
    )
    expect(mentions).toMatchObject({ relationTo: linkable, type: 'relationship' })
  })

  it('shows the link suggestions panel, offering the link targets, beside the mentions', () => {
    const fields = collectionOf(config, 'articles').fields
    const panel = fields.findIndex((field) => 'name' in field && field.name === 'linkSuggestions')
    expect(fields[panel + 1]).toMatchObject({ name: 'mentions' })
    expect(fields[panel]).toMatchObject({
      admin: {
        components: {
          Field: {
            clientProps: {
              collections: linkTargets(COLLECTIONS).map((target) => target.collection),
            },
          },
        },
      },
    })
    expect(config.endpoints).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: '/link-suggestions' })]),
    )
  })
})

describe('a new collection declared as a report', () => {
  const Briefings: CollectionConfig = {
    slug: 'briefings',
    admin: { useAsTitle: 'title' },
    custom: belongsTo(['report', 'public']),
    fields: [{ name: 'title', type: 'text', localized: true, required: true }, ...slugFields],
  }

  it('gets drafts, editorial access, slugs and the report workflow', async () => {
    const [completed] = withGroupBehaviour([Briefings])
    expect(completed!.access).toEqual(editorialAccess)
    const config = await buildConfig({
      ...payloadSettings({ databaseUrl: 'file::memory:', rootDir: root }),
      collections: [...COLLECTIONS, completed!],
      plugins: [jusurWorkflow],
    })
    const briefings = collectionOf(config, 'briefings')
    expect(briefings.versions && briefings.versions.drafts).toBeTruthy()
    expect(briefings.endpoints || []).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ method: 'get', path: '/by-slug/:slug' }),
        expect.objectContaining({ method: 'post', path: '/:id/workflow' }),
      ]),
    )
    expect(fieldNames(briefings)).toEqual(
      expect.arrayContaining(['_status', 'workflowState', 'workflow']),
    )
  })
})
