import { beforeAll, describe, expect, it } from '@jest/globals'
import { initI18n } from '@payloadcms/translations'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import fc from 'fast-check'
import { formatFilesize } from 'payload/shared'

import {
  localizedDigits,
  localizedFileSize,
  localizedLanguageCodes,
  localizedName,
  localizedNumber,
  type Translate,
} from '../../src/admin/unkeyed-english/english-texts'
import { localizedAnnouncement } from '../../src/admin/unkeyed-english/select-announcements'
import { JUSUR_TRANSLATIONS } from '../../src/i18n/jusur-translations'

/** An element as far as the rules ask of it: which selectors it matches. */
const elementMatching = (...selectors: string[]) => ({
  matches: (selector: string) => selector === '*' || selectors.includes(selector),
})
const anElement = elementMatching()
const aChip = elementMatching('.relationship--multi-value-label__drawer-toggler')
const aSection = elementMatching('section')

const ARABIC_EG = 'ar-EG-u-nu-arab'
const LATIN_AR = 'ar-EG-u-nu-latn'

/** Arabic-Indic digits back to Latin ones. */
const latinDigits = (text: string) =>
  text.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))

/** Payload's English names that no key of its own reaches, as the audit of the Arabic admin met them. */
const ENGLISH_NAMES = [
  'Add block',
  'Close toast',
  'Drag to move',
  'Edit link',
  'Insert Paragraph',
  'Remove link',
  'Reveal API key',
  'Toggle API key visibility',
]

let t: Record<'ar' | 'en', Translate>

beforeAll(async () => {
  const translate = async (language: 'ar' | 'en') =>
    (
      await initI18n({
        config: { supportedLanguages: { ar, en }, translations: JUSUR_TRANSLATIONS } as never,
        context: 'client',
        language,
      })
    ).t as unknown as Translate
  t = { ar: await translate('ar'), en: await translate('en') }
})

describe('accessible names Payload writes in English', () => {
  it('are Arabic in the Arabic admin, each its own, through Payload’s translations', () => {
    const arabic = ENGLISH_NAMES.map((name) => localizedName(anElement, name, t.ar))
    for (const name of arabic) expect(name).toMatch(/^[\u0600-\u06FF ]+$/)
    expect(new Set(arabic).size).toBe(ENGLISH_NAMES.length)
    expect(localizedName(anElement, 'Drag to move', t.ar)).toBe('اسحب للنقل')
    expect(localizedName(anElement, 'Close toast', t.en)).toBe('Close notification')
  })

  it('name a chosen document’s chip by its title, whatever the title, and only on the chip', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (title) => {
        expect(localizedName(aChip, `Edit ${title}`, t.ar)).toBe(`تعديل ${title}`)
        expect(localizedName(aChip, `Edit ${title}`, t.en)).toBe(`Edit ${title}`)
        // Elsewhere a name starting with “Edit” is someone's text, not Payload's.
        if (`Edit ${title}` !== 'Edit link')
          expect(localizedName(anElement, `Edit ${title}`, t.ar)).toBeUndefined()
      }),
    )
  })

  it('keep the notifications’ shortcut as sonner names it, on its region only', () => {
    expect(localizedName(aSection, 'Notifications alt+T', t.ar)).toBe('الإشعارات (alt+T)')
    expect(localizedName(anElement, 'Notifications alt+T', t.ar)).toBeUndefined()
  })

  it('are written once: what is written is not rewritten, in either language', () => {
    // A name that matched its own rule again would be rewritten on every change the observer reports.
    const elements = [anElement, aChip, aSection]
    fc.assert(
      fc.property(
        fc.constantFrom(...ENGLISH_NAMES, 'Notifications alt+T'),
        fc.string({ minLength: 1 }).map((title) => `Edit ${title}`),
        fc.constantFrom<'ar' | 'en'>('ar', 'en'),
        (name, chip, language) => {
          for (const english of [name, chip])
            for (const element of elements) {
              const written = localizedName(element, english, t[language])
              if (written === undefined) continue
              const again = localizedName(element, written, t[language])
              expect(again === undefined || again === written).toBe(true)
            }
        },
      ),
    )
    expect(localizedName(aSection, 'Notifications alt+T', t.en)).toBe('Notifications (alt+T)')
  })

  it('leave every other name as it is', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        fc.pre(!ENGLISH_NAMES.includes(name))
        expect(localizedName(anElement, name, t.ar)).toBeUndefined()
      }),
    )
  })
})

