'use client'
import { useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { workflowQueue } from '../queue'

import { translate } from '../translations'
import { useAdminRoute, useApi } from './api'
import { StatePill } from './StatePill'
import { useZonedTime } from './zoned-time'

type Queue = Awaited<ReturnType<typeof workflowQueue>>

/** The dashboard's "awaiting your action" list, newest first, with counts per state and embargoes' times. */
export const WorkflowQueue: React.FC = () => {
  const { i18n } = useTranslation()
  const api = useApi()
  const adminRoute = useAdminRoute()
  const zoned = useZonedTime()
  const [queue, setQueue] = useState<null | Queue>(null)

  useEffect(() => {
    void api<Queue>('/workflow/queue').then(({ body, ok }) => ok && setQueue(body))
    // Once, when the dashboard opens.
  }, [])

  if (!queue) return null
  return (
    <section data-workflow-queue style={{ marginBottom: '2rem' }}>
      <h2 style={{ marginBottom: '0.5rem' }}>{translate(i18n, 'admin:queue')}</h2>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginBottom: '0.75rem' }}>
        {Object.entries(queue.counts).map(([state, { count, label }]) => (
          <span data-queue-count={state} key={state}>
            <StatePill label={`${label}: ${count}`} state={state} />
          </span>
        ))}
      </div>
      {queue.items.length === 0 ? (
        <p>{translate(i18n, 'admin:queueEmpty')}</p>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: '1.2rem' }}>
          {queue.items.map((item) => (
            <li
              key={`${item.collection}:${item.id}`}
              style={{ marginBottom: '0.3rem', overflowWrap: 'anywhere' }}
            >
              <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>{item.title}</a> ·{' '}
              <StatePill label={queue.counts[item.state]?.label ?? item.state} state={item.state} />
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
      )}
    </section>
  )
}
