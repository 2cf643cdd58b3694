/**
 * One normalization for Arabic and English text, used wherever two spellings
 * of the same thing must compare equal: duplicate detection now, search and
 * slugs later. Egyptian press orthography writes الأمنى for الأمني, scatters
 * diacritics (مُستشار) and tatweel, and mixes Arabic-Indic and Western digits.
 */

const HARAKAT = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g // short vowels, shadda, sukun, superscript alef, Quranic marks
const TATWEEL = /\u0640/g
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/g
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g // آ أ إ ٱ
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g
const PERSIAN_DIGITS = /[\u06F0-\u06F9]/g
/** Punctuation in either script, guillemets and quotes included; letters and digits stay. */
const PUNCTUATION = /[\p{P}\p{S}]+/gu

/** Folds spelling variants without removing anything meaningful: the result is still readable text. */
export const normalizeText = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(BIDI_CONTROLS, '')
    .replace(HARAKAT, '')
    .replace(TATWEEL, '')
    .replace(ALEF_FORMS, 'ا')
    .replace(/\u0649/g, 'ي') // ى → ي
    .replace(/\u0629/g, 'ه') // ة → ه
    .replace(ARABIC_INDIC_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(PERSIAN_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .toLowerCase()

/** The comparison key of a name: normalized, punctuation dropped, whitespace collapsed. */
export const nameKey = (name: string): string =>
  normalizeText(name).replace(PUNCTUATION, ' ').replace(/\s+/g, ' ').trim()
