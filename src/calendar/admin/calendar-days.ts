/** The calendar's days, in the reader's own time zone (pure: no React, for tests). */

export type CalendarView = 'month' | 'week'

/** The first day of the week where the admin's language is read: Saturday in Arabic, Monday in English. */
export const firstWeekday = (language: string) => (language === 'ar' ? 6 : 1)

export const addDays = (date: Date, days: number) =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate() + days)

export const startOfWeek = (date: Date, language: string) =>
  addDays(date, -((date.getDay() - firstWeekday(language) + 7) % 7))

/** A day's key in the reader's own time zone, e.g. `2026-12-04`. */
export const dayKey = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`

/** The days a view shows: six whole weeks around a month, or one week. */
export const daysOf = (view: CalendarView, anchor: Date, language: string): Date[] => {
  const first = view === 'month' ? new Date(anchor.getFullYear(), anchor.getMonth(), 1) : anchor
  const start = startOfWeek(first, language)
  return Array.from({ length: view === 'month' ? 42 : 7 }, (_, index) => addDays(start, index))
}
