import { DEFAULT_DATE_CHOICE, type DateChoice } from '@jusur/editorial-workflow/dates'

import type { User } from '../../payload-types'

/**
 * A user's choice of how the admin shows dates, from their account
 * (collections/users): what they have not chosen (or no user at all, on the
 * login page) takes the default, Arabic-Indic digits without the Hijri date.
 */
export const dateChoiceOf = (
  user: null | Partial<Pick<User, 'dateDigits' | 'hijriDate'>> | undefined,
): DateChoice => ({
  digits: user?.dateDigits ?? DEFAULT_DATE_CHOICE.digits,
  hijri: user?.hijriDate ?? DEFAULT_DATE_CHOICE.hijri,
})
