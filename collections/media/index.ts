import type { CollectionConfig } from 'payload'

import { nobody } from '../../src/access'
import { mediaAccess } from '../../src/access/collections'
import { belongsTo } from '../../src/config/collection-groups'
import { refuseDeleteWhenReferenced } from '../../src/hooks/refuse-delete-when-referenced'
import { refuseUnsafeUploads } from '../../src/hooks/upload-safety'
import { refuseInPlaceChangeOfPublicMedia } from '../../src/media/frozen-when-public'

/** Images (and PDFs) up to this size; anything larger is refused before it is stored. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

const WEBP = { format: 'webp' as const, options: { quality: 82 } }

export const MEDIA_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'application/pdf',
]

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { ar: 'ملف وسائط', en: 'Media item' },
    plural: { ar: 'الوسائط', en: 'Media' },
  },
  admin: { group: { ar: 'المحتوى', en: 'Content' }, useAsTitle: 'filename' },
  // Public only while a published or public document uses the item (src/media/public-use.ts).
  custom: belongsTo(['public']),
  access: mediaAccess,
  // An item published content uses is not changed in place (src/media/frozen-when-public.ts);
  // files are judged by their bytes before anything is stored (src/hooks/upload-safety.ts).
  hooks: {
    beforeDelete: [refuseDeleteWhenReferenced],
    beforeOperation: [refuseInPlaceChangeOfPublicMedia, refuseUnsafeUploads],
  },
  upload: {
    // Served through Payload's access-checked route, never straight from disk.
    staticDir: 'media',
    // No server-side fetching of a caller's URL (SSRF): the admin's "paste URL" endpoint answers 400.
    pasteURL: false,
    mimeTypes: MEDIA_MIME_TYPES,
    formatOptions: WEBP,
    // formatOptions above converts the original only; each size asks for WebP itself.
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre', formatOptions: WEBP },
      { name: 'card', width: 768, height: 512, position: 'centre', formatOptions: WEBP },
      { name: 'hero', width: 1600, withoutEnlargement: true, formatOptions: WEBP },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { ar: 'النص البديل', en: 'Alternative text' },
      localized: true,
      required: true,
    },
    {
      name: 'caption',
      type: 'textarea',
      label: { ar: 'تعليق الصورة', en: 'Caption' },
      localized: true,
    },
    {
      name: 'credit',
      type: 'text',
      label: { ar: 'حقوق الصورة', en: 'Credit' },
    },
    {
      // Whether a document the public may read uses this item: what anonymous reads filter on.
      // Kept by src/media/public-use.ts; no caller sets it, nobody outside sees it.
      name: 'publicUse',
      type: 'checkbox',
      access: { create: nobody, update: nobody },
      defaultValue: false,
      hidden: true,
      index: true,
      label: { ar: 'يستخدمه محتوى منشور', en: 'Used by published content' },
    },
  ],
}
