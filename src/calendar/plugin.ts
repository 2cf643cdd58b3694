import type { Config, Plugin } from 'payload'

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
            path: '/calendar',
          },
        },
      },
    },
    endpoints: [...(config.endpoints ?? []), calendarEndpoint(collections)],
  })
