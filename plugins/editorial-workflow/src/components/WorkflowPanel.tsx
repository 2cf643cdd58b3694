'use client'
import { Button, toast, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import type { WorkflowDescription } from '../service'
import type { TranslationStatus } from '../types'

import { languageName } from '../label'
import { translate } from '../translations'
import { useAdminDates } from './AdminDates'
import { useAdminRoute, useApi } from './api'
import { EmbargoNote, PendingCorrection, RetractionNote } from './RecordNotes'
import { ReleaseItems } from './ReleaseItems'
import { StatePill } from './StatePill'
import { CommentField, DialogButtons, PublishAtField } from './TransitionDialogParts'
import { box, list } from './styles'
import { UnpublishedLinks } from './UnpublishedLinks'
import { choosesWithdrawal, NoticeFields, noticeComplete, WithdrawalChoice } from './Withdrawal'
import { directionOf } from './zoned-time'

type Offered = WorkflowDescription['transitions'][number]
type Reviewer = { id: number | string; name: string }

type Draft = {
  acceptUnpublishedLinks: boolean
  assignee: string
  comment: string
  locale: string
  /** A retraction's notice to readers, per locale. */
  notice: Record<string, string>
  publishAt: string
}

const EMPTY: Draft = {
  acceptUnpublishedLinks: false,
  assignee: '',
  comment: '',
  locale: '',
  notice: {},
  publishAt: '',
}

/**
 * The edit view's workflow panel (it stands in for the `workflowState`
 * field): the state, a button for each transition the user may take now, a
 * dialog for the comment, time, language or notice a transition needs (and,
 * when the editor withdraws a document, what retracting and unpublishing each
 * do), the embargo, the retraction, translation status per language, a link
 * comparing the draft with the approved version beside the correction note it
 * will publish, the links readers cannot see yet (and the release publishing
 * them along), a release's items, and the history. Everything it shows and
 * does goes through `/api/{collection}/{id}/workflow`, so the server decides.
 */
export const WorkflowPanel: React.FC = () => {
  // `lastUpdateTime` changes with every save of the form: the panel then reads what the save changed.
  const { collectionSlug, id, lastUpdateTime } = useDocumentInfo()
  const { i18n } = useTranslation()
  const language = i18n.language
  const { format } = useAdminDates()
  const api = useApi()
  const adminRoute = useAdminRoute()
  const [workflow, setWorkflow] = useState<null | WorkflowDescription>(null)
  const [chosen, setChosen] = useState<null | Offered>(null)
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [busy, setBusy] = useState(false)
  const [reviewers, setReviewers] = useState<null | Reviewer[]>(null)

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    const { body, ok } = await api<WorkflowDescription>(`/${collectionSlug}/${id}/workflow`)
    if (ok) setWorkflow(body)
  }, [api, collectionSlug, id])

  // The reviewers to assign, once a submit dialog is opened.
  useEffect(() => {
    if (chosen?.name !== 'submit' || reviewers || !collectionSlug) return
    void api<{ reviewers?: Reviewer[] }>(`/${collectionSlug}/workflow/reviewers`).then(
      ({ body, ok }) => setReviewers(ok ? (body.reviewers ?? []) : []),
    )
    // `api` is a new function on every render.
  }, [chosen, collectionSlug, reviewers])

  useEffect(() => {
    void load()
    // When the document changes or is saved; `api` is a new function on every render.
  }, [collectionSlug, id, lastUpdateTime])

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
          acceptUnpublishedLinks: input.acceptUnpublishedLinks || undefined,
          // The id as the server gave it (a number or a string), not the select's text.
          assignee: reviewers?.find(({ id }) => String(id) === input.assignee)?.id,
          comment: input.comment || undefined,
          locale: input.locale || undefined,
          notice: transition.requiresNotice ? input.notice : undefined,
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

  /** Publishing over links readers cannot see yet needs an explicit acceptance with a reason. */
  const publishesOverLinks = (transition: Offered) =>
    (transition.effect === 'publish' || transition.effect === 'schedule') &&
    workflow.unpublishedLinks.length > 0
  const changedSinceApproval = Boolean(
    workflow.approvedVersion && workflow.approvedVersion !== workflow.latestVersion,
  )
  const needsComment = (transition: Offered, input: Draft) =>
    transition.requiresComment || input.acceptUnpublishedLinks

  const locales = workflow.translations.map(({ locale }) => locale)
  // Changing the source language is offered as a select beside the translations, not as a button.
  const setsSource = workflow.transitions.find(({ effect }) => effect === 'set_source_locale')
  const buttons = workflow.transitions.filter((transition) => transition !== setsSource)

  /** Whether the dialog holds what the transition needs (the server checks again). */
  const complete = (transition: Offered, input: Draft) =>
    (!needsComment(transition, input) || input.comment.trim() !== '') &&
    (!transition.requiresLocale || input.locale !== '') &&
    (!transition.requiresNotice || noticeComplete(locales, input.notice)) &&
    (!transition.requiresPublishAt || input.publishAt !== '')

  const needsDialog = (transition: Offered) =>
    Boolean(transition.confirmation) ||
    transition.requiresComment ||
    transition.requiresLocale ||
    transition.requiresNotice ||
    transition.requiresPublishAt ||
    transition.name === 'submit' ||
    publishesOverLinks(transition) ||
    choosesWithdrawal(workflow.transitions, transition)

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
          <time dateTime={workflow.publishAt}>{format(workflow.publishAt)}</time>
        </p>
      )}
      {workflow.embargo && <EmbargoNote embargo={workflow.embargo} />}
      {workflow.retracted && <RetractionNote retracted={workflow.retracted} />}

      <div style={{ ...box, display: 'flex', flexWrap: 'wrap', gap: '0.4rem' }}>
        {buttons.length === 0 && <span>{translate(i18n, 'admin:noActions')}</span>}
        {buttons.map((transition) => (
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
          {chosen.confirmation && <p data-confirmation>{chosen.confirmation}</p>}
          {choosesWithdrawal(workflow.transitions, chosen) && (
            <WithdrawalChoice transitions={workflow.transitions} />
          )}
          {chosen.requiresNotice && (
            <NoticeFields
              locales={locales}
              notice={draft.notice}
              onChange={(notice) => setDraft({ ...draft, notice })}
            />
          )}
          <CommentField
            onChange={(comment) => setDraft({ ...draft, comment })}
            required={needsComment(chosen, draft)}
            value={draft.comment}
          />
          {publishesOverLinks(chosen) && (
            <label style={{ alignItems: 'start', display: 'flex', gap: '0.4rem' }}>
              <input
                checked={draft.acceptUnpublishedLinks}
                name="acceptUnpublishedLinks"
                onChange={(event) =>
                  setDraft({ ...draft, acceptUnpublishedLinks: event.target.checked })
                }
                type="checkbox"
              />
              {translate(i18n, 'admin:acceptUnpublishedLinks')}
            </label>
          )}
          {chosen.requiresPublishAt && (
            <PublishAtField
              onChange={(publishAt) => setDraft({ ...draft, publishAt })}
              value={draft.publishAt}
            />
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
                    {languageName(locale, language)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {chosen.name === 'submit' && (
            <label style={{ display: 'grid', gap: '0.25rem' }}>
              {translate(i18n, 'admin:assignee')}
              <select
                name="assignee"
                onChange={(event) => setDraft({ ...draft, assignee: event.target.value })}
                value={draft.assignee}
              >
                <option value="">{translate(i18n, 'admin:noAssignee')}</option>
                {(reviewers ?? []).map((reviewer) => (
                  <option key={reviewer.id} value={String(reviewer.id)}>
                    {reviewer.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <DialogButtons
            canConfirm={!busy && complete(chosen, draft)}
            onCancel={() => setChosen(null)}
            onConfirm={() => void take(chosen, draft)}
          />
        </div>
      )}

      <UnpublishedLinks workflow={workflow} />
      {workflow.items && <ReleaseItems items={workflow.items} />}

      <div style={box}>
        <strong>{translate(i18n, 'admin:translations')}</strong>
        {workflow.sourceLocale && (
          <label style={{ display: 'flex', flexWrap: 'wrap', gap: '0.4rem', marginTop: '0.4rem' }}>
            {translate(i18n, 'field:sourceLocale')}
            <select
              data-source-locale={workflow.sourceLocale}
              disabled={busy || !setsSource}
              name="sourceLocale"
              onChange={(event) =>
                setsSource && void take(setsSource, { ...EMPTY, locale: event.target.value })
              }
              value={workflow.sourceLocale}
            >
              {locales.map((locale) => (
                <option key={locale} value={locale}>
                  {languageName(locale, language)}
                </option>
              ))}
            </select>
          </label>
        )}
        <ul style={list}>
          {workflow.translations.map(({ locale, reason, status }) => (
            <li data-translation={locale} data-translation-status={status} key={locale}>
              {languageName(locale, language)}:{' '}
              {translate(i18n, `translationStatus:${status as TranslationStatus}`)}
              {reason ? ` (${reason})` : ''}
            </li>
          ))}
        </ul>
      </div>

      {(changedSinceApproval || workflow.correction) && (
        <div style={box}>
          {changedSinceApproval && (
            <a
              href={`${adminRoute}/collections/${collectionSlug}/${id}/versions/${workflow.approvedVersion}`}
            >
              {translate(i18n, 'admin:compare')}
            </a>
          )}
          {workflow.correction && <PendingCorrection correction={workflow.correction} />}
        </div>
      )}

      <details style={box}>
        <summary>
          {translate(i18n, 'admin:history')} ({workflow.history.length})
        </summary>
        {workflow.history.length === 0 && <p>{translate(i18n, 'admin:noHistory')}</p>}
        <ol style={list}>
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
                <strong>{entry.transitionLabel}</strong>
                {entry.fromLabel && entry.toLabel && entry.fromLabel !== entry.toLabel && (
                  <>
                    {' '}
                    · {entry.fromLabel} {directionOf(language) === 'rtl' ? '←' : '→'}{' '}
                    {entry.toLabel}
                  </>
                )}
                <br />
                <small>
                  {who} · <time dateTime={entry.createdAt}>{format(entry.createdAt)}</time>
                  {entry.locale ? ` · ${languageName(entry.locale, language)}` : ''}
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
