'use client'
import { Button, toast, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import type { WorkflowDescription } from '../service'
import type { TranslationStatus } from '../types'

import { translate } from '../translations'
import { useAdminRoute, useApi } from './api'
import { StatePill } from './StatePill'

type Offered = WorkflowDescription['transitions'][number]

type Draft = { assignee: string; comment: string; locale: string; publishAt: string }

const EMPTY: Draft = { assignee: '', comment: '', locale: '', publishAt: '' }

const box: React.CSSProperties = {
  borderTop: '1px solid var(--theme-elevation-150)',
  marginTop: '0.75rem',
  paddingTop: '0.75rem',
}

/**
 * The edit view's workflow panel (it stands in for the `workflowState`
 * field): the state, a button for each transition the user may take now, a
 * dialog for the comment, time or language a transition needs, translation
 * status per language, a link comparing the draft with the approved version,
 * and the history. Everything it shows and does goes through
 * `/api/{collection}/{id}/workflow`, so the server decides.
 */
export const WorkflowPanel: React.FC = () => {
  const { collectionSlug, id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const language = i18n.language
  const api = useApi()
  const adminRoute = useAdminRoute()
  const [workflow, setWorkflow] = useState<null | WorkflowDescription>(null)
  const [chosen, setChosen] = useState<null | Offered>(null)
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const { body, ok } = await api<WorkflowDescription>(`/${collectionSlug}/${id}/workflow`)
    if (ok) setWorkflow(body)
  }, [api, collectionSlug, id])

  useEffect(() => {
    void load()
    // Only when the document changes; `api` is a new function on every render.
  }, [collectionSlug, id])

  if (!id)
    return (
      <p style={{ color: 'var(--theme-elevation-500)' }}>{translate(i18n, 'admin:saveFirst')}</p>
    )
  if (!workflow) return null

  const take = async (transition: Offered, input: Draft) => {
    setBusy(true)
    const { body, ok } = await api<WorkflowDescription & { errors?: { message: string }[] }>(
      `/${collectionSlug}/${id}/workflow`,
      {
        body: JSON.stringify({
          assignee: input.assignee || undefined,
          comment: input.comment || undefined,
          locale: input.locale || undefined,
          publishAt: input.publishAt ? new Date(input.publishAt).toISOString() : undefined,
          transition: transition.name,
          version: workflow.latestVersion ?? undefined,
        }),
        headers: { 'accept-language': language },
        method: 'POST',
      },
    )
    setBusy(false)
    if (!ok) {
      toast.error(body.errors?.[0]?.message ?? transition.label)
      return
    }
    toast.success(transition.label)
    setChosen(null)
    setDraft(EMPTY)
    // The form holds the state it was loaded with; reload so the next save carries the new one.
    window.location.reload()
  }

  /** Whether the dialog holds what the transition needs (the server checks again). */
  const complete = (transition: Offered, input: Draft) =>
    (!transition.requiresComment || input.comment.trim() !== '') &&
    (!transition.requiresLocale || input.locale !== '') &&
    (!transition.requiresPublishAt || input.publishAt !== '')

  const needsDialog = (transition: Offered) =>
    transition.requiresComment ||
    transition.requiresLocale ||
    transition.requiresPublishAt ||
    transition.name === 'submit'

  return (
    <div data-workflow-panel style={{ marginBottom: '1.5rem' }}>
      <div style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        <strong>{translate(i18n, 'admin:state')}</strong>
        <StatePill label={workflow.stateLabel} state={workflow.state} />
      </div>
      {workflow.published && (
        <p style={{ margin: '0.4rem 0 0' }}>{translate(i18n, 'admin:published')}</p>
      )}
      {workflow.publishAt && (
        <p style={{ margin: '0.4rem 0 0' }}>
          {translate(i18n, 'admin:scheduledFor')}{' '}
          {new Date(workflow.publishAt).toLocaleString(language)}
        </p>
      )}

      <div style={{ ...box, display: 'flex', flexWrap: 'wrap', gap: '0.4rem' }}>
        {workflow.transitions.length === 0 && <span>{translate(i18n, 'admin:noActions')}</span>}
        {workflow.transitions.map((transition) => (
          <Button
            buttonStyle={transition.name === chosen?.name ? 'primary' : 'secondary'}
            disabled={busy}
            key={transition.name}
            margin={false}
            onClick={() =>
              needsDialog(transition) ? setChosen(transition) : void take(transition, EMPTY)
            }
            size="small"
          >
            <span data-transition={transition.name}>{transition.label}</span>
          </Button>
        ))}
      </div>

      {chosen && (
        // Not a <form>: the panel sits inside Payload's document form, and forms do not nest.
        <div
          aria-label={chosen.label}
          data-transition-dialog={chosen.name}
          role="dialog"
          style={{ ...box, display: 'grid', gap: '0.5rem' }}
        >
          <strong>{chosen.label}</strong>
          <label style={{ display: 'grid', gap: '0.25rem' }}>
            {translate(i18n, chosen.requiresComment ? 'admin:commentRequired' : 'admin:comment')}
            <textarea
              name="comment"
              onChange={(event) => setDraft({ ...draft, comment: event.target.value })}
              required={chosen.requiresComment}
              rows={3}
              style={{ width: '100%' }}
              value={draft.comment}
            />
          </label>
          {chosen.requiresPublishAt && (
            <label style={{ display: 'grid', gap: '0.25rem' }}>
              {translate(i18n, 'admin:publishAt')}
              <input
                name="publishAt"
                onChange={(event) => setDraft({ ...draft, publishAt: event.target.value })}
                required
                type="datetime-local"
                value={draft.publishAt}
              />
            </label>
          )}
          {chosen.requiresLocale && (
            <label style={{ display: 'grid', gap: '0.25rem' }}>
              {translate(i18n, 'admin:locale')}
              <select
                name="locale"
                onChange={(event) => setDraft({ ...draft, locale: event.target.value })}
                required
                value={draft.locale}
              >
                <option value="" />
                {workflow.translations.map(({ locale }) => (
                  <option key={locale} value={locale}>
                    {locale}
                  </option>
                ))}
              </select>
            </label>
          )}
          {chosen.name === 'submit' && (
            <label style={{ display: 'grid', gap: '0.25rem' }}>
              {translate(i18n, 'admin:assignee')}
              <input
                name="assignee"
                onChange={(event) => setDraft({ ...draft, assignee: event.target.value })}
                value={draft.assignee}
              />
            </label>
          )}
          <div style={{ display: 'flex', gap: '0.4rem' }}>
            <Button
              buttonStyle="primary"
              disabled={busy || !complete(chosen, draft)}
              margin={false}
              onClick={() => void take(chosen, draft)}
              size="small"
            >
              <span data-confirm-transition>{translate(i18n, 'admin:apply')}</span>
            </Button>
            <Button
              buttonStyle="secondary"
              margin={false}
              onClick={() => setChosen(null)}
              size="small"
            >
              {translate(i18n, 'admin:cancel')}
            </Button>
          </div>
        </div>
      )}

      <div style={box}>
        <strong>{translate(i18n, 'admin:translations')}</strong>
        <ul style={{ margin: '0.25rem 0 0', paddingInlineStart: '1.2rem' }}>
          {workflow.translations.map(({ locale, reason, status }) => (
            <li data-translation={locale} data-translation-status={status} key={locale}>
              {locale}: {translate(i18n, `translationStatus:${status as TranslationStatus}`)}
              {reason ? ` (${reason})` : ''}
            </li>
          ))}
        </ul>
      </div>

      {workflow.approvedVersion && workflow.approvedVersion !== workflow.latestVersion && (
        <div style={box}>
          <a
            href={`${adminRoute}/collections/${collectionSlug}/${id}/versions/${workflow.approvedVersion}`}
          >
            {translate(i18n, 'admin:compare')}
          </a>
        </div>
      )}

      <details style={box}>
        <summary>
          {translate(i18n, 'admin:history')} ({workflow.history.length})
        </summary>
        {workflow.history.length === 0 && <p>{translate(i18n, 'admin:noHistory')}</p>}
        <ol style={{ margin: '0.25rem 0 0', paddingInlineStart: '1.2rem' }}>
          {[...workflow.history].reverse().map((event) => {
            const entry = event as Record<string, any>
            const who =
              entry.user && typeof entry.user === 'object'
                ? (entry.user.name ?? entry.user.email)
                : ''
            return (
              <li
                data-history-transition={entry.transition}
                key={entry.id}
                style={{ marginBottom: '0.4rem' }}
              >
                <strong>
                  {entry.transition === 'edited'
                    ? translate(i18n, 'admin:edited')
                    : entry.transition}
                </strong>{' '}
                · {entry.from} → {entry.to}
                <br />
                <small>
                  {who} · {new Date(entry.createdAt).toLocaleString(language)}
                  {entry.locale ? ` · ${entry.locale}` : ''}
                </small>
                {entry.comment && (
                  <blockquote style={{ margin: '0.2rem 0', whiteSpace: 'pre-wrap' }}>
                    {entry.comment}
                  </blockquote>
                )}
              </li>
            )
          })}
        </ol>
      </details>
    </div>
  )
}
