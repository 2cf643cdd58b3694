'use client'
import type { DateFieldClient, DefaultCellComponentProps } from 'payload'

import { useAdminDates } from '@jusur/editorial-workflow/client'
import { shownFor } from '@jusur/editorial-workflow/dates'
import React from 'react'

/** A date field's list cell, written as the admin writes every date (the user's digits, Hijri if chosen). */
export const DateCell: React.FC<DefaultCellComponentProps> = ({ cellData, field }) => {
  const { format } = useAdminDates()
  if (typeof cellData !== 'string' || Number.isNaN(Date.parse(cellData))) return null
  const picker = (field as DateFieldClient).admin?.date as { pickerAppearance?: string } | undefined
  return (
    // Rendered on the server first, in its zone: the reader's own is the one meant.
    <time dateTime={cellData} suppressHydrationWarning>
      {format(cellData, shownFor(picker?.pickerAppearance))}
    </time>
  )
}
