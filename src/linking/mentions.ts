import type { CollectionConfig, CollectionSlug, RelationshipField } from 'payload'

import { declarationOf } from '../config/collection-groups'
import { collectMentions } from '../hooks/collect-mentions'

/** The relation that holds what a collection's text links to. */
export const MENTIONS_FIELD = 'mentions'

const mentionsField = (linkable: CollectionSlug[]): RelationshipField => ({
  name: MENTIONS_FIELD,
  type: 'relationship',
  label: { ar: 'روابط داخل النص', en: 'Links in the text' },
  relationTo: linkable,
  hasMany: true,
  admin: {
    description: {
      ar: 'تُستخرج تلقائيًا من الروابط الداخلية في نص المقال بلغتيه.',
      en: 'Filled automatically from the internal links in the body, in both languages.',
    },
    position: 'sidebar',
    readOnly: true,
  },
})

/**
 * A collection that declares `mentionsIn` (a rich-text field) gets, as its last
 * field, `mentions`: the linkable documents that field links to inline, in
 * either language, kept on every save by collect-mentions. The linkable
 * collections read it back through their `mentionedIn` joins (src/fields/article-joins.ts).
 */
export const withMentions =
  (linkable: CollectionSlug[]) =>
  (collection: CollectionConfig): CollectionConfig => {
    const text = declarationOf(collection).mentionsIn
    if (!text) return collection
    return {
      ...collection,
      fields: [...collection.fields, mentionsField(linkable)],
      hooks: {
        ...collection.hooks,
        beforeChange: [...(collection.hooks?.beforeChange ?? []), collectMentions(text, linkable)],
      },
    }
  }
