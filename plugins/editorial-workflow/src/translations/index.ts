import type { Config, LabelFunction } from 'payload'

import { deepMergeSimple } from 'payload/shared'

import { ar } from './ar'
import { en, type WorkflowTexts } from './en'

/**
 * The plugin's namespace in the app's `i18n.translations`: a text's full key
 * is `editorial-workflow:<group>:<key>`, e.g. `editorial-workflow:error:fourEyes`.
 */
export const I18N_NAMESPACE = 'editorial-workflow'

/** The plugin's texts per admin language, in the shape of Payload's `i18n.translations`. */
export const translations = {
  ar: { [I18N_NAMESPACE]: ar },
  en: { [I18N_NAMESPACE]: en },
}

/**
 * The config's i18n with the plugin's texts merged into `translations`
 * under its namespace, as Payload's own plugins do: what the app's config
 * already says wins, so an app overrides any of the plugin's texts there.
 */
export const withWorkflowTranslations = (i18n: Config['i18n']): NonNullable<Config['i18n']> => ({
  ...i18n,
  translations: deepMergeSimple(translations, i18n?.translations ?? {}),
})

/** A text's key within the namespace, e.g. `error:fourEyes`. */
export type WorkflowTextKey = {
  [Group in keyof WorkflowTexts]: `${Group}:${keyof WorkflowTexts[Group] & string}`
}[keyof WorkflowTexts]

/** The reason codes of refusals (`WorkflowError`), each with its message in `error`. */
export type MessageKey = keyof WorkflowTexts['error']

/** What carries the texts of one language: the request's `req.i18n`, or the admin's `useTranslation().i18n`. */
type WithTranslations = { translations?: object } | null | undefined

/**
 * A text of the plugin in the language of `i18n`, as the app's i18n config
 * has it (the plugin's own texts, merged under its namespace, and whatever
 * the app overrides); the plugin's Arabic when there is no i18n or its
 * language has no text for `key`, as Payload's `t` would show the bare key.
 */
export const translate = (i18n: WithTranslations, key: WorkflowTextKey): string => {
  const [group, name] = key.split(':') as [keyof WorkflowTexts, string]
  const texts = (i18n?.translations as Record<string, unknown> | undefined)?.[I18N_NAMESPACE] as
    Partial<Record<string, Record<string, string | undefined>>> | undefined
  return texts?.[group]?.[name] ?? (ar[group] as Record<string, string>)[name]!
}

/** A field or collection label in the admin's language. */
export const labelOf =
  (key: WorkflowTextKey): LabelFunction =>
  ({ i18n }) =>
    translate(i18n, key)

/**
 * A text in every language of `all` (Payload's `i18n.translations`), for the
 * admin settings that take no label function, such as a collection's group.
 */
export const inEveryLanguage = (all: object, key: WorkflowTextKey): Record<string, string> =>
  Object.fromEntries(
    Object.entries(all).map(([language, texts]) => [
      language,
      translate({ translations: texts as object }, key),
    ]),
  )
