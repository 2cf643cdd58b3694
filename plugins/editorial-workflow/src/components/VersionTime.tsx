'use client'
import { Link } from '@payloadcms/ui'
import React from 'react'

import { useAdminDates } from './AdminDates'

/**
 * When a version was saved, in the reader's time zone, language and digits
 * (so formatted in the browser, as Payload's own versions list does),
 * linking to Payload's view comparing it with the current version.
 */
export const VersionTime: React.FC<{ href: string; updatedAt: string }> = ({ href, updatedAt }) => {
  const { format } = useAdminDates()
  return (
    <Link href={href} prefetch={false}>
      {/* The server renders it in its own time zone; the browser's is the one meant. */}
      <time dateTime={updatedAt} suppressHydrationWarning>
        {format(updatedAt)}
      </time>
    </Link>
  )
}
