'use client'
import { useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { workflowQueue } from '../queue'

import { translate } from '../translations'
import { useAdminRoute, useApi } from './api'
import { StatePill } from './StatePill'
import { languageName } from '../label'
import { useZonedTime } from './zoned-time'

type Queue = Awaited<ReturnType<typeof workflowQueue>>

type Item = Queue['items'][number] & {
  due?: NonNullable<Queue['translations']>['items'][number]['due']
}

/** Per-state (or per-status) counts as pills, each tagged for tests with `attribute`. */
const Counts: React.FC<{ attribute: string; counts: Queue['counts'] }> = ({
  attribute,
  counts,
}) => (
  <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginBottom: '0.75rem' }}>
    {Object.entries(counts).map(([key, { count, label }]) => (
      <span key={key} {...{ [attribute]: key }}>
        <StatePill label={`${label}: ${count}`} state={key} />
      </span>
    ))}
  </div>
)

/** One queue's items: title (opening the document, in the language a translation is due in), type, state, submitter, time. */
const QueueItems: React.FC<{ empty: string; items: Item[] }> = ({ empty, items }) => {
  const { i18n } = useTranslation()
  const adminRoute = useAdminRoute()
  const zoned = useZonedTime()
  if (items.length === 0) return <p>{empty}</p>
  return (
    <ul style={{ margin: 0, paddingInlineStart: '1.2rem' }}>
      {items.map((item) => (
        <li
          data-queue-item={`${item.collection}:${item.id}`}
          key={`${item.collection}:${item.id}`}
          style={{ marginBottom: '0.4rem', overflowWrap: 'anywhere' }}
        >
          <a
            href={`${adminRoute}/collections/${item.collection}/${item.id}${item.due?.[0] ? `?locale=${item.due[0].locale}` : ''}`}
          >
            {item.title}
          </a>{' '}
          · <span data-queue-type>{item.collectionLabel}</span> ·{' '}
          <StatePill label={item.stateLabel} state={item.state} />
          {item.due?.map((due) => (
            <span data-translation-due={due.locale} key={due.locale}>
              {' '}
              · {languageName(due.locale, i18n.language)}: {due.label}
            </span>
          ))}
          <small style={{ display: 'block' }}>
            {item.submittedBy?.name && (
              <span data-queue-submitter>
                {translate(i18n, 'admin:submittedBy')} {item.submittedBy.name} ·{' '}
              </span>
            )}
            <time dateTime={item.updatedAt}>{zoned(item.updatedAt)}</time>
          </small>
          {item.embargo && (
            <small data-embargo={item.embargo.until} style={{ display: 'block' }}>
              {translate(i18n, 'record:embargoUntil')}{' '}
              <time dateTime={item.embargo.until}>
                {zoned(item.embargo.until, item.embargo.timezone)}
              </time>
            </small>
          )}
        </li>
      ))}
    </ul>
  )
}

/**
 * The dashboard's queues, newest first: what awaits the user's action, with
 * counts per state, and, for those who confirm translations, the documents
 * whose translations are outdated or missing, with counts per status.
 */
export const WorkflowQueue: React.FC = () => {
  const { i18n } = useTranslation()
  const api = useApi()
  const [queue, setQueue] = useState<null | Queue>(null)

  useEffect(() => {
    void api<Queue>('/workflow/queue').then(({ body, ok }) => ok && setQueue(body))
    // Once, when the dashboard opens.
  }, [])

  if (!queue) return null
  const translations = queue.translations
  return (
    <>
      <section data-workflow-queue style={{ marginBottom: '2rem' }}>
        <h2 style={{ marginBottom: '0.5rem' }}>{translate(i18n, 'admin:queue')}</h2>
        <Counts attribute="data-queue-count" counts={queue.counts} />
        <QueueItems empty={translate(i18n, 'admin:queueEmpty')} items={queue.items} />
      </section>
      {translations && (
        <section data-translation-queue style={{ marginBottom: '2rem' }}>
          <h2 style={{ marginBottom: '0.5rem' }}>{translate(i18n, 'admin:translationQueue')}</h2>
          <Counts attribute="data-translation-count" counts={translations.counts} />
          <QueueItems
            empty={translate(i18n, 'admin:translationQueueEmpty')}
            items={translations.items}
          />
        </section>
      )}
    </>
  )
}
