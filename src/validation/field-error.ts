import type { PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { type Bilingual, inCallerLanguage } from '../lib/caller-language'

export type FieldProblem = { message: Bilingual; path: string }

/**
 * Throws Payload's ValidationError (a 400 listing each field and its message,
 * shown beside the field in the admin) for rules that span several fields.
 */
export const throwIfProblems = (
  req: PayloadRequest,
  collection: string,
  problems: FieldProblem[],
): void => {
  if (problems.length === 0) return
  throw new ValidationError({
    collection,
    errors: problems.map(({ message, path }) => ({
      message: inCallerLanguage(req, message),
      path,
    })),
  })
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
