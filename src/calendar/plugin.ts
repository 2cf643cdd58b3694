import type { Config, Plugin } from 'payload'

import { CALENDAR_TEXTS } from './admin/texts'
import { calendarEndpoint } from './endpoint'

/**
 * The content calendar (issue #21): `GET /api/calendar` (./endpoint.ts) and
 * the admin view `/admin/calendar` with its link in the navigation, over the
 * given report collections.
 */
export const calendarPlugin =
  (collections: readonly string[]): Plugin =>
  (config: Config): Config => ({
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        afterNavLinks: [
          ...(config.admin?.components?.afterNavLinks ?? []),
          '/src/calendar/admin/CalendarNavLink#CalendarNavLink',
        ],
        views: {
          ...config.admin?.components?.views,
          calendar: {
            Component: {
              path: '/src/calendar/admin/CalendarView#CalendarView',
              serverProps: { collections: [...collections] },
            },
            // The tab's title (else Payload's «Payload»). A custom view's is one text, not one per
            // language: the admin's default, Arabic; the calendar writes the English one in the English admin.
            meta: { title: CALENDAR_TEXTS.title.ar },
            path: '/calendar',
          },
        },
      },
    },
    endpoints: [...(config.endpoints ?? []), calendarEndpoint(collections)],
  })
