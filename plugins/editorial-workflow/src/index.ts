import type {
  CollectionAdminOptions,
  CollectionConfig,
  Config,
  EditConfigWithoutRoot,
  FieldAccess,
  PayloadRequest,
} from 'payload'

import { explainBulkEditRefusal } from './bulk'
import { recordDeletion, watchDeletion } from './changes'
import { publicChangesCollection } from './changes-collection'
import { changesEndpoint } from './changes-feed'
import { DEFAULT_STATE_AFTER_EDIT, DEFAULT_STATES, DEFAULT_TRANSITIONS } from './defaults'
import { queueEndpoint, workflowEndpoints } from './endpoints'
import { workflowEventsCollection } from './events'
import { workflowFields } from './fields'
import {
  allowDuringTransition,
  gateAfterChange,
  gateBeforeChange,
  gateBeforeOperation,
  summarizeTranslations,
} from './gate'
import { workflowGraphQL } from './graphql'
import { inboxCollection } from './inbox-collection'
import { requiredLocalizedFields } from './parity'
import { hasEmbargo, keepsRecord } from './record'
import { correctionField, embargoField, recordFields } from './record-fields'
import {
  admitTombstones,
  goneOverRest,
  listsWithoutTombstones,
  tombstoneForReaders,
} from './record-reads'
import { scheduledPublishTask } from './scheduling'
import { performTransition } from './service'
import { inEveryLanguage, withWorkflowTranslations } from './translations'
import type { EditorialWorkflowOptions, ResolvedOptions } from './types'
import { isRelease, RELEASES_SLUG, refuseDeleteInRelease, releasesCollection } from './releases'
import { pruneVersions, versionLimit } from './versions'

