'use client'
import { Button, toast, useSelection, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import type { bulkTransitions, BulkOutcome } from '../bulk'

import { translate } from '../translations'
import { useApi } from './api'
import { box, list } from './styles'
import { CommentField, DialogButtons, PublishAtField } from './TransitionDialogParts'

type Offered = ReturnType<typeof bulkTransitions>[number]

type Draft = { comment: string; publishAt: string }
const EMPTY: Draft = { comment: '', publishAt: '' }

/**
 * The list view's workflow actions for the selected documents, in place of
 * Payload's bulk publish and unpublish: one transition, confirmed once, taken
 * on each document by the same rules as alone; the outcome of each is listed,
 * the refused ones with their reason.
 */
export const BulkTransitions: React.FC<{ collectionSlug: string }> = ({ collectionSlug }) => {
  const { i18n } = useTranslation()
  const language = i18n.language
  const api = useApi()
  const router = useRouter()
  // The rows ticked on this page (with “select all” too: a bulk action moves what the editor sees).
  const { selectedIDs, toggleAll } = useSelection()
  const count = selectedIDs.length
  const [offered, setOffered] = useState<Offered[]>([])
  const [chosen, setChosen] = useState<null | Offered>(null)
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [busy, setBusy] = useState(false)
  const [outcomes, setOutcomes] = useState<BulkOutcome[] | null>(null)

  useEffect(() => {
    void api<{ transitions?: Offered[] }>(`/${collectionSlug}/workflow/transitions`, {
      headers: { 'accept-language': language },
    }).then(({ body, ok }) => setOffered(ok ? (body.transitions ?? []) : []))
    // Once per collection and language; `api` is a new function on every render.
  }, [collectionSlug, language])

  if (offered.length === 0 || (count === 0 && !outcomes)) return null

  const complete = (transition: Offered) =>
    (!transition.requiresComment || draft.comment.trim() !== '') &&
    (!transition.requiresPublishAt || draft.publishAt !== '')

  const take = async (transition: Offered) => {
    setBusy(true)
    const { body, ok } = await api<{ errors?: { message: string }[]; results?: BulkOutcome[] }>(
      `/${collectionSlug}/workflow/bulk`,
      {
        body: JSON.stringify({
          comment: draft.comment || undefined,
          ids: selectedIDs,
          publishAt: draft.publishAt ? new Date(draft.publishAt).toISOString() : undefined,
          transition: transition.name,
        }),
        headers: { 'accept-language': language },
        method: 'POST',
      },
    )
    setBusy(false)
    if (!ok || !body.results) {
      toast.error(body.errors?.[0]?.message ?? transition.label)
      return
    }
    setOutcomes(body.results)
    setChosen(null)
    setDraft(EMPTY)
    toggleAll(false)
    router.refresh()
  }

  const succeeded = outcomes?.filter((outcome) => outcome.status === 200).length ?? 0

  return (
    <div data-bulk-transitions style={{ ...box, marginBottom: '1rem' }}>
      {count > 0 && (
        <div style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: '0.4rem' }}>
          <strong>
            {translate(i18n, 'admin:bulkSelected').replace('{{count}}', String(count))}
          </strong>
          {offered.map((transition) => (
            <Button
              buttonStyle={transition.name === chosen?.name ? 'primary' : 'secondary'}
              disabled={busy}
              key={transition.name}
              margin={false}
              onClick={() => {
                setOutcomes(null)
                setChosen(transition)
              }}
              size="small"
            >
              <span data-bulk-transition={transition.name}>{transition.label}</span>
            </Button>
          ))}
        </div>
      )}

      {chosen && count > 0 && (
        <div
          aria-label={chosen.label}
          data-bulk-dialog={chosen.name}
          role="dialog"
          style={{ ...box, display: 'grid', gap: '0.5rem' }}
        >
          <strong>
            {chosen.label} ({count})
          </strong>
          {chosen.confirmation && <p data-confirmation>{chosen.confirmation}</p>}
          <p>{translate(i18n, 'admin:bulkRules')}</p>
          <CommentField
            onChange={(comment) => setDraft({ ...draft, comment })}
            required={chosen.requiresComment}
            value={draft.comment}
          />
          {chosen.requiresPublishAt && (
            <PublishAtField
              onChange={(publishAt) => setDraft({ ...draft, publishAt })}
              value={draft.publishAt}
            />
          )}
          <DialogButtons
            canConfirm={!busy && complete(chosen)}
            onCancel={() => setChosen(null)}
            onConfirm={() => void take(chosen)}
          />
        </div>
      )}

      {outcomes && (
        <div aria-live="polite" data-bulk-outcomes role="status">
          <strong>
            {translate(i18n, 'admin:bulkOutcome')
              .replace('{{done}}', String(succeeded))
              .replace('{{count}}', String(outcomes.length))}
          </strong>
          <ul style={list}>
            {outcomes.map((outcome) => (
              <li data-bulk-outcome={outcome.id} data-status={outcome.status} key={outcome.id}>
                <bdi>{outcome.title ?? `#${outcome.id}`}</bdi>:{' '}
                {'state' in outcome ? translate(i18n, 'admin:bulkDone') : outcome.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
