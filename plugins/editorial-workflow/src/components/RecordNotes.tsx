'use client'
import { useLocale, useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { RecordStatus } from '../record-status'
import type { WorkflowTextKey } from '../translations'

import { translate } from '../translations'
import { box, list, wrap } from './styles'
import { languageName } from '../label'
import { directionOf, useZonedTime } from './zoned-time'

/** "Embargoed until …", in the time zone the editor set it in. */
export const EmbargoNote: React.FC<{ embargo: NonNullable<RecordStatus['embargo']> }> = ({
  embargo,
}) => {
  const { i18n } = useTranslation()
  const zoned = useZonedTime()
  return (
    <p data-embargo={embargo.until} style={{ margin: '0.4rem 0 0', ...wrap }}>
      {translate(i18n, 'record:embargoUntil')}{' '}
      <time dateTime={embargo.until}>{zoned(embargo.until, embargo.timezone)}</time>
    </p>
  )
}

/** A retracted document's notice to readers, in each language, and when it was retracted. */
export const RetractionNote: React.FC<{ retracted: NonNullable<RecordStatus['retracted']> }> = ({
  retracted,
}) => {
  const { i18n } = useTranslation()
  const zoned = useZonedTime()
  return (
    <div data-retraction style={{ ...box, ...wrap }}>
      <strong>{translate(i18n, 'admin:retractedOn')}</strong>{' '}
      <time dateTime={retracted.at}>{zoned(retracted.at)}</time>
      <ul style={list}>
        {Object.entries(retracted.notice).map(([locale, text]) => (
          <li data-retraction-notice={locale} key={locale}>
            {languageName(locale, i18n.language)}:{' '}
            <span dir={directionOf(locale)} lang={locale} style={{ whiteSpace: 'pre-wrap' }}>
              {text}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * The correction note the draft will publish, in the locale being edited:
 * what the reviewer approves along with the changes since approval.
 */
export const PendingCorrection: React.FC<{
  correction: NonNullable<RecordStatus['correction']>
}> = ({ correction }) => {
  const { i18n } = useTranslation()
  const { code: locale } = useLocale()
  const note = correction.note[locale]
  return (
    <p data-pending-correction={correction.kind ?? ''} style={{ margin: '0.4rem 0 0', ...wrap }}>
      <strong>{translate(i18n, 'admin:pendingCorrection')}</strong>
      <br />
      {correction.kind && translate(i18n, `record:kind_${correction.kind}` as WorkflowTextKey)}
      {correction.kind && ': '}
      {note ? (
        <span dir={directionOf(locale)} lang={locale} style={{ whiteSpace: 'pre-wrap' }}>
          {note}
        </span>
      ) : (
        <em>{translate(i18n, 'admin:noNoteInLanguage')}</em>
      )}
    </p>
  )
}