export { MAX_BULK_DOCUMENTS, performBulkTransition } from './bulk'
export type { BulkOutcome } from './bulk'
export { CHANGE_KINDS, PUBLIC_CHANGES_SLUG } from './changes-collection'
export { INBOX_SLUG } from './inbox-collection'
export type { InboxEntry } from './inbox-collection'
export type { ChangeKind, PublicChangeEntry } from './changes-collection'
export { cursorAfter, publicChangeOf } from './changes-feed'
export type { PublicChange, PublicChangesPage } from './changes-feed'
export { DEFAULT_STATES, DEFAULT_TRANSITIONS } from './defaults'
export { translationStatusOf } from './parity'
export { RELEASES_SLUG } from './releases'
export { WorkflowError } from './errors'
export { describeWorkflow, performTransition } from './service'
export type { TransitionRequest, WorkflowDescription } from './service'
export { WORKFLOW_IMPORT } from './transition-context'
export { translate } from './translations'
export type { WorkflowTextKey } from './translations'
export type { WorkflowTexts } from './translations/en'
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
  const releases = Boolean(options.releases)
  const collections = releases ? [...options.collections, RELEASES_SLUG] : options.collections
  const parityFields = Object.fromEntries(
    collections.map((slug) => {
      if (releases && slug === RELEASES_SLUG)
        return [slug, options.parity?.fields?.[slug] ?? ['title']] as const
      const collection = config.collections?.find((candidate) => candidate.slug === slug)
      return [
        slug,
        options.parity?.fields?.[slug] ?? requiredLocalizedFields(collection?.fields ?? []),
      ] as const
    }),
  )
  return {
    collections,
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
    record: {
      collections: options.record?.collections ?? [],
      embargoRoles: options.record?.embargoRoles ?? ['editor', 'admin'],
      firstPublishedField: options.record?.firstPublishedField ?? null,
      keepWhenRetracted: options.record?.keepWhenRetracted ?? [],
    },
    releases,
    releasesAccess: typeof options.releases === 'object' ? options.releases.access : undefined,
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

/** The collection's version settings, which must enable drafts: the working text is the latest draft. */
const draftVersions = ({ slug, versions }: CollectionConfig) => {
  if (!versions || typeof versions !== 'object' || !versions.drafts) {
    throw new Error(`editorialWorkflow: collection "${slug}" needs versions.drafts enabled`)
  }
  return versions
}

type CollectionViews = NonNullable<CollectionAdminOptions['components']>['views']

/**
 * The collection's views with the workflow's versions view (each version with
 * who saved it, taking which transition, in which state); a collection whose
 * own root view replaces every document view keeps it.
 */
const withVersionsView = (views: CollectionViews, options: ResolvedOptions): CollectionViews => {
  const edit = views?.edit
  if (edit?.root) return views
  return {
    ...views,
    // (Payload's type of nested views, an index signature beside `root?: never`, admits no copy of itself.)
    edit: {
      ...edit,
      versions: {
        ...edit?.versions,
        Component: {
          path: '@jusur/editorial-workflow/rsc#VersionsView',
          serverProps: { options },
        },
      },
    } as EditConfigWithoutRoot,
  }
}

/**
 * Adds the workflow to one collection. Enabled or not, the same schema: its
 * fields and version settings (the plugin prunes versions itself, sparing the
 * approved one). Enabled, also the gate's hooks, access during transitions,
 * endpoints and admin components.
 */
const withWorkflow = (
  collection: CollectionConfig,
  options: ResolvedOptions,
  isStaff: (req: PayloadRequest) => boolean,
  enabled: boolean,
): CollectionConfig => {
  const versions = draftVersions(collection)
  const hooks = collection.hooks ?? {}
  const prune = pruneVersions(versionLimit(versions))
  const staffOnly: FieldAccess = ({ req }) => isStaff(req)
  const mayEmbargo: FieldAccess = ({ req }) =>
    options.rolesOf(req.user).some((role) => options.record.embargoRoles.includes(role))
  const record = keepsRecord(options, collection.slug)
  const embargo = hasEmbargo(options, collection.slug)
  // Releases are never public; deleting another workflow document readers could see is a public change.
  const deletionIsPublic = !isRelease(options, collection.slug)
  const schema: CollectionConfig = {
    ...collection,
    // The state first, so that its panel heads the edit view's sidebar; the embargo and correction note follow it.
    fields: [
      ...workflowFields(options, staffOnly, enabled),
      ...(embargo ? [embargoField(staffOnly, mayEmbargo, enabled)] : []),
      ...(record ? [correctionField(staffOnly)] : []),
      ...collection.fields,
      ...(record ? recordFields() : []),
    ],
    hooks: { ...hooks, afterChange: [...(hooks.afterChange ?? []), prune] },
    // The plugin prunes versions itself (pruneVersions), sparing the approved one.
    versions: { ...versions, maxPerDoc: 0 },
  }
  if (!enabled) return schema
  return {
    ...schema,
    // Payload's bulk edit, publish and unpublish would write around the workflow (the gate refuses
    // them); the list offers bulk transitions instead.
    disableBulkEdit: true,
    admin: {
      ...collection.admin,
      // The state pill (and the embargo's time) is a list column wherever the collection names its columns.
      defaultColumns: collection.admin?.defaultColumns
        ? [
            ...collection.admin.defaultColumns.filter(
              (column) => column !== 'workflowState' && column !== 'embargoUntil',
            ),
            'workflowState',
            ...(embargo ? ['embargoUntil'] : []),
          ]
        : undefined,
      components: {
        ...collection.admin?.components,
        beforeListTable: [
          ...(collection.admin?.components?.beforeListTable ?? []),
          '@jusur/editorial-workflow/client#BulkTransitions',
        ],
        edit: {
          ...collection.admin?.components?.edit,
          PublishButton: '@jusur/editorial-workflow/client#PublishedByWorkflow',
          // One state in the header, the workflow's, instead of Payload's draft/published.
          Status: '@jusur/editorial-workflow/client#WorkflowStatus',
          UnpublishButton: '@jusur/editorial-workflow/client#PublishedByWorkflow',
        },
        views: withVersionsView(collection.admin?.components?.views, options),
      },
    },
    access: {
      ...collection.access,
      ...(record && { read: admitTombstones(collection.access?.read) }),
      readVersions: allowDuringTransition(collection.slug, collection.access?.readVersions),
      update: allowDuringTransition(collection.slug, collection.access?.update),
    },
    endpoints: [...(collection.endpoints || []), ...workflowEndpoints(options, collection.slug)],
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), gateAfterChange(options), prune],
      afterError: [...(hooks.afterError ?? []), explainBulkEditRefusal],
      ...(deletionIsPublic && {
        afterDelete: [...(hooks.afterDelete ?? []), recordDeletion(options)],
      }),
      ...(record && {
        afterOperation: [...(hooks.afterOperation ?? []), goneOverRest(isStaff)],
        afterRead: [
          ...(hooks.afterRead ?? []),
          tombstoneForReaders(isStaff, options.record.keepWhenRetracted),
        ],
      }),
      // First, so that no other hook works on a write the gate refuses.
      beforeChange: [
        gateBeforeChange(options),
        summarizeTranslations(options),
        ...(hooks.beforeChange ?? []),
      ],
      // Refusals first; then the feed's lock, before anything else the deletion writes.
      beforeDelete: [
        ...(options.releases ? [refuseDeleteInRelease(options)] : []),
        ...(deletionIsPublic ? [watchDeletion(options)] : []),
        ...(hooks.beforeDelete ?? []),
      ],
      beforeOperation: [
        gateBeforeOperation(),
        ...(record ? [listsWithoutTombstones(isStaff)] : []),
        ...(hooks.beforeOperation ?? []),
      ],
    },
  }
}

