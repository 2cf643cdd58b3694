'use client'
import { useConfig } from '@payloadcms/ui'

import { useAdminDates } from './AdminDates'

/** Languages written right to left, among those a document may be in. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur'])

/** The writing direction of a text in `locale`, for a `dir` attribute. */
export const directionOf = (locale: string): 'ltr' | 'rtl' =>
  RIGHT_TO_LEFT.has(locale.split('-')[0]) ? 'rtl' : 'ltr'

/**
 * A formatter of instants in the admin's language and the reader's digits
 * (useAdminDates): in the time zone they were set in, named as the admin's
 * time-zone selector names it (or by its IANA name); without one, in the
 * reader's own zone, with its abbreviation.
 */
export const useZonedTime = () => {
  const { format } = useAdminDates()
  const { config } = useConfig()
  const zones = config.admin?.timezones?.supportedTimezones
  return (instant: string, timezone?: null | string): string => {
    // The reader's own zone is named, briefly, after the time.
    const inReadersZone = () => format(instant, 'dateTime', { zoneName: true })
    const label = zones?.find((zone) => zone.value === timezone)?.label ?? timezone
    try {
      return timezone
        ? `${format(instant, 'dateTime', { timeZone: timezone })} · ${label}`
        : inReadersZone()
    } catch {
      // A zone this browser does not know: the reader's own, named.
      return inReadersZone()
    }
  }
}
