import type { CollectionBeforeChangeHook } from 'payload'

import { nameKey } from '../lib/normalize'
import { fieldErrors } from '../validation/field-error'
import { readInAllLocales } from './read-in-all-locales'

type Named = {
  aliases?: { name?: string | null }[] | null
  id?: number | string
  name?: Record<string, string | null | undefined> | string | null
  nameKeys?: string[] | null
}

/** Every spelling a document is known by, normalized: its name in each language and its aliases. */
const keysOf = (names: (string | null | undefined)[]): string[] =>
  [...new Set(names.filter((name): name is string => Boolean(name?.trim())).map(nameKey))].filter(
    Boolean,
  )

/**
 * Keeps `nameKeys` (the normalized names and aliases of a person or an
 * organization) current, and refuses a document whose name or alias is
 * already another's, however it is spelled or diacritized. The error names
 * the existing document so the editor can link to it instead.
 */
export const refuseDuplicateNames: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const doc = data as Named
  const id = (originalDoc as Named | undefined)?.id
  // Names in the other language are not in this request: read them from the stored document.
  const stored = id ? await readInAllLocales<Named>(req, collection.slug, id) : undefined
  const storedNames = stored?.name && typeof stored.name === 'object' ? stored.name : {}
  const names = {
    ...storedNames,
    [req.locale ?? 'ar']: typeof doc.name === 'string' ? doc.name : undefined,
  }
  const keys = keysOf([...Object.values(names), ...(doc.aliases ?? []).map((alias) => alias.name)])

  if (keys.length > 0) {
    const clash = await req.payload.find({
      collection: collection.slug,
      depth: 0,
      limit: 1,
      req,
      where: { and: [{ nameKeys: { in: keys } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
    })
    const existing = clash.docs[0] as Named | undefined
    if (existing) {
      const title = typeof existing.name === 'string' ? existing.name : String(existing.id)
      throw fieldErrors(req, collection.slug, [
        {
          message: {
            ar: `«${title}» موجود بالفعل (رقم ${existing.id}) بهذا الاسم أو بتهجئة أخرى له؛ اربط به بدلًا من إنشاء نسخة مكررة.`,
            en: `"${title}" (#${existing.id}) already exists under this name or another spelling of it; link to it instead of creating a duplicate.`,
          },
          path: 'name',
        },
      ])
    }
  }
  return { ...data, nameKeys: keys }
}
