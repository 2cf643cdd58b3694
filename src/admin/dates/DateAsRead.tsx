'use client'
import type { DateShown } from '@jusur/editorial-workflow/dates'

import { useAdminDates } from '@jusur/editorial-workflow/client'
import { useField, useTranslation } from '@payloadcms/ui'
import React from 'react'

/**
 * Under a date picker, the date it holds as this reader reads dates: Payload's
 * picker writes Latin digits and the Gregorian date only, so the line appears
 * when the reader chose Arabic-Indic digits in the Arabic admin, or the Hijri
 * date beside the Gregorian one.
 */
export const DateAsRead: React.FC<{ show: DateShown }> = ({ show }) => {
  const { value } = useField<string>()
  const { choice, format } = useAdminDates()
  const { i18n } = useTranslation()
  const differs = choice.hijri || (i18n.language === 'ar' && choice.digits === 'arab')
  if (!differs || typeof value !== 'string' || Number.isNaN(Date.parse(value))) return null
  return (
    <div className="jusur-date-as-read" data-date-as-read>
      <time dateTime={value} suppressHydrationWarning>
        {format(value, show)}
      </time>
    </div>
  )
}
