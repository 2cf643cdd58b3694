import type { CollectionSlug, PayloadRequest } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { getFieldByPath, ValidationError } from 'payload'

import { type Bilingual, inCallerLanguage } from '../lib/caller-language'

export type FieldProblem = { message: Bilingual; path: string }

/**
 * The name a field's path has in the admin, in the caller's language, with the
 * groups it sits in: «رئيس الوفد › الشخص» for head.person (array rows' indexes
 * skipped). Undefined for a path the collection does not have.
 */
const fieldLabel = (req: PayloadRequest, collection: string, path: string): string | undefined => {
  const fields = req.payload.collections[collection as CollectionSlug]?.config.flattenedFields
  if (!fields) return undefined
  const names = path.split('.').filter((segment) => !/^\d+$/.test(segment))
  const labels: string[] = []
  for (let end = 1; end <= names.length; end += 1) {
    const found = getFieldByPath({ fields, path: names.slice(0, end).join('.') })
    if (!found) return undefined
    const label = 'label' in found.field ? found.field.label : undefined
    labels.push(label ? getTranslation(label as never, req.i18n) : found.field.name)
  }
  return labels.join(' › ')
}

/**
 * Payload's ValidationError (a 400 listing each field and its message, shown
 * beside the field in the admin) in the caller's language: the admin's toast
 * reads «الحقل التالي غير صالح: رئيس الوفد › الشخص», not the English sentence
 * and the raw path Payload writes when given neither `t` nor labels.
 */
export const fieldErrors = (
  req: PayloadRequest,
  collection: string,
  problems: { message: Bilingual | string; path: string }[],
): ValidationError =>
  new ValidationError(
    {
      collection,
      errors: problems.map(({ message, path }) => ({
        label: fieldLabel(req, collection, path),
        message: typeof message === 'string' ? message : inCallerLanguage(req, message),
        path,
      })),
      req,
    },
    req.t,
  )

/** Throws `fieldErrors` for rules that span several fields, when there are problems. */
export const throwIfProblems = (
  req: PayloadRequest,
  collection: string,
  problems: FieldProblem[],
): void => {
  if (problems.length > 0) throw fieldErrors(req, collection, problems)
}

/** The document as it will be after this change: the stored one overlaid with the incoming data. */
export const afterChange = <T extends object>(
  data: Partial<T> | undefined,
  originalDoc: T | undefined,
): Partial<T> => ({
  ...(originalDoc ?? {}),
  ...(data ?? {}),
})

export const END_BEFORE_START: Bilingual = {
  ar: 'تاريخ النهاية يسبق تاريخ البداية.',
  en: 'The end date is before the start date.',
}
