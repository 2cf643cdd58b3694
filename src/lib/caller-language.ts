import type { PayloadRequest } from 'payload'

export type Bilingual = { ar: string; en: string }

/** A validation message in the language of the admin or API caller (Arabic unless English was asked for). */
export const inCallerLanguage = (
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  text: Bilingual,
): string => (req?.i18n?.language === 'en' ? text.en : text.ar)
