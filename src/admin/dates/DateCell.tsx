'use client'
import type { DateFieldClient, DefaultCellComponentProps } from 'payload'

import { useAdminDates } from '@jusur/editorial-workflow/client'
import React from 'react'

/** What a date field's picker asks for is what its cell shows: a day, a time, or both. */
const shownFor = (field: DefaultCellComponentProps['field']) => {
  const picker = (field as DateFieldClient).admin?.date as { pickerAppearance?: string } | undefined
  const appearance = picker?.pickerAppearance
  return appearance === 'dayOnly' ? 'date' : appearance === 'timeOnly' ? 'time' : 'dateTime'
}

/** A date field's list cell, written as the admin writes every date (the user's digits, Hijri if chosen). */
export const DateCell: React.FC<DefaultCellComponentProps> = ({ cellData, field }) => {
  const { format } = useAdminDates()
  if (typeof cellData !== 'string' || Number.isNaN(Date.parse(cellData))) return null
  return (
    // Rendered on the server first, in its zone: the reader's own is the one meant.
    <time dateTime={cellData} suppressHydrationWarning>
      {format(cellData, shownFor(field))}
    </time>
  )
}
