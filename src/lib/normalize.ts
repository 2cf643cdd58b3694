/**
 * One normalization for Arabic and English text, used wherever two spellings
 * of the same thing must compare equal: duplicate names, search and slugs.
 * It folds what writers across the Arab world and their keyboards produce,
 * class by class (the classes of Lucene's Arabic and Persian normalizers, and
 * the Unicode Arabic blocks):
 * - presentation forms and ligatures (ﻻ, ﷲ, contextual glyphs pasted from PDFs): NFKC;
 * - invisible characters: bidi controls, zero-width (non-)joiners, zero-width
 *   space, soft hyphen, byte-order mark;
 * - diacritics (مُستشار), Quranic marks and tatweel (الـــشرطة);
 * - alef forms (أ إ آ ٱ ٲ ٳ ٵ) to ا; final ى to ي (Egyptian press writes
 *   الأمنى for الأمني); ة to ه;
 * - hamza on waw or yeh (ؤ ئ, and Urdu's ۓ ٶ ٸ) to ء: Egyptian and standard
 *   orthography seat the same hamza differently (مسئول, مسؤول; شئون, شؤون);
 * - letters of Persian and Urdu layouts to the Arabic ones they stand for:
 *   ی ێ ے to ي, ک ڪ to ك, ہ ۀ ھ ۃ ە to ه;
 * - Arabic-Indic and Persian digits to Western ones; lower case.
 */

const HARAKAT = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g // short vowels, shadda, sukun, hamza marks, superscript alef, Quranic marks
const TATWEEL = /\u0640/g
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\u00AD\uFEFF]/g
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671\u0672\u0673\u0675]/g // آ أ إ ٱ ٲ ٳ ٵ
const SEATED_HAMZA = /[\u0624\u0626\u06D3\u0676\u0678]/g // ؤ ئ ۓ ٶ ٸ
const YEH_FORMS = /[\u0649\u06CC\u06CE\u06D2]/g // ى ی ێ ے
const KAF_FORMS = /[\u06A9\u06AA]/g // ک ڪ
const HEH_FORMS = /[\u0629\u06C0\u06C1\u06BE\u06C3\u06D5]/g // ة ۀ ہ ھ ۃ ە
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g
const PERSIAN_DIGITS = /[\u06F0-\u06F9]/g
/** Punctuation in either script, guillemets and quotes included; letters and digits stay. */
const PUNCTUATION = /[\p{P}\p{S}]+/gu

/**
 * Every fold but the hamza's seat: text still written as Arabic readers
 * expect to see it (slugs: رئيس, not رءيس).
 */
export const readableFold = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(INVISIBLES, '')
    .replace(HARAKAT, '')
    .replace(TATWEEL, '')
    .replace(ALEF_FORMS, 'ا')
    .replace(YEH_FORMS, 'ي')
    .replace(KAF_FORMS, 'ك')
    .replace(HEH_FORMS, 'ه')
    .replace(ARABIC_INDIC_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(PERSIAN_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .toLowerCase()

/** Folds spelling variants for comparison (search, duplicate names): every class above. */
export const normalizeText = (text: string): string => readableFold(text).replace(SEATED_HAMZA, 'ء')

/** The comparison key of a name: normalized, punctuation dropped, whitespace collapsed. */
export const nameKey = (name: string): string =>
  normalizeText(name).replace(PUNCTUATION, ' ').replace(/\s+/g, ' ').trim()
