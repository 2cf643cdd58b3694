'use client'
import type { DefaultCellComponentProps } from 'payload'

import React from 'react'

import { useZonedTime } from './zoned-time'

/** The list-view cell of `embargoUntil`: the time in the zone the editor set it in, or nothing. */
export const EmbargoCell: React.FC<DefaultCellComponentProps> = ({ cellData, rowData }) => {
  const zoned = useZonedTime()
  if (typeof cellData !== 'string' || Number.isNaN(Date.parse(cellData))) return null
  const timezone = typeof rowData?.embargoUntil_tz === 'string' ? rowData.embargoUntil_tz : null
  return (
    // Rendered on the server first: the browser's own zone may word it differently.
    <time data-embargo={cellData} dateTime={cellData} suppressHydrationWarning>
      {zoned(cellData, timezone)}
    </time>
  )
}
