import type { Field, PayloadRequest } from 'payload'

import { text } from 'payload/shared'

import { inCallerLanguage } from '../lib/caller-language'
import { isSafeSlug } from '../lib/slugify'

export const UNSAFE_SLUG = {
  ar: 'لا يقبل المعرّف في الرابط إلا الحروف والأرقام، تفصل بينها شرطة واحدة (بلا / ولا . ولا % ولا مسافات).',
  en: 'A slug takes letters and digits separated by single hyphens only (no /, ., %, or spaces).',
}

/** Payload's text validation, then safe characters only (for one slug or a list of them). */
const safeSlugs = (value: unknown, options: { req: PayloadRequest }): ReturnType<typeof text> => {
  const values = Array.isArray(value) ? value : [value]
  const unsafe = values.some(
    (item) => item !== null && item !== undefined && item !== '' && !isSafeSlug(item),
  )
  if (unsafe) return inCallerLanguage(options.req, UNSAFE_SLUG)
  return text(value as never, options as never)
}

/**
 * The slug of a public document, per language, and the slugs it was published
 * under before (see src/hooks/slug.ts, which fills both).
 */
export const slugFields: Field[] = [
  {
    name: 'slug',
    type: 'text',
    label: { ar: 'المعرّف في الرابط', en: 'Slug' },
    localized: true,
    // Unique per language: the Arabic and the English slug are looked up separately.
    unique: true,
    validate: safeSlugs as never,
    admin: {
      description: {
        ar: 'يُولَّد من العنوان إذا تُرك فارغًا.',
        en: 'Made from the title when left empty.',
      },
      position: 'sidebar',
    },
  },
  {
    name: 'previousSlugs',
    type: 'text',
    label: { ar: 'المعرّفات السابقة في الرابط', en: 'Previous slugs' },
    // Not localized: old slugs of both languages live in one list (slugs differ by script anyway),
    // and Payload 3.90 cannot query a localized hasMany text field on SQL databases.
    hasMany: true,
    index: true,
    validate: safeSlugs as never,
    admin: {
      description: {
        ar: 'معرّفات نُشرت بها الوثيقة من قبل؛ تُحوَّل روابطها إلى الرابط الحالي.',
        en: 'Slugs the document was published under; they redirect to the current one.',
      },
      position: 'sidebar',
      readOnly: true,
    },
  },
]
