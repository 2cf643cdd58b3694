'use client'
import { Button, toast, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { WorkflowDescription } from '../service'

import { translate } from '../translations'
import { RELEASES_SLUG } from '../types'
import { useAdminRoute } from './api'
import { useNewRelease } from './new-release'
import { StatePill } from './StatePill'
import { box, list, wrap } from './styles'

/**
 * The documents this one links to that readers cannot see yet, each with its
 * state and a link to it, and the release that publishes them together: the
 * open release the document is in, or a button creating one with the
 * document and all these links, which then opens it.
 */
export const UnpublishedLinks: React.FC<{ workflow: WorkflowDescription }> = ({ workflow }) => {
  const { i18n } = useTranslation()
  const adminRoute = useAdminRoute()
  const newRelease = useNewRelease()
  const [busy, setBusy] = useState(false)
  const { release, unpublishedLinks } = workflow
  if (!release && unpublishedLinks.length === 0) return null

  const createRelease = async () => {
    setBusy(true)
    const document = { collection: workflow.collection, id: workflow.id }
    const result = await newRelease([document, ...unpublishedLinks], i18n.language)
    if ('error' in result) {
      setBusy(false)
      toast.error(result.error || translate(i18n, 'admin:addToRelease'))
      return
    }
    window.location.assign(`${adminRoute}/collections/${RELEASES_SLUG}/${result.id}`)
  }

  return (
    <div data-unpublished-links style={box}>
      {unpublishedLinks.length > 0 && (
        <>
          <strong>{translate(i18n, 'admin:unpublishedLinks')}</strong>
          <ul style={list}>
            {unpublishedLinks.map((link) => (
              <li
                data-unpublished-link={`${link.collection}:${link.id}`}
                key={`${link.collection}:${link.id}`}
                style={{ ...wrap, marginBottom: '0.25rem' }}
              >
                <StatePill label={link.stateLabel} state={link.state} />{' '}
                <a href={`${adminRoute}/collections/${link.collection}/${link.id}`}>{link.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {release ? (
        <p data-in-release={release.id} style={{ margin: '0.4rem 0 0' }}>
          <a href={`${adminRoute}/collections/${RELEASES_SLUG}/${release.id}`}>
            {translate(i18n, 'admin:inRelease')} #{release.id}
          </a>
        </p>
      ) : (
        <div style={{ marginTop: '0.4rem' }}>
          <Button
            buttonStyle="secondary"
            disabled={busy}
            margin={false}
            onClick={() => void createRelease()}
            size="small"
          >
            <span data-add-to-release>{translate(i18n, 'admin:addToRelease')}</span>
          </Button>
        </div>
      )}
    </div>
  )
}
