import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { nameKey } from '../lib/normalize'
import type { CrossFieldRule, RuleContext } from '../validation/cross-field'
import { type FieldProblem, throwIfProblems } from '../validation/field-error'
import { readInAllLocales } from './read-in-all-locales'

type Named = {
  aliases?: ({ name?: string | null } | null)[] | null
  id?: number | string
  name?: Record<string, string | null | undefined> | string | null
  nameKeys?: string[] | null
}

/** Every spelling a document is known by, normalized: its name in each language and its aliases. */
const keysOf = (names: (string | null | undefined)[]): string[] =>
  [...new Set(names.filter((name): name is string => Boolean(name?.trim())).map(nameKey))].filter(
    Boolean,
  )

type Context = RuleContext & { collection: CollectionSlug }

/** The normalized spellings `doc` will be known by: its name in every language (the others read from storage) and its aliases. */
const spellingsOf = async (
  doc: Partial<Named>,
  { collection, id, req }: Context,
): Promise<string[]> => {
  // Names in the other language are not in this request: read them from the stored document.
  const stored = id ? await readInAllLocales<Named>(req, collection, id) : undefined
  const storedNames = stored?.name && typeof stored.name === 'object' ? stored.name : {}
  const names = {
    ...storedNames,
    [req.locale ?? 'ar']: typeof doc.name === 'string' ? doc.name : undefined,
  }
  return keysOf([...Object.values(names), ...(doc.aliases ?? []).map((alias) => alias?.name)])
}

/** The problem of spellings that are already another document's, naming it so the editor can link to it instead. */
const clashes = async (
  keys: string[],
  { collection, id, req }: Context,
): Promise<FieldProblem[]> => {
  if (keys.length === 0) return []
  const clash = await req.payload.find({
    collection,
    depth: 0,
    limit: 1,
    req,
    where: { and: [{ nameKeys: { in: keys } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
  })
  const existing = clash.docs[0] as Named | undefined
  if (!existing) return []
  const title = typeof existing.name === 'string' ? existing.name : String(existing.id)
  return [
    {
      message: {
        ar: `يوجد من قبل «${title}» (رقم ${existing.id}) بهذا الاسم أو بتهجئة أخرى له؛ اربط به بدلًا من إنشائه مرة أخرى.`,
        en: `"${title}" (#${existing.id}) already exists under this name or another spelling of it; link to it instead of creating a duplicate.`,
      },
      path: 'name',
    },
  ]
}

/** A person's or an organization's names and aliases are no other's, however spelled or diacritized. */
export const duplicateNameRule: CrossFieldRule<Named> = {
  paths: ['name'],
  problems: async (doc, context) => {
    const named = { ...context, collection: context.collection as CollectionSlug }
    return clashes(await spellingsOf(doc, named), named)
  },
}

/**
 * Keeps `nameKeys` (the normalized names and aliases of a person or an
 * organization) current, and refuses a document breaking duplicateNameRule.
 */
export const refuseDuplicateNames: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const context = { collection: collection.slug, id: (originalDoc as Named | undefined)?.id, req }
  const keys = await spellingsOf(data as Named, context)
  throwIfProblems(req, collection.slug, await clashes(keys, context))
  return { ...data, nameKeys: keys }
}
