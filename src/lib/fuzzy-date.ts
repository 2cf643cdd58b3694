/**
 * News reports date things vaguely: "days ago", "October 2024", "2024–2025".
 * A fuzzy date is a date with the precision it is known to: the day, the
 * month or only the year. It stands for the whole interval it covers.
 */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const
export type DatePrecision = (typeof DATE_PRECISIONS)[number]

export type FuzzyDate = { date?: string | null; precision?: DatePrecision | null }

/** The first and last instants of the interval a fuzzy date stands for (UTC), or null when unset. */
export const fuzzyDateInterval = (
  value: FuzzyDate | null | undefined,
): { end: number; start: number } | null => {
  if (!value?.date) return null
  const date = new Date(value.date)
  if (Number.isNaN(date.getTime())) return null
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth()
  switch (value.precision ?? 'day') {
    case 'year':
      return { end: Date.UTC(year + 1, 0, 1) - 1, start: Date.UTC(year, 0, 1) }
    case 'month':
      return { end: Date.UTC(year, month + 1, 1) - 1, start: Date.UTC(year, month, 1) }
    default:
      return {
        end: Date.UTC(year, month, date.getUTCDate() + 1) - 1,
        start: Date.UTC(year, month, date.getUTCDate()),
      }
  }
}

/** True when `end` can only lie before `start`: their intervals do not overlap and `end` comes first. */
export const endsBeforeStart = (
  start: FuzzyDate | null | undefined,
  end: FuzzyDate | null | undefined,
): boolean => {
  const s = fuzzyDateInterval(start)
  const e = fuzzyDateInterval(end)
  return Boolean(s && e && e.end < s.start)
}

/** True when a fuzzy date may fall within a period (from..to, either open); unset dates never conflict. */
export const mayFallWithin = (
  date: FuzzyDate | null | undefined,
  from: FuzzyDate | null | undefined,
  to: FuzzyDate | null | undefined,
): boolean => {
  const d = fuzzyDateInterval(date)
  if (!d) return true
  const f = fuzzyDateInterval(from)
  const t = fuzzyDateInterval(to ?? from)
  return (!f || d.end >= f.start) && (!t || d.start <= t.end)
}

const LOCALES: Record<string, string> = { ar: 'ar-EG-u-nu-latn', en: 'en-GB' }

/** The date written at its precision: "12 October 2024", "October 2024" or "2024", in Arabic or English. */
export const formatFuzzyDate = (
  value: FuzzyDate | null | undefined,
  locale: string,
): string | null => {
  if (!value?.date) return null
  const date = new Date(value.date)
  if (Number.isNaN(date.getTime())) return null
  const precision = value.precision ?? 'day'
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' }
  if (precision !== 'year') options.month = 'long'
  if (precision === 'day') options.day = 'numeric'
  return new Intl.DateTimeFormat(LOCALES[locale] ?? LOCALES.ar, options).format(date)
}
