/**
 * How the admin writes an instant for its reader: Arabic in the order and
 * digits an Arabic reader expects (day, month, year; Arabic-Indic or Latin
 * digits, as the reader chose), English as in Britain, and, when asked, the
 * Hijri date of the Umm al-Qura calendar beside the Gregorian one. Pure: the
 * stored value is an ISO instant and stays one; only its text changes.
 */

/** The digits an Arabic admin writes dates in: Arabic-Indic (٠١٢٣) or Latin (0123). */
export const DATE_DIGITS = ['arab', 'latn'] as const

export type DateDigits = (typeof DATE_DIGITS)[number]

/** A reader's choice of how the admin shows dates. */
export type DateChoice = { digits: DateDigits; hijri: boolean }

/** Without a reader's choice: Arabic-Indic digits, Gregorian dates only. */
export const DEFAULT_DATE_CHOICE: DateChoice = { digits: 'arab', hijri: false }

/** What of an instant is written. */
export type DateShown = 'date' | 'dateTime' | 'time'

/** What a Payload date field's picker asks for (`admin.date.pickerAppearance`) is what is written of it. */
export const shownFor = (pickerAppearance: string | undefined): DateShown =>
  pickerAppearance === 'dayOnly' ? 'date' : pickerAppearance === 'timeOnly' ? 'time' : 'dateTime'

export type DateTextOptions = {
  choice: DateChoice
  /** The admin's language; anything but Arabic is written in English. */
  language: string
  show: DateShown
  /** The zone the instant is written in; the reader's own when absent. */
  timeZone?: string
  /** Name the zone after the time (the reader's own, when none is given). */
  zoneName?: boolean
}

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' }
const SHOWN: Record<DateShown, Intl.DateTimeFormatOptions> = {
  date: DATE,
  dateTime: { ...DATE, ...TIME },
  time: TIME,
}

/**
 * The language tag of the Gregorian dates. The digits are always named: Intl
 * writes plain `ar` in Latin digits but `ar-EG` in Arabic-Indic ones. A tag
 * carries one `-u-` extension, so its keys go together in it.
 */
export const gregorianLocale = (language: string, digits: DateDigits): string =>
  language === 'ar' ? `ar-EG-u-nu-${digits}` : 'en-GB'

/** The language tag of the Hijri dates (Umm al-Qura), in the same digits. */
export const hijriLocale = (language: string, digits: DateDigits): string =>
  language === 'ar' ? `ar-SA-u-ca-islamic-umalqura-nu-${digits}` : 'en-GB-u-ca-islamic-umalqura'

const formatters = new Map<string, Intl.DateTimeFormat>()

/**
 * One formatter per language tag and options: building an Intl.DateTimeFormat
 * costs far more than formatting with it, and a list writes the same few
 * kinds of dates in every row.
 */
const formatterFor = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = `${locale} ${JSON.stringify(options)}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options)
    formatters.set(key, formatter)
  }
  return formatter
}

/** A Gregorian formatter in the reader's language and digits, for texts other than `dateText`'s (the calendar's). */
export const dateFormatter = (
  language: string,
  choice: DateChoice,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat => formatterFor(gregorianLocale(language, choice.digits), options)

/** A Hijri (Umm al-Qura) formatter in the reader's language and digits, for the calendar's days. */
export const hijriFormatter = (
  language: string,
  choice: DateChoice,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat => formatterFor(hijriLocale(language, choice.digits), options)

/** The Hijri date of an instant, in the zone it is written in (the day may differ from UTC's). */
export const hijriDateText = (
  instant: Date,
  language: string,
  digits: DateDigits,
  timeZone?: string,
): string =>
  hijriFormatter(language, { digits, hijri: true }, { ...DATE, timeZone }).format(instant)

/**
 * How the zone is named after the time: Arabic by its offset from Greenwich
 * («غرينتش+٢»), as Intl already names most zones in Arabic but UTC by its
 * Latin abbreviation; English by its short name (“UTC”, “EET”).
 */
const zoneNameStyle = (language: string): Intl.DateTimeFormatOptions['timeZoneName'] =>
  language === 'ar' ? 'shortOffset' : 'short'

const DATE_PARTS = new Set<Intl.DateTimeFormatPartTypes>(['day', 'era', 'month', 'weekday', 'year'])

/**
 * An instant as the admin writes it: «٥ ديسمبر ٢٠٢٦ في ١٠:٣٠ ص», with the
 * Hijri date when chosen right after the Gregorian one, before the time:
 * «٥ ديسمبر ٢٠٢٦ (٢٥ جمادى الآخرة ١٤٤٨ هـ) في ١٠:٣٠ ص». Throws a RangeError
 * for a zone Intl does not know, as Intl does.
 */
export const dateText = (instant: Date | string, options: DateTextOptions): string => {
  const { choice, language, show, timeZone, zoneName } = options
  const date = new Date(instant)
  const parts = dateFormatter(language, choice, {
    ...SHOWN[show],
    timeZone,
    timeZoneName: zoneName ? zoneNameStyle(language) : undefined,
  }).formatToParts(date)
  const texts = parts.map((part) => part.value)
  if (choice.hijri && show !== 'time') {
    const endOfDate = parts.findLastIndex((part) => DATE_PARTS.has(part.type))
    texts.splice(endOfDate + 1, 0, ` (${hijriDateText(date, language, choice.digits, timeZone)})`)
  }
  return texts.join('')
}
