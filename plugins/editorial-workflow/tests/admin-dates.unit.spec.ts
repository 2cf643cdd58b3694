import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import {
  type DateChoice,
  DATE_DIGITS,
  dateFormatter,
  type DateShown,
  dateText,
  hijriFormatter,
  hijriLocale,
} from '../src/components/admin-dates'

const LATIN_DIGIT = /[0-9]/
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/

/** Instants from 1900 to 2100, written in UTC so that the expected Hijri day is the same one. */
const instant = fc
  .date({
    max: new Date('2100-12-31T23:59:59Z'),
    min: new Date('1900-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString())
const choice = fc.record<DateChoice>({
  digits: fc.constantFrom(...DATE_DIGITS),
  hijri: fc.boolean(),
})
const shown = fc.constantFrom<DateShown>('date', 'dateTime', 'time')
const language = fc.constantFrom('ar', 'en')

const hijriOf = (iso: string, language: string, choice: DateChoice) =>
  new Intl.DateTimeFormat(hijriLocale(language, choice.digits), {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
    year: 'numeric',
  }).format(new Date(iso))

describe('admin dates', () => {
  it('writes the examples of the issue', () => {
    const at = '2026-12-05T10:30:00.000Z'
    const text = (language: string, choice: DateChoice, show: DateShown) =>
      dateText(at, { choice, language, show, timeZone: 'UTC' })
    expect(text('ar', { digits: 'arab', hijri: true }, 'date')).toBe(
      '٥ ديسمبر ٢٠٢٦ (٢٥ جمادى الآخرة ١٤٤٨ هـ)',
    )
    expect(text('ar', { digits: 'latn', hijri: false }, 'date')).toBe('5 ديسمبر 2026')
    expect(text('ar', { digits: 'arab', hijri: true }, 'dateTime')).toBe(
      '٥ ديسمبر ٢٠٢٦ (٢٥ جمادى الآخرة ١٤٤٨ هـ) في ١٠:٣٠ ص',
    )
    expect(text('en', { digits: 'arab', hijri: true }, 'dateTime')).toBe(
      '5 December 2026 (25 Jumada II 1448 AH) at 10:30',
    )
    expect(text('ar', { digits: 'latn', hijri: true }, 'time')).toBe('10:30 ص')
  })

  it('writes Arabic in the digits chosen and in Arabic words, English in Latin digits, the Hijri date only when asked', () => {
    fc.assert(
      fc.property(
        instant,
        language,
        choice,
        shown,
        fc.boolean(),
        (at, language, choice, show, zoneName) => {
          const text = dateText(at, { choice, language, show, timeZone: 'UTC', zoneName })
          if (language === 'ar' && choice.digits === 'arab') expect(text).not.toMatch(LATIN_DIGIT)
          else expect(text).not.toMatch(ARABIC_INDIC_DIGIT)
          // Arabic without a Latin letter, the zone's name included («غرينتش+٠», not “UTC”).
          if (language === 'ar') expect(text).not.toMatch(/[A-Za-z]/)
          const hijri = ` (${hijriOf(at, language, choice)})`
          if (choice.hijri && show !== 'time') {
            // Beside the Gregorian date, which is written as it is without the Hijri one.
            expect(text).toContain(hijri)
            expect(text.replace(hijri, '')).toBe(
              dateText(at, {
                choice: { ...choice, hijri: false },
                language,
                show,
                timeZone: 'UTC',
                zoneName,
              }),
            )
          } else expect(text).not.toMatch(/هـ|AH/)
        },
      ),
    )
  })

  it('leaves the stored value as it is and gives the same text for it every time', () => {
    fc.assert(
      fc.property(instant, language, choice, shown, (at, language, choice, show) => {
        const stored = { at }
        const first = dateText(stored.at, { choice, language, show, timeZone: 'UTC' })
        expect(stored).toEqual({ at })
        expect(dateText(new Date(at), { choice, language, show, timeZone: 'UTC' })).toBe(first)
      }),
    )
  })

  it('writes the calendar in the digits chosen', () => {
    const day = new Date('2026-12-05T12:00:00Z')
    const number = (language: string, digits: DateChoice['digits']) =>
      dateFormatter(language, { digits, hijri: false }, { day: 'numeric', timeZone: 'UTC' }).format(
        day,
      )
    expect([number('ar', 'arab'), number('ar', 'latn'), number('en', 'arab')]).toEqual([
      '٥',
      '5',
      '5',
    ])
  })

  it('writes the calendar’s Hijri days as Intl’s Umm al-Qura calendar does, in the digits chosen', () => {
    fc.assert(
      fc.property(instant, choice, language, (at, chosen, lang) => {
        const options: Intl.DateTimeFormatOptions = {
          day: 'numeric',
          month: 'short',
          timeZone: 'UTC',
        }
        const written = hijriFormatter(lang, chosen, options).format(new Date(at))
        expect(written).toBe(
          new Intl.DateTimeFormat(hijriLocale(lang, chosen.digits), options).format(new Date(at)),
        )
        if (lang === 'ar')
          expect(written).toMatch(chosen.digits === 'arab' ? ARABIC_INDIC_DIGIT : LATIN_DIGIT)
      }),
    )
  })

  it('builds one formatter per language, digits and options, not one per date written', () => {
    const options = { day: 'numeric', month: 'long' } as const
    const latin: DateChoice = { digits: 'latn', hijri: false }
    expect(dateFormatter('ar', latin, { ...options })).toBe(dateFormatter('ar', latin, options))
    expect(dateFormatter('ar', latin, options)).not.toBe(
      dateFormatter('ar', { ...latin, digits: 'arab' }, options),
    )
    expect(dateFormatter('ar', latin, options)).not.toBe(
      dateFormatter('ar', latin, { ...options, year: 'numeric' }),
    )
  })
})
