'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { CALENDAR_TEXTS } from './texts'

/** The calendar's place in the navigation, after the collections. */
export const CalendarNavLink: React.FC = () => {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  return (
    <a className="nav__link" data-calendar-link href={`${config.routes.admin}/calendar`}>
      <span className="nav__link-label">
        {CALENDAR_TEXTS.title[i18n.language === 'en' ? 'en' : 'ar']}
      </span>
    </a>
  )
}
