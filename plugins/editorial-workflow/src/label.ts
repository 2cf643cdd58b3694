import type { PayloadRequest } from 'payload'

import type { Label } from './types'

/**
 * One of the options' labels (a state's, a transition's) in the caller's
 * admin/API language (a request, or the admin's `useTranslation()`): Arabic
 * unless English was asked for.
 */
export const inLanguage = (
  req: { i18n?: Pick<PayloadRequest['i18n'], 'language'> } | undefined,
  label: Label,
): string => {
  const language = req?.i18n?.language ?? 'ar'
  return label[language] ?? label.ar ?? Object.values(label)[0] ?? ''
}
