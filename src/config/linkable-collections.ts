/** Collections an article's body can link to inline; such links count as relations (see collect-mentions). */
export const LINKABLE_COLLECTIONS = [
  'articles',
  'events',
  'delegations',
  'agreements',
  'people',
  'organizations',
  'countries',
] as const
