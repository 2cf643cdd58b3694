'use client'
import type { DefaultCellComponentProps } from 'payload'

import { useConfig, useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { WorkflowDescription } from '../service'
import type { TranslationStatus } from '../types'

import { inLanguage, languageList, languageName } from '../label'
import { translate } from '../translations'
import { useAdminRoute } from './api'
import { StatePill } from './StatePill'
import { box, list, wrap } from './styles'

type Item = NonNullable<WorkflowDescription['items']>[number]
type ReadItem = Extract<Item, { state: string }>

const INCOMPLETE: TranslationStatus[] = ['missing', 'outdated']

/** What keeps one item from its release's publication, in the admin's language. */
const blockersOf = (
  i18n: { language: string; translations?: object },
  item: Item,
): { key: string; text: string }[] => {
  if (!('state' in item)) return [{ key: 'missing', text: translate(i18n, 'admin:itemMissing') }]
  const incomplete = item.translations.filter(({ status }) =>
    INCOMPLETE.includes(status as TranslationStatus),
  )
  return [
    ...(item.ready ? [] : [{ key: 'state', text: translate(i18n, 'admin:itemNotReady') }]),
    ...(incomplete.length > 0
      ? [
          {
            key: 'translations',
            text: `${translate(i18n, 'admin:itemTranslations')} ${languageList(
              { i18n },
              incomplete.map(({ locale }) => locale),
            )}`,
          },
        ]
      : []),
    ...(item.unpublishedLinks.length > 0
      ? [
          {
            key: 'links',
            text: `${translate(i18n, 'admin:itemLinks')} ${item.unpublishedLinks.map(({ title }) => title).join(i18n.language === 'ar' ? '، ' : ', ')}`,
          },
        ]
      : []),
  ]
}

/** One item: its state, title (to its edit view), translations, last editor and changes since approval. */
const ReleaseItem: React.FC<{ item: ReadItem }> = ({ item }) => {
  const { i18n } = useTranslation()
  const adminRoute = useAdminRoute()
  const edit = `${adminRoute}/collections/${item.collection}/${item.id}`
  return (
    <>
      <StatePill label={item.stateLabel} state={item.state} /> <a href={edit}>{item.title}</a>
      <br />
      <small>
        {item.translations
          .map(
            ({ locale, status }) =>
              `${languageName(locale, i18n.language)}: ${translate(i18n, `translationStatus:${status as TranslationStatus}`)}`,
          )
          .join(' · ')}
        {item.lastEditedBy !== null &&
          ` · ${translate(i18n, 'field:lastEditedBy')}: ${item.lastEditedByName ?? `#${String(item.lastEditedBy)}`}`}
      </small>
      {item.approvedVersion && item.approvedVersion !== String(item.latestVersion) && (
        <>
          {' · '}
          <a data-item-diff href={`${edit}/versions/${item.approvedVersion}`}>
            <small>{translate(i18n, 'admin:diff')}</small>
          </a>
        </>
      )}
    </>
  )
}

/**
 * A release's items in its workflow panel, and what blocks its publication:
 * items not approved, incomplete translations, links to documents that are
 * neither public nor in the release (the server refuses the same).
 */
export const ReleaseItems: React.FC<{ items: Item[] }> = ({ items }) => {
  const { i18n } = useTranslation()
  const blocked = items
    .map((item) => ({ blockers: blockersOf(i18n, item), item }))
    .filter(({ blockers }) => blockers.length > 0)
  const { getEntityConfig } = useConfig()
  // A missing item by its collection's name in the admin's language (the client config has it
  // resolved, or per language), not by its slug.
  const nameOf = (item: Item) => {
    if ('title' in item) return item.title
    const label = getEntityConfig({ collectionSlug: item.collection })?.labels.singular as
      Record<string, string> | string | undefined
    const name = typeof label === 'object' ? inLanguage({ i18n }, label) : label
    return `${name ?? item.collection} #${item.id}`
  }
  return (
    <div data-release-items style={{ ...box, ...wrap }}>
      <strong>
        {translate(i18n, 'admin:items')} ({items.length})
      </strong>
      <ul style={list}>
        {items.map((item) => (
          <li
            data-release-item={`${item.collection}:${item.id}`}
            key={`${item.collection}:${item.id}`}
            style={{ marginBottom: '0.4rem' }}
          >
            {'state' in item ? <ReleaseItem item={item} /> : nameOf(item)}
          </li>
        ))}
      </ul>
      {blocked.length === 0 ? (
        <p data-release-ready style={{ margin: '0.4rem 0 0' }}>
          {translate(i18n, 'admin:releaseReady')}
        </p>
      ) : (
        <div data-release-blocked style={{ marginTop: '0.4rem' }}>
          <strong>{translate(i18n, 'admin:releaseBlocked')}</strong>
          <ul style={list}>
            {blocked.flatMap(({ blockers, item }) =>
              blockers.map(({ key, text }) => (
                <li data-blocker={key} key={`${item.collection}:${item.id}:${key}`}>
                  {nameOf(item)}: {text}
                </li>
              )),
            )}
          </ul>
        </div>
      )}
    </div>
  )
}

/** The releases list's `items` column: how many documents the release holds. */
export const ReleaseItemCountCell: React.FC<DefaultCellComponentProps> = ({ cellData }) => (
  <span data-release-item-count>{Array.isArray(cellData) ? cellData.length : 0}</span>
)
