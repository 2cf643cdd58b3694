'use client'
import { Link, useConfig, useTranslation } from '@payloadcms/ui'
import { formatDate } from '@payloadcms/ui/shared'
import React from 'react'

/**
 * When a version was saved, in the reader's time zone and the admin's date
 * format (so formatted in the browser, as Payload's own versions list does),
 * linking to Payload's view comparing it with the current version.
 */
export const VersionTime: React.FC<{ href: string; updatedAt: string }> = ({ href, updatedAt }) => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  return (
    <Link href={href} prefetch={false}>
      {/* The server renders it in its own time zone; the browser's is the one meant. */}
      <time dateTime={updatedAt} suppressHydrationWarning>
        {formatDate({ date: updatedAt, i18n, pattern: config.admin.dateFormat })}
      </time>
    </Link>
  )
}
