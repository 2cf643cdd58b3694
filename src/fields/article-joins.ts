import type { CollectionSlug, JoinField } from 'payload'

/**
 * The two ways an article refers to an entity, read from the entity's side:
 * `articles` that link to it in the relation field `on`, and `mentionedIn`,
 * the articles whose body links to it inline (see collect-mentions).
 */
export const articleJoins = (on: CollectionSlug): JoinField[] => [
  {
    name: 'articles',
    type: 'join',
    label: { ar: 'المقالات', en: 'Articles' },
    collection: 'articles',
    on,
  },
  {
    name: 'mentionedIn',
    type: 'join',
    label: { ar: 'يرد في نصوص المقالات', en: 'Mentioned in article text' },
    collection: 'articles',
    on: 'mentions',
  },
]
