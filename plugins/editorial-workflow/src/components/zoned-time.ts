'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'

/** Languages written right to left, among those a document may be in. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur'])

/** The writing direction of a text in `locale`, for a `dir` attribute. */
export const directionOf = (locale: string): 'ltr' | 'rtl' =>
  RIGHT_TO_LEFT.has(locale.split('-')[0]) ? 'rtl' : 'ltr'

/** The name of `locale` in the admin's language, e.g. «الإنجليزية» for `en` in Arabic. */
export const languageName = (locale: string, language: string): string => {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(locale) ?? locale
  } catch {
    return locale
  }
}

/**
 * A formatter of instants in the admin's language: in the time zone they were
 * set in, named as the admin's time-zone selector names it (or by its IANA
 * name); without one, in the reader's own zone, with its abbreviation.
 */
export const useZonedTime = () => {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const zones = config.admin?.timezones?.supportedTimezones
  return (instant: string, timezone?: null | string): string => {
    const format = (timeZone: string | undefined) =>
      new Intl.DateTimeFormat(i18n.language, {
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        month: 'long',
        timeZone,
        // A zone given is named after the time; otherwise the reader's own is, briefly.
        timeZoneName: timeZone ? undefined : 'short',
        year: 'numeric',
      }).format(new Date(instant))
    const label = zones?.find((zone) => zone.value === timezone)?.label ?? timezone
    try {
      return timezone ? `${format(timezone)} · ${label}` : format(undefined)
    } catch {
      // A zone this browser does not know: the reader's own, named.
      return format(undefined)
    }
  }
}