describe('an upload’s details in the reader’s language and digits', () => {
  it('write every size Payload writes, from bytes to terabytes, with the same number', () => {
    fc.assert(
      fc.property(fc.integer({ max: 2 ** 50, min: 0 }), (bytes) => {
        const english = formatFilesize(bytes)
        const arabic = localizedFileSize(english, ARABIC_EG)!
        expect(arabic).toMatch(/^[٠-٩٫]+ [\u0600-\u06FF]+$/)
        expect(latinDigits(arabic).replace('٫', '.').split(' ')[0]).toBe(
          /^[\d.]+/.exec(english)![0],
        )
        expect(localizedFileSize(english, LATIN_AR)).toMatch(/^[\d.]+ [\u0600-\u06FF]+$/)
      }),
    )
    expect(localizedFileSize('76 bytes', ARABIC_EG)).toBe('٧٦ بايت')
    expect(localizedFileSize('12KB', ARABIC_EG)).toBe('١٢ كيلوبايت')
    expect(localizedFileSize('1.5MB', 'en-GB')).toBe('1.5 megabytes')
  })

  it('leave other texts alone', () => {
    for (const text of ['image/png', ' - ', '12 KB', 'bytes', '']) {
      expect(localizedFileSize(text, ARABIC_EG)).toBeUndefined()
    }
    expect(localizedNumber('image/png', ARABIC_EG)).toBeUndefined()
  })

  it('write a width or a height in the reader’s digits', () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        expect(latinDigits(localizedNumber(String(n), ARABIC_EG)!)).toBe(String(n))
        expect(localizedNumber(String(n), LATIN_AR)).toBe(String(n))
      }),
    )
  })
})

describe('what Payload writes in Latin digits or by language code', () => {
  it('writes a formatted date’s digits as the reader chose, and nothing else of it', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (date) => {
        const text = `${date.getUTCDate()} ديسمبر ${date.getUTCFullYear()} ${date.getUTCHours()}:${date.getUTCMinutes()} م`
        const arabic = localizedDigits(text, ARABIC_EG)!
        expect(arabic).not.toMatch(/\d/)
        expect(latinDigits(arabic)).toBe(text)
        expect(localizedDigits(text, LATIN_AR)).toBeUndefined()
      }),
    )
  })

  it('names the languages a version comparison lists by code, and leaves anything else', () => {
    const names = { ar: 'العربية', en: 'الإنجليزية' }
    expect(localizedLanguageCodes('ar, en', names, '، ')).toBe('العربية، الإنجليزية')
    expect(localizedLanguageCodes('en', names, '، ')).toBe('الإنجليزية')
    expect(localizedLanguageCodes('fr', names, '، ')).toBeUndefined()
    expect(localizedLanguageCodes('ar, constructor', names, '، ')).toBeUndefined()
  })
})

/**
 * react-select 5's default announcements, as its defaultAriaLiveMessages and
 * screenReaderStatus build them (copied from the version Payload bundles, so
 * that a change of template in an upgrade fails here).
 */
