import type { DocumentViewServerProps } from 'payload'

import { Gutter, Link, Pill, SetDocumentStepNav } from '@payloadcms/ui'
import { notFound } from 'next/navigation'
import { Forbidden } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { translate, type WorkflowTextKey } from '../translations'
import type { ResolvedOptions } from '../types'
import { versionHistory, type VersionHistoryPage, type VersionRow } from '../version-history'
import { StatePill } from './StatePill'
import { VersionTime } from './VersionTime'

/** A positive whole number from the query string, if it holds one. */
const positive = (value: unknown): number | undefined => {
  const number = Number(value)
  return Number.isInteger(number) && number > 0 ? number : undefined
}

/** Payload's tables give each cell at least 150px; these columns are narrower, and a phone fits more of them. */
const cell: React.CSSProperties = { minWidth: 'auto' }

/**
 * The versions view of a workflow document, in place of Payload's: for each
 * version, newest first, when it was saved (linking to Payload's comparison
 * view), who saved it with which transition, its workflow state, and whether
 * it is the published version or the current draft. Read as the user; Payload
 * shows this view only to those who may read versions.
 */
export const VersionsView = async ({
  hasPublishedDoc,
  initPageResult: { collectionConfig, docID, req },
  options,
  routeSegments,
  searchParams = {},
}: DocumentViewServerProps & { options: ResolvedOptions }) => {
  if (!collectionConfig || docID === undefined) return notFound()
  const { i18n } = req
  const text = (key: WorkflowTextKey) => translate(i18n, key)
  const isTrashed = routeSegments[2] === 'trash'
  let history: VersionHistoryPage
  try {
    history = await versionHistory({
      collection: collectionConfig.slug,
      hasPublishedDoc,
      id: docID,
      limit: positive(searchParams.limit) ?? collectionConfig.admin.pagination?.defaultLimit ?? 10,
      options,
      page: positive(searchParams.page) ?? 1,
      req,
    })
  } catch (error) {
    if (error instanceof Forbidden) return notFound()
    throw error
  }
  const { limit, page, rows, totalPages } = history
  const plural = collectionConfig.labels.plural
  const comparison = (row: VersionRow) =>
    formatAdminURL({
      adminRoute: req.payload.config.routes.admin,
      path: `/collections/${collectionConfig.slug}/${isTrashed ? 'trash/' : ''}${docID}/versions/${row.id}`,
    })
  // Another page keeps the rest of the query (the content locale...).
  const pageLink = (target: number) => {
    const query = new URLSearchParams()
    for (const [key, value] of Object.entries(searchParams))
      for (const each of [value ?? []].flat()) query.append(key, each)
    query.set('page', String(target))
    query.set('limit', String(limit))
    return `?${query}`
  }

  return (
    <>
      <SetDocumentStepNav
        collectionSlug={collectionConfig.slug}
        id={docID}
        isTrashed={isTrashed}
        pluralLabel={typeof plural === 'function' ? plural({ i18n, t: i18n.t }) : plural}
        useAsTitle={collectionConfig.admin.useAsTitle}
        view={i18n.t('version:versions')}
      />
      {/* Not Payload's `versions` class: on narrow screens it bleeds the table into the left gutter, off an RTL page. */}
      <main data-workflow-versions style={{ marginBottom: 'calc(var(--base) * 2)', width: '100%' }}>
        <Gutter className="versions__wrap">
          {rows.length === 0 ? (
            <p>{text('versions:empty')}</p>
          ) : (
            // Payload's table scrolls sideways inside its own box on a narrow screen, not the page.
            <div className="table">
              <table cellPadding={0} cellSpacing={0} style={{ width: '100%' }}>
                <thead>
                  <tr>
                    <th style={cell}>{text('versions:savedAt')}</th>
                    <th style={cell}>{text('versions:action')}</th>
                    <th style={cell}>{text('versions:by')}</th>
                    <th style={cell}>{text('admin:state')}</th>
                    <th style={cell}>{text('versions:publication')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr
                      data-version-row={row.id}
                      data-version-transition={row.transition ?? ''}
                      key={row.id}
                    >
                      <td style={{ ...cell, whiteSpace: 'nowrap' }}>
                        <VersionTime href={comparison(row)} updatedAt={row.updatedAt} />
                      </td>
                      <td data-version-action style={cell}>
                        {row.action}
                      </td>
                      <td data-version-by style={cell}>
                        {row.by ?? text('versions:unknownUser')}
                      </td>
                      <td style={cell}>
                        <StatePill label={row.stateLabel} state={row.state} />
                      </td>
                      <td data-version-publication style={cell}>
                        {row.published && (
                          <Pill pillStyle="success" size="small">
                            {text('versions:published')}
                          </Pill>
                        )}
                        {row.currentDraft && (
                          <Pill pillStyle="light" size="small">
                            {text('versions:currentDraft')}
                          </Pill>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {totalPages > 1 && (
            <nav
              data-versions-pages
              style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: '1rem' }}
            >
              {page > 1 && <Link href={pageLink(page - 1)}>{text('versions:newer')}</Link>}
              <span>
                {text('versions:pageOf')
                  .replace('{{page}}', String(page))
                  .replace('{{pages}}', String(totalPages))}
              </span>
              {page < totalPages && <Link href={pageLink(page + 1)}>{text('versions:older')}</Link>}
            </nav>
          )}
        </Gutter>
      </main>
    </>
  )
}
