import type { LocalizationConfig } from 'payload'

/** Content languages. Arabic is the default and is written right to left. */
export const CONTENT_LOCALES = ['ar', 'en'] as const
export type ContentLocale = (typeof CONTENT_LOCALES)[number]
export const DEFAULT_LOCALE: ContentLocale = 'ar'

export const localization: LocalizationConfig = {
  defaultLocale: DEFAULT_LOCALE,
  // A reader asking for English sees the Arabic text where no translation exists yet, and vice versa.
  fallback: true,
  locales: [
    { code: 'ar', label: { ar: 'العربية', en: 'Arabic' }, rtl: true, fallbackLocale: 'en' },
    { code: 'en', label: { ar: 'الإنجليزية', en: 'English' }, fallbackLocale: 'ar' },
  ],
}
