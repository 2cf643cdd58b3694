import { translate, type WorkflowTextKey } from '@jusur/editorial-workflow'
import React from 'react'

import { formatFuzzyDate } from '../lib/fuzzy-date'

type Doc = Record<string, any>

/** The workflow plugin's texts in `locale`, from the config's merged translations. */
export const recordTexts =
  (translations: Record<string, object> | undefined, locale: string) => (key: WorkflowTextKey) =>
    translate({ translations: translations?.[locale] }, key)

type Texts = ReturnType<typeof recordTexts>

const day = (at: unknown, locale: string) =>
  typeof at === 'string' ? formatFuzzyDate({ date: at, precision: 'day' }, locale) : null

type Row = { at: null | string; kind: string; note: string }

/**
 * The corrections readers see under the text, oldest first: those published,
 * then the note this draft carries, dated "on publication".
 */
const correctionsOf = (doc: Doc): Row[] => {
  const published: Row[] = (Array.isArray(doc.corrections) ? doc.corrections : [])
    .filter((row: Doc) => row?.kind && row?.note)
    .map((row: Doc) => ({ at: row.at ?? null, kind: row.kind, note: row.note }))
  const pending = doc.correction?.kind && doc.correction?.note ? [doc.correction] : []
  return [
    ...published,
    ...pending.map((row: Doc) => ({ at: null, kind: row.kind, note: row.note })),
  ]
}

/** The document's corrections as readers will see them: kind, note and date. */
export const Corrections = ({ doc, locale, t }: { doc: Doc; locale: string; t: Texts }) => {
  const rows = correctionsOf(doc)
  if (rows.length === 0) return null
  return (
    <section
      data-corrections
      style={{ borderTop: '1px solid #d0d5dd', marginTop: '2rem', paddingTop: '0.5rem' }}
    >
      <h2 style={{ fontSize: '1rem' }}>{t('record:corrections')}</h2>
      {rows.map((row, index) => (
        <p data-correction={row.kind} key={index} style={{ margin: '0 0 0.75rem' }}>
          <strong>{t(`record:kind_${row.kind}` as WorkflowTextKey)}</strong>
          {' · '}
          <small>{day(row.at, locale) ?? t('record:onPublication')}</small>
          <br />
          <span style={{ whiteSpace: 'pre-wrap' }}>{row.note}</span>
        </p>
      ))}
    </section>
  )
}

/** What readers following a link to a retracted document see instead of it: the title, the notice and the date. */
export const RetractionNotice = ({
  doc,
  locale,
  t,
  title,
}: {
  doc: Doc
  locale: string
  t: Texts
  title: unknown
}) => (
  <article data-retraction-notice>
    <h1>{t('record:withdrawnTitle')}</h1>
    {typeof title === 'string' && <p style={{ fontSize: '1.15rem' }}>{title}</p>}
    {doc.retracted.notice && <p style={{ whiteSpace: 'pre-wrap' }}>{doc.retracted.notice}</p>}
    <p>
      <small>
        {t('record:withdrawnOn')} {day(doc.retracted.at, locale)}
      </small>
    </p>
  </article>
)
