'use client'
import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { WorkflowDescription } from '../service'

import { translate } from '../translations'
import { list, textBox } from './styles'
import { languageName } from '../label'
import { directionOf } from './zoned-time'

type Offered = WorkflowDescription['transitions'][number]

const offeredWith = (transitions: Offered[], effect: string) =>
  transitions.find((transition) => transition.effect === effect)

/**
 * Whether choosing `transition` calls for the difference between retracting
 * and unpublishing: it is one of them, and the editor could take the other.
 */
export const choosesWithdrawal = (transitions: Offered[], transition: Offered): boolean =>
  (transition.effect === 'retract' || transition.effect === 'unpublish') &&
  Boolean(offeredWith(transitions, 'retract') && offeredWith(transitions, 'unpublish'))

/**
 * Retract or unpublish: what each does to readers, shown in the dialog of
 * either so that the editor chooses knowingly.
 */
export const WithdrawalChoice: React.FC<{ transitions: Offered[] }> = ({ transitions }) => {
  const { i18n } = useTranslation()
  const retract = offeredWith(transitions, 'retract')
  const unpublish = offeredWith(transitions, 'unpublish')
  if (!retract || !unpublish) return null
  return (
    <div data-withdrawal-choice>
      <strong>{translate(i18n, 'admin:retractOrUnpublish')}</strong>
      <ul style={list}>
        <li data-explains="retract">
          <strong>{retract.label}:</strong> {translate(i18n, 'admin:retractMeans')}
        </li>
        <li data-explains="unpublish">
          <strong>{unpublish.label}:</strong> {translate(i18n, 'admin:unpublishMeans')}
        </li>
      </ul>
    </div>
  )
}

/** Whether every locale has its notice to readers (the server checks again). */
export const noticeComplete = (locales: string[], notice: Record<string, string>): boolean =>
  locales.every((locale) => (notice[locale] ?? '').trim() !== '')

/** A retraction's notice to readers, one text per locale, each written in its own direction. */
export const NoticeFields: React.FC<{
  locales: string[]
  notice: Record<string, string>
  onChange: (notice: Record<string, string>) => void
}> = ({ locales, notice, onChange }) => {
  const { i18n } = useTranslation()
  return (
    <>
      {locales.map((locale) => (
        <label key={locale} style={{ display: 'grid', gap: '0.25rem' }}>
          {translate(i18n, 'admin:notice').replace(
            '{{language}}',
            languageName(locale, i18n.language),
          )}
          <textarea
            dir={directionOf(locale)}
            lang={locale}
            name={`notice-${locale}`}
            onChange={(event) => onChange({ ...notice, [locale]: event.target.value })}
            required
            rows={3}
            style={textBox}
            value={notice[locale] ?? ''}
          />
        </label>
      ))}
    </>
  )
}