/**
 * The editorial workflow: review, approval and publication that no API path
 * can bypass. `editorialWorkflow(options)(config)` returns the config with the
 * workflow applied to `options.collections`; see the README for the states,
 * transitions, rules and API.
 *
 * With `disabled: true` the database schema stays as it is when enabled (the
 * fields, the `workflow-events` history, the `public-changes` feed, the
 * `workflow-notifications` inbox, the version settings and the publishing
 * task, whose name is in Payload's jobs table), so that turning the workflow off and on needs no migration;
 * nothing of the workflow runs: no gate, endpoints, GraphQL operations,
 * scheduler or admin components.
 */
export const editorialWorkflow =
  (pluginOptions: EditorialWorkflowOptions) =>
  (config: Config): Config => {
    const enabled = !pluginOptions.disabled
    const options = resolveWorkflowOptions(pluginOptions, config)
    const isStaff = (req: PayloadRequest) => options.rolesOf(req.user).length > 0
    const i18n = withWorkflowTranslations(config.i18n)
    const publishTask = scheduledPublishTask(options, (args) =>
      performTransition({ ...args, options }),
    )
    // The admin group of the plugin's collections, in every language (Payload takes no label function there).
    const group = inEveryLanguage(i18n.translations ?? {}, 'history:group')
    const releases = options.releases ? [releasesCollection(options, isStaff, group)] : []
    const schema: Config = {
      ...config,
      collections: [
        ...[...(config.collections ?? []), ...releases].map((collection) =>
          options.collections.includes(collection.slug)
            ? withWorkflow(collection, options, isStaff, enabled)
            : collection,
        ),
        workflowEventsCollection(options, isStaff, group),
        publicChangesCollection(isStaff, group),
        inboxCollection(options, group),
      ],
      i18n,
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), publishTask] },
    }
    if (!enabled) return schema

    const graphQL = workflowGraphQL(options)
    const previousQueries = config.graphQL?.queries
    const previousMutations = config.graphQL?.mutations
    const previousAutoRun = config.jobs?.autoRun
    return {
      ...schema,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          // The bell: each user's notifications, in the header of every admin page.
          actions: [
            ...(config.admin?.components?.actions ?? []),
            '@jusur/editorial-workflow/client#NotificationBell',
          ],
          beforeDashboard: [
            ...(config.admin?.components?.beforeDashboard ?? []),
            '@jusur/editorial-workflow/client#WorkflowQueue',
          ],
        },
      },
      endpoints: [...(config.endpoints ?? []), queueEndpoint(options), changesEndpoint(options)],
      // Refusals and retracted documents are the caller's business, not server faults (Payload types only its own names).
      loggingLevels: {
        RetractedError: 'info',
        WorkflowError: 'info',
        ...config.loggingLevels,
      } as Config['loggingLevels'],
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
        ...schema.jobs,
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
      },
    }
  }
