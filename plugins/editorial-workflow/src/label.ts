import type { CollectionConfig, LabelFunction, PayloadRequest } from 'payload'

import type { Label, ResolvedOptions } from './types'

/**
 * One of the options' labels (a state's, a transition's) in the caller's
 * admin/API language (a request, or the admin's `useTranslation()`): Arabic
 * unless English was asked for.
 */
export const inLanguage = (
  req: { i18n?: Pick<PayloadRequest['i18n'], 'language'> } | undefined,
  label: Label,
): string => {
  const language = req?.i18n?.language ?? 'ar'
  return label[language] ?? label.ar ?? Object.values(label)[0] ?? ''
}

/** A workflow state's label in the caller's language; a state the options no longer define keeps its name. */
export const stateLabel = (
  req: Parameters<typeof inLanguage>[0],
  options: Pick<ResolvedOptions, 'states'>,
  state: string,
): string => inLanguage(req, options.states[state] ?? { en: state })

/**
 * The name of `locale` in the admin's language, e.g. «الإنجليزية» for `en` in
 * Arabic (server and admin components alike); a code Intl does not know stays as it is.
 */
export const languageName = (locale: string, language: string): string => {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(locale) ?? locale
  } catch {
    return locale
  }
}

/**
 * Content languages by name, in the caller's language and the way it writes a
 * list: «العربية، الإنجليزية» in Arabic, "Arabic, English" in English.
 */
export const languageList = (
  req: { i18n?: Pick<PayloadRequest['i18n'], 'language'> } | undefined,
  locales: readonly string[],
): string => {
  const language = req?.i18n?.language ?? 'ar'
  return locales
    .map((locale) => languageName(locale, language))
    .join(language === 'ar' ? '، ' : ', ')
}

/** A collection's name for one of its documents, in the caller's language (its singular label: a function, per language, or one string). */
export const collectionLabel = (
  req: Parameters<LabelFunction>[0],
  config: Pick<CollectionConfig, 'labels' | 'slug'>,
): string => {
  const label = config.labels?.singular
  if (typeof label === 'function') return String(label({ i18n: req.i18n, t: req.t }))
  if (typeof label === 'string') return label
  return label ? inLanguage(req, label as Record<string, string>) : config.slug
}
