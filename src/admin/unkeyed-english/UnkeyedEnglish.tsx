'use client'

import { useAdminDates } from '@jusur/editorial-workflow/client'
import { gregorianLocale } from '@jusur/editorial-workflow/dates'
import { useConfig, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useMemo } from 'react'

import { labelIn } from '../locale-names/label-in'
import { useDatePickerLocale } from './date-picker-locale'
import type { Translate } from './english-texts'
import { localizeTree, touchedElements } from './localize-dom'

type Locale = { code: string; label?: Record<string, string> | string }

/** Each content language's name in the admin's language, by its code. */
const languageNamesIn = (language: string, locales: Locale[]): Record<string, string> =>
  Object.fromEntries(locales.map(({ code, label }) => [code, labelIn(label, language, code)]))

/**
 * Payload and the packages it bundles into its admin (Lexical, sonner,
 * react-select, faceless-ui) write a few texts in English, or in codes and
 * Latin digits, whatever the admin's language, with no translation key to
 * reach them: accessible names (Lexical's handles, a relationship chip's
 * «Edit …», the notifications region), what a select announces to screen
 * readers, a modal named by its slug, a checkbox whose tooltip is its field's
 * name, an upload's size and dimensions, the languages of a version
 * comparison, a document's dates. This provider writes them in the admin's
 * language as they appear: short of patching Payload's minified bundles, the
 * one place they can be reached. What it rewrites, and where, is listed in
 * localize-dom.ts; React leaves a rewritten attribute or text alone until its
 * own value changes, and then it is rewritten again before the browser paints
 * (a MutationObserver reports within the same task). Date pickers read the
 * admin's language from their first render (date-picker-locale.ts); Payload's
 * own date format puts the day first (jusur-config's admin.dateFormat).
 * Until the first pass after hydration, the server's HTML shows those texts
 * as Payload wrote them; `<html data-texts-localized="ar">` marks that the
 * pass has run (the browser audit waits for it).
 */
export const UnkeyedEnglish = ({ children }: { children?: React.ReactNode }) => {
  const { i18n, t } = useTranslation()
  const { choice } = useAdminDates()
  const { config } = useConfig()
  const language = i18n.language
  useDatePickerLocale(language)
  const languageNames = useMemo(
    () => languageNamesIn(language, config.localization ? config.localization.locales : []),
    [config.localization, language],
  )

  useEffect(() => {
    const localizer = {
      language,
      languageNames,
      listSeparator: language === 'ar' ? '، ' : ', ',
      locale: gregorianLocale(language, choice.digits),
      t: t as unknown as Translate,
    }
    localizeTree(document.body, localizer)
    // What the server rendered is written until this first pass; the page says when it has run.
    document.documentElement.dataset.textsLocalized = language
    const observer = new MutationObserver((records) => {
      for (const element of touchedElements(records)) localizeTree(element, localizer)
    })
    observer.observe(document.body, {
      attributeFilter: ['aria-label', 'title'],
      characterData: true,
      childList: true,
      subtree: true,
    })
    return () => {
      observer.disconnect()
      delete document.documentElement.dataset.textsLocalized
    }
  }, [choice.digits, language, languageNames, t])

  return children
}
