/**
 * A counted noun in Arabic, in the form its number takes, by the number's
 * plural category (Intl.PluralRules): «ثانية واحدة», «ثانيتين», «5 ثوانٍ»,
 * «30 ثانية», «100 ثانية». `{n}` stands for the number. The forms are those of
 * the noun's place in the sentence (after «بعد» or «كل», the genitive).
 */
export type CountForms = Record<Intl.LDMLPluralRule, string>

const ARABIC_PLURALS = new Intl.PluralRules('ar')

export const countedInArabic = (count: number, forms: CountForms): string =>
  forms[ARABIC_PLURALS.select(count)].replaceAll('{n}', String(count))

/** Seconds, in the genitive («بعد ثانيتين», «في كل 60 ثانية»). */
export const SECONDS: CountForms = {
  few: '{n} ثوانٍ',
  many: '{n} ثانية',
  one: 'ثانية واحدة',
  other: '{n} ثانية',
  two: 'ثانيتين',
  zero: '{n} ثانية',
}
