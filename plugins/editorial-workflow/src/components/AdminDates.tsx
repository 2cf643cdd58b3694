'use client'
import { useTranslation } from '@payloadcms/ui'
import React, { createContext, useContext, useMemo } from 'react'

import {
  type DateChoice,
  type DateDigits,
  dateFormatter,
  type DateShown,
  dateText,
  DEFAULT_DATE_CHOICE,
  hijriFormatter,
} from './admin-dates'

const DateChoiceContext = createContext<DateChoice>(DEFAULT_DATE_CHOICE)

/**
 * Gives the admin inside it the reader's choice of digits and Hijri dates.
 * The plugin does not know where the choice is kept: the app reads it (from
 * the user's account, in Jusur) and puts this provider around the admin.
 */
export const AdminDatesProvider: React.FC<{
  children?: React.ReactNode
  digits: DateDigits
  hijri: boolean
}> = ({ children, digits, hijri }) => {
  // One object per choice, so that what reads it renders again only when the choice changes.
  const choice = useMemo(() => ({ digits, hijri }), [digits, hijri])
  return <DateChoiceContext.Provider value={choice}>{children}</DateChoiceContext.Provider>
}

/**
 * How this reader's admin writes dates (admin-dates.ts): `format` an
 * instant, or a `formatter` for other texts (a month's name, a day's
 * number), Gregorian or, with `hijriFormatter`, Hijri. Without a provider: the admin's language, Arabic-Indic digits,
 * no Hijri date.
 */
export const useAdminDates = () => {
  const { i18n } = useTranslation()
  const language = i18n.language
  const choice = useContext(DateChoiceContext)
  return useMemo(
    () => ({
      choice,
      format: (
        instant: Date | string,
        show: DateShown = 'dateTime',
        zone: { timeZone?: string; zoneName?: boolean } = {},
      ) => dateText(instant, { choice, language, show, ...zone }),
      formatter: (options: Intl.DateTimeFormatOptions) => dateFormatter(language, choice, options),
      hijriFormatter: (options: Intl.DateTimeFormatOptions) =>
        hijriFormatter(language, choice, options),
    }),
    [choice, language],
  )
}
