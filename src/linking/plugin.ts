import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { declarationOf } from '../config/collection-groups'
import { linkSuggestionsEndpoint } from './endpoint'
import { type LinkTarget, linkTargets } from './link-targets'
import { MENTIONS_FIELD } from './mentions'

/**
 * The sidebar panel that offers what the text mentions as links
 * (./admin/link-suggestions.tsx): grouped by target, each added with one
 * click to the relationship field named after its collection.
 */
const linkSuggestionsField = (targets: readonly LinkTarget[]): Field => ({
  name: 'linkSuggestions',
  type: 'ui',
  label: { ar: 'اقتراحات الروابط', en: 'Link suggestions' },
  admin: {
    components: {
      Field: {
        clientProps: { collections: targets.map((target) => target.collection) },
        path: '/src/linking/admin/link-suggestions#LinkSuggestions',
      },
    },
    position: 'sidebar',
  },
})

/** The panel goes just above the collection's `mentions` (src/linking/mentions.ts), or last. */
const withPanel = (collection: CollectionConfig, panel: Field): CollectionConfig => {
  const mentions = collection.fields.findIndex(
    (field) => 'name' in field && field.name === MENTIONS_FIELD,
  )
  const at = mentions < 0 ? collection.fields.length : mentions
  return {
    ...collection,
    fields: [...collection.fields.slice(0, at), panel, ...collection.fields.slice(at)],
  }
}

/**
 * Link suggestions: `POST /api/link-suggestions` (./endpoint.ts), and the
 * panel in the edit view of every collection whose text is read for mentions,
 * both offering the link targets of the config's collections (./link-targets.ts).
 */
export const linkSuggestionsPlugin: Plugin = (config: Config): Config => {
  const collections = config.collections ?? []
  const targets = linkTargets(collections)
  const panel = linkSuggestionsField(targets)
  return {
    ...config,
    collections: collections.map((collection) =>
      declarationOf(collection).mentionsIn ? withPanel(collection, panel) : collection,
    ),
    endpoints: [...(config.endpoints ?? []), linkSuggestionsEndpoint(targets)],
  }
}
