import type { CollectionConfig, Config, FieldAccess, PayloadRequest } from 'payload'

import { DEFAULT_STATE_AFTER_EDIT, DEFAULT_STATES, DEFAULT_TRANSITIONS } from './defaults'
import { queueEndpoint, workflowEndpoints } from './endpoints'
import { workflowEventsCollection } from './events'
import { workflowFields } from './fields'
import {
  allowDuringTransition,
  gateAfterChange,
  gateBeforeChange,
  gateBeforeOperation,
} from './gate'
import { workflowGraphQL } from './graphql'
import { requiredLocalizedFields } from './parity'
import { scheduledPublishTask } from './scheduling'
import { performTransition } from './service'
import type { EditorialWorkflowOptions, ResolvedOptions } from './types'
import { pruneVersions, versionLimit } from './versions'

export { DEFAULT_STATES, DEFAULT_TRANSITIONS } from './defaults'
export { WorkflowError } from './errors'
export { describeWorkflow, performTransition } from './service'
export type { TransitionRequest, WorkflowDescription } from './service'
export { WORKFLOW_IMPORT } from './transition-context'
export type * from './types'

const defaultRolesOf = (user: PayloadRequest['user']): string[] => {
  const roles = (user as { roles?: unknown } | null | undefined)?.roles
  return Array.isArray(roles)
    ? roles.filter((role): role is string => typeof role === 'string')
    : []
}

/**
 * The options with every default filled in, for the config `config`: what
 * `performTransition` and `describeWorkflow` take when called from server code.
 */
export const resolveWorkflowOptions = (
  options: EditorialWorkflowOptions,
  config: Pick<Config, 'admin' | 'collections' | 'localization' | 'serverURL'>,
): ResolvedOptions => {
  const localization = config.localization
  const locales = localization
    ? localization.locales.map((locale) => (typeof locale === 'string' ? locale : locale.code))
    : []
  const parityFields = Object.fromEntries(
    options.collections.map((slug) => {
      const collection = config.collections?.find((candidate) => candidate.slug === slug)
      return [
        slug,
        options.parity?.fields?.[slug] ?? requiredLocalizedFields(collection?.fields ?? []),
      ] as const
    }),
  )
  return {
    collections: options.collections,
    defaultLocale: localization ? localization.defaultLocale : undefined,
    eventsSlug: 'workflow-events',
    initialState: options.initialState ?? 'draft',
    locales,
    notifications: {
      adminURL: options.notifications?.adminURL ?? config.serverURL ?? '',
      enabled: options.notifications?.enabled ?? true,
      reviewerRoles: options.notifications?.reviewerRoles ?? ['reviewer'],
    },
    parityFields,
    rolesOf: options.rolesOf ?? defaultRolesOf,
    scheduling: {
      autoRun: options.scheduling?.autoRun ?? true,
      cron: options.scheduling?.cron ?? '*/10 * * * * *',
      queue: 'editorial-workflow',
      taskSlug: 'editorialWorkflowPublish',
    },
    stateAfterEdit: options.stateAfterEdit ?? DEFAULT_STATE_AFTER_EDIT,
    states: options.states ?? DEFAULT_STATES,
    transitions: options.transitions ?? DEFAULT_TRANSITIONS,
    usersSlug: config.admin?.user ?? 'users',
  }
}

/** Adds the workflow to one collection: fields, the gate's hooks, access during transitions, endpoints. */
const withWorkflow = (
  collection: CollectionConfig,
  options: ResolvedOptions,
  staffOnly: FieldAccess,
): CollectionConfig => {
  if (
    !collection.versions ||
    typeof collection.versions !== 'object' ||
    !collection.versions.drafts
  ) {
    throw new Error(
      `editorialWorkflow: collection "${collection.slug}" needs versions.drafts enabled`,
    )
  }
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    admin: {
      ...collection.admin,
      // The state pill is a list column wherever the collection names its columns.
      defaultColumns: collection.admin?.defaultColumns
        ? [
            ...collection.admin.defaultColumns.filter((column) => column !== 'workflowState'),
            'workflowState',
          ]
        : undefined,
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          PublishButton: '@jusur/editorial-workflow/client#PublishedByWorkflow',
          UnpublishButton: '@jusur/editorial-workflow/client#PublishedByWorkflow',
        },
      },
    },
    access: {
      ...collection.access,
      readVersions: allowDuringTransition(collection.slug, collection.access?.readVersions),
      update: allowDuringTransition(collection.slug, collection.access?.update),
    },
    endpoints: [...(collection.endpoints || []), ...workflowEndpoints(options, collection.slug)],
    // The state first, so that its panel heads the edit view's sidebar.
    fields: [...workflowFields(options, staffOnly), ...collection.fields],
    hooks: {
      ...hooks,
      afterChange: [
        ...(hooks.afterChange ?? []),
        gateAfterChange(options),
        pruneVersions(versionLimit(collection.versions)),
      ],
      // First, so that no other hook works on a write the gate refuses.
      beforeChange: [gateBeforeChange(options), ...(hooks.beforeChange ?? [])],
      beforeOperation: [gateBeforeOperation(), ...(hooks.beforeOperation ?? [])],
    },
    // The plugin prunes versions itself (pruneVersions), sparing the approved one.
    versions: { ...collection.versions, maxPerDoc: 0 },
  }
}

/**
 * The editorial workflow: review, approval and publication that no API path
 * can bypass. `editorialWorkflow(options)(config)` returns the config with the
 * workflow applied to `options.collections`; see the README for the states,
 * transitions, rules and API.
 */
export const editorialWorkflow =
  (pluginOptions: EditorialWorkflowOptions) =>
  (config: Config): Config => {
    if (pluginOptions.disabled) return config
    const options = resolveWorkflowOptions(pluginOptions, config)
    const isStaff = (req: PayloadRequest) => options.rolesOf(req.user).length > 0
    const staffOnly: FieldAccess = ({ req }) => isStaff(req)
    const graphQL = workflowGraphQL(options)
    const previousQueries = config.graphQL?.queries
    const previousMutations = config.graphQL?.mutations
    const previousAutoRun = config.jobs?.autoRun

    return {
      ...config,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeDashboard: [
            ...(config.admin?.components?.beforeDashboard ?? []),
            '@jusur/editorial-workflow/client#WorkflowQueue',
          ],
        },
      },
      collections: [
        ...(config.collections ?? []).map((collection) =>
          options.collections.includes(collection.slug)
            ? withWorkflow(collection, options, staffOnly)
            : collection,
        ),
        workflowEventsCollection(options, isStaff),
      ],
      endpoints: [...(config.endpoints ?? []), queueEndpoint(options)],
      graphQL: {
        ...config.graphQL,
        mutations: (GraphQL, context) => ({
          ...previousMutations?.(GraphQL, context),
          ...graphQL.mutations(GraphQL, context),
        }),
        queries: (GraphQL, context) => ({
          ...previousQueries?.(GraphQL, context),
          ...graphQL.queries(GraphQL, context),
        }),
      },
      jobs: {
        ...config.jobs,
        autoRun: async (payload) => {
          const previous =
            typeof previousAutoRun === 'function'
              ? await previousAutoRun(payload)
              : (previousAutoRun ?? [])
          const own = options.scheduling.autoRun
            ? [{ cron: options.scheduling.cron, queue: options.scheduling.queue }]
            : []
          return [...previous, ...own]
        },
        tasks: [
          ...(config.jobs?.tasks ?? []),
          scheduledPublishTask(options, (args) => performTransition({ ...args, options })),
        ],
      },
    }
  }
