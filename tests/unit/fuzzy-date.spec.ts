import { describe, expect, it } from '@jest/globals'

import {
  endsBeforeStart,
  formatFuzzyDate,
  fuzzyDateInterval,
  mayFallWithin,
} from '../../src/lib/fuzzy-date'

const day = (date: string) => ({ date: `${date}T00:00:00.000Z`, precision: 'day' as const })
const month = (date: string) => ({ date: `${date}-01T00:00:00.000Z`, precision: 'month' as const })
const year = (y: number) => ({ date: `${y}-01-01T00:00:00.000Z`, precision: 'year' as const })

describe('fuzzy dates', () => {
  it('stand for the whole day, month or year', () => {
    expect(fuzzyDateInterval(month('2024-10'))).toEqual({
      end: Date.UTC(2024, 10, 1) - 1,
      start: Date.UTC(2024, 9, 1),
    })
    expect(fuzzyDateInterval(year(2024))).toEqual({
      end: Date.UTC(2025, 0, 1) - 1,
      start: Date.UTC(2024, 0, 1),
    })
    expect(fuzzyDateInterval({ date: null })).toBeNull()
  })

  it('are written at their precision in both languages', () => {
    expect(formatFuzzyDate(day('2024-10-28'), 'en')).toBe('28 October 2024')
    expect(formatFuzzyDate(month('2024-10'), 'en')).toBe('October 2024')
    expect(formatFuzzyDate(year(2024), 'en')).toBe('2024')
    expect(formatFuzzyDate(month('2024-10'), 'ar')).toBe('أكتوبر 2024')
    expect(formatFuzzyDate(day('2024-10-28'), 'ar')).toBe('28 أكتوبر 2024')
  })

  it('compare as intervals: an end only comes before a start when nothing overlaps', () => {
    expect(endsBeforeStart(day('2024-10-28'), day('2024-10-27'))).toBe(true)
    expect(endsBeforeStart(day('2024-10-28'), day('2024-10-28'))).toBe(false)
    expect(endsBeforeStart(month('2024-10'), day('2024-10-01'))).toBe(false) // "October" may start on the 1st
    expect(endsBeforeStart(year(2025), year(2024))).toBe(true)
    expect(endsBeforeStart(year(2024), null)).toBe(false)
  })

  it('tell whether a date may fall within a period', () => {
    expect(mayFallWithin(day('2024-10-28'), month('2024-10'), null)).toBe(true)
    expect(mayFallWithin(day('2024-11-02'), day('2024-10-27'), day('2024-10-30'))).toBe(false)
    expect(mayFallWithin(year(2024), day('2024-10-27'), day('2024-10-30'))).toBe(true)
    expect(mayFallWithin(null, day('2024-10-27'), null)).toBe(true)
  })
})
