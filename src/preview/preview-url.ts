import type { LivePreviewConfig } from 'payload'

import { REPORT_COLLECTIONS } from '../editorial/workflow'

/** Where the admin's live preview (and its "preview" button) shows a report collection's draft. */
export const previewPath = (collection: string, id: number | string, locale: string): string =>
  `/preview/${collection}/${id}?locale=${encodeURIComponent(locale)}`

export const livePreview: LivePreviewConfig & { collections: string[] } = {
  collections: [...REPORT_COLLECTIONS],
  url: ({ collectionConfig, data, locale }) =>
    data?.id && collectionConfig ? previewPath(collectionConfig.slug, data.id, locale.code) : '',
}
