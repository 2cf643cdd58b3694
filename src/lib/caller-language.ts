import type { PayloadRequest } from 'payload'

export type Bilingual = { ar: string; en: string }

/** A validation message in the language of the admin or API caller (Arabic unless English was asked for). */
export const inCallerLanguage = (
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  text: Bilingual,
): string => (req?.i18n?.language === 'en' ? text.en : text.ar)

/** An API error answer in Payload's shape (`{ errors: [{ message }] }`), its message in the caller's language. */
export const errorAnswer = (
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  status: number,
  message: Bilingual,
): Response => Response.json({ errors: [{ message: inCallerLanguage(req, message) }] }, { status })

/** The answer to a caller who is not logged in (401) or not on the editorial staff (403); null for staff. */
export const refuseNonStaff = (
  req: Pick<PayloadRequest, 'i18n' | 'user'>,
  isStaff: (user: PayloadRequest['user']) => boolean,
): null | Response => {
  if (!req.user) return errorAnswer(req, 401, { ar: 'سجّل الدخول أولًا.', en: 'Log in first.' })
  if (!isStaff(req.user))
    return errorAnswer(req, 403, {
      ar: 'هذه الخدمة لفريق التحرير.',
      en: 'This is for editorial staff.',
    })
  return null
}
