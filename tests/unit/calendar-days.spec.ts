import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { addDays, dayKey, daysOf, firstWeekday } from '../../src/calendar/admin/calendar-days'

const anchors = fc.date({
  max: new Date(2100, 0, 1),
  min: new Date(1970, 0, 1),
  noInvalidDate: true,
})
const languages = fc.constantFrom('ar', 'en')

/** Whether each day is the calendar day after the one before it. */
const consecutive = (days: Date[]) =>
  days.every((day, index) => index === 0 || dayKey(addDays(days[index - 1]!, 1)) === dayKey(day))

describe('the calendar’s days', () => {
  it('starts weeks on Saturday in Arabic and on Monday in English', () => {
    expect(firstWeekday('ar')).toBe(6)
    expect(firstWeekday('en')).toBe(1)
  })

  it('shows a month as six whole weeks holding all of it', () => {
    fc.assert(
      fc.property(anchors, languages, (anchor, language) => {
        const days = daysOf('month', anchor, language)
        expect(days).toHaveLength(42)
        expect(consecutive(days)).toBe(true)
        expect(days[0]!.getDay()).toBe(firstWeekday(language))
        const keys = days.map(dayKey)
        const first = new Date(anchor.getFullYear(), anchor.getMonth(), 1)
        const last = new Date(anchor.getFullYear(), anchor.getMonth() + 1, 0)
        expect(keys).toContain(dayKey(first))
        expect(keys).toContain(dayKey(last))
        // The day after the month's last is there too: a day to schedule for from the month's end.
        expect(keys).toContain(dayKey(addDays(last, 1)))
      }),
    )
  })

  it('shows a week as the seven days around its anchor', () => {
    fc.assert(
      fc.property(anchors, languages, (anchor, language) => {
        const days = daysOf('week', anchor, language)
        expect(days).toHaveLength(7)
        expect(consecutive(days)).toBe(true)
        expect(days[0]!.getDay()).toBe(firstWeekday(language))
        expect(days.map(dayKey)).toContain(dayKey(anchor))
      }),
    )
  })

  it('names a day by its date where the reader is', () => {
    expect(dayKey(new Date(2026, 11, 4, 23, 59))).toBe('2026-12-04')
    expect(dayKey(new Date(2031, 0, 9))).toBe('2031-01-09')
  })
})
