import type { PayloadRequest } from 'payload'

import type { Label, ResolvedOptions } from './types'

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

/** A workflow state's label in the caller's language; a state the options no longer define keeps its name. */
export const stateLabel = (
  req: Parameters<typeof inLanguage>[0],
  options: Pick<ResolvedOptions, 'states'>,
  state: string,
): string => inLanguage(req, options.states[state] ?? { en: state })
