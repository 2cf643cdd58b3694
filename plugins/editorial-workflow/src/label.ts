import type { PayloadRequest } from 'payload'

import type { Label } from './types'

/**
 * One of the options' labels (a state's, a transition's) in the caller's
 * admin/API language: Arabic unless English was asked for.
 */
export const inLanguage = (req: Pick<PayloadRequest, 'i18n'> | undefined, label: Label): string => {
  const language = req?.i18n?.language ?? 'ar'
  return label[language] ?? label.ar ?? Object.values(label)[0] ?? ''
}