const reactSelect = {
  focusedOption: (
    label: string,
    selected: boolean,
    disabled: boolean,
    index: number,
    count: number,
  ) =>
    `${label}${selected ? ' selected' : ''}${disabled ? ' disabled' : ''}, ${index} of ${count}.`,
  focusedValue: (label: string, index: number, count: number) =>
    `value ${label} focused, ${index} of ${count}.`,
  input: (label: string, searchable: boolean, multi: boolean) =>
    `${label} is focused ${searchable ? ',type to refine list' : ''}, press Down to open the menu, ${multi ? ' press left to focus selected values' : ''}`,
  menu: (tab: boolean) =>
    `Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu${tab ? ', press Tab to select the option and exit the menu' : ''}.`,
  results: (count: number, term: string) =>
    `${count} result${count !== 1 ? 's' : ''} available${term ? ` for search term ${term}` : ''}.`,
  selected: (label: string) => `option ${label}, selected.`,
}

describe('what a select announces to screen readers', () => {
  const said = (english: string) => localizedAnnouncement(english, t.ar, 'ar')
  const noLatin = /^[^A-Za-z]*$/
  /** A label as editors write them: Arabic, with spaces and Arabic punctuation. */
  const label = fc
    .array(fc.constantFrom('وانغ', 'شياو', 'هونغ', 'الأمن', '،', '-', '(١)', 'Jusur'), {
      maxLength: 6,
      minLength: 1,
    })
    .map((words) => words.join(' '))

  it('is said in Arabic whatever the options’ labels, each label kept as it is', () => {
    fc.assert(
      fc.property(
        label,
        fc.boolean(),
        fc.boolean(),
        fc.nat(50),
        fc.nat(50),
        (text, first, second, a, b) => {
          const [index, count] = [Math.min(a, b) + 1, Math.max(a, b) + 1]
          // Each announcement, and whether it names the label.
          const announced: [string, boolean][] = [
            [reactSelect.focusedOption(text, first, second, index, count), true],
            [reactSelect.focusedValue(text, index, count), true],
            [reactSelect.input(text, first, second), true],
            [reactSelect.selected(text), true],
            [reactSelect.results(count, first ? text : ''), first],
          ]
          for (const [english, named] of announced) {
            const arabic = said(english)!
            expect(arabic).toBeDefined()
            expect(arabic.replaceAll(text, '')).toMatch(noLatin)
            if (named) expect(arabic).toContain(text)
            // What was said again is not read back a second time.
            expect(said(arabic)).toBeUndefined()
          }
        },
      ),
    )
  })

  it('counts the options in the form Arabic gives each number', () => {
    expect([0, 1, 2, 3, 10, 11, 100].map((count) => said(reactSelect.results(count, '')))).toEqual([
      'لا نتائج.',
      'نتيجة واحدة متاحة.',
      'نتيجتان متاحتان.',
      '3 نتائج متاحة.',
      '10 نتائج متاحة.',
      '11 نتيجة متاحة.',
      '100 نتيجة متاحة.',
    ])
    expect(said(reactSelect.results(2, 'وانج'))).toBe('نتيجتان متاحتان لعبارة البحث «وانج».')
  })

  it('tells which keys move through the menu and the chosen values', () => {
    expect(said(reactSelect.menu(false))).toBe(t.ar('jusur:selectMenuGuidance'))
    expect(said(reactSelect.menu(true))).toBe(t.ar('jusur:selectMenuTabGuidance'))
    expect(said(reactSelect.input('Select', true, true))).toBe(
      'القائمة في موضع الكتابة، اكتب لتضييق القائمة أو اضغط السهم للأسفل لفتحها. وللانتقال إلى القيم المختارة اضغط السهم لليسار.',
    )
    expect(said(reactSelect.focusedOption('الصين', true, false, 2, 3))).toBe(
      'الخيار الصين، مختار، 2 من 3.',
    )
  })

  it('leaves anything else, and the English admin, as react-select writes it', () => {
    expect(said('')).toBeUndefined()
    expect(said('وانغ شياو هونغ')).toBeUndefined()
    expect(localizedAnnouncement(reactSelect.selected('China'), t.en, 'en')).toBeUndefined()
  })
})
