'use client'

import { useLocale, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { labelIn } from './label-in'

/**
 * Names the content language on localized fields' labels. Payload shows it
 * after the label («العنوان — ar») by its code whenever the locale's label
 * is given per admin language, as Jusur's are; this shows the language's
 * name there instead («العنوان — الإنجليزية», “Title — Arabic”), for the
 * locale being edited, in the admin's language.
 */
export const LocaleNames = ({ children }: { children?: React.ReactNode }) => {
  const locale = useLocale()
  const { i18n } = useTranslation()
  const code = 'code' in locale ? locale.code : undefined
  const name = code
    ? labelIn(locale.label as Record<string, string> | string, i18n.language, code)
    : undefined
  // The name takes the size of Payload's field labels (13/20 px); the code it replaces is sized to
  // nothing and hidden, so that screen readers (and the page's text) have the name alone, not «— ar».
  return (
    <>
      {name && (
        <style data-locale-names>{`.field-label .localized { font-size: 0; visibility: hidden; }
.field-label .localized::after { content: ${JSON.stringify(`— ${name}`)}; font-size: 13px; line-height: 20px; visibility: visible; }`}</style>
      )}
      {children}
    </>
  )
}
