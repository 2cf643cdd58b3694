import type { UIField } from 'payload'

/** The article's relationship fields that link suggestions fill, each named after the collection it links to. */
export const LINK_FIELDS = [
  'people',
  'organizations',
  'countries',
  'events',
  'delegations',
  'agreements',
] as const

export type LinkCollection = (typeof LINK_FIELDS)[number]

/** The sidebar panel that offers what an article's body mentions as links (src/linking/admin/link-suggestions.tsx). */
export const linkSuggestionsField: UIField = {
  name: 'linkSuggestions',
  type: 'ui',
  label: { ar: 'اقتراحات الروابط', en: 'Link suggestions' },
  admin: {
    components: { Field: '/src/linking/admin/link-suggestions#LinkSuggestions' },
    position: 'sidebar',
  },
}
