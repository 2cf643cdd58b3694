import type { AdminViewServerProps, CollectionSlug } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { getTranslation } from '@payloadcms/translations'
import { redirect } from 'next/navigation'
import React from 'react'

import { isStaff } from '../../access'
import { inCallerLanguage } from '../../lib/caller-language'
import { workflowStateOptions } from '../workflow-states'
import { CalendarClient, type CalendarOption } from './CalendarClient'
import { CALENDAR_TEXTS } from './texts'

/**
 * `/admin/calendar`: the content calendar, in the admin's frame. The page
 * names the collections and workflow states to filter by in the admin's
 * language; the calendar itself reads `GET /api/calendar` (staff only).
 */
export const CalendarView: React.FC<AdminViewServerProps & { collections: string[] }> = ({
  collections,
  initPageResult,
  params,
  searchParams,
}) => {
  const { locale, permissions, req, visibleEntities } = initPageResult
  if (!req.user) redirect(`${req.payload.config.routes.admin}/login?redirect=calendar`)
  const { i18n, payload } = req
  const options: CalendarOption[] = collections.map((slug) => ({
    label: getTranslation(payload.collections[slug as CollectionSlug].config.labels.plural, i18n),
    value: slug,
  }))
  const states: CalendarOption[] = workflowStateOptions(payload, collections[0]!).map((option) => ({
    label: getTranslation(option.label, i18n) as string,
    value: option.value,
  }))
  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      // The header's actions (the notifications bell), which Payload's own views get from the config.
      viewActions={payload.config.admin.components?.actions}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        {isStaff(req.user) ? (
          <CalendarClient collections={options} states={states} />
        ) : (
          <p>{inCallerLanguage(req, CALENDAR_TEXTS.staffOnly)}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
