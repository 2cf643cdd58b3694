import type { CollectionConfig, Config, Field, Payload, PayloadRequest } from 'payload'

import { describe, expect, it, jest } from '@jest/globals'
import * as GraphQL from 'graphql'

import {
  DEFAULT_STATES,
  editorialWorkflow,
  type EditorialWorkflowOptions,
} from '@jusur/editorial-workflow'
import { translate } from '../src/translations'

const posts = (): CollectionConfig => ({
  slug: 'posts',
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    { name: 'body', type: 'text', localized: true },
  ],
  hooks: { beforeChange: [() => undefined], afterChange: [() => undefined] },
  versions: { drafts: true },
})
const pages = (): CollectionConfig => ({ slug: 'pages', fields: [{ name: 'title', type: 'text' }] })
const members = (): CollectionConfig => ({
  slug: 'members',
  auth: true,
  fields: [{ name: 'roles', type: 'json' }],
})

const baseConfig = (more: Partial<Config> = {}): Config =>
  ({
    admin: { user: 'members' },
    collections: [posts(), pages(), members()],
    localization: { defaultLocale: 'ar', locales: ['ar', 'en'] },
    ...more,
  }) as Config

const apply = (options: Partial<EditorialWorkflowOptions> = {}, config = baseConfig()) =>
  editorialWorkflow({ collections: ['posts'], ...options })(config)

const collection = (config: Config, slug: string) =>
  config.collections!.find((candidate) => candidate.slug === slug)!
const field = (fields: Field[], name: string) =>
  fields.find((candidate) => 'name' in candidate && candidate.name === name) as Record<string, any>

const request = (user: unknown, context: Record<string, unknown> = {}) =>
  ({ context, user }) as unknown as PayloadRequest

describe('editorialWorkflow(options)(config)', () => {
  it('refuses a collection without drafts', () => {
    const config = baseConfig({ collections: [{ ...posts(), versions: true }, members()] })
    expect(() => apply({}, config)).toThrow(
      'editorialWorkflow: collection "posts" needs versions.drafts enabled',
    )
    const none = baseConfig({ collections: [{ ...posts(), versions: undefined }, members()] })
    expect(() => apply({}, none)).toThrow(/needs versions\.drafts/)
  })

  it('adds the state and the bookkeeping to the workflow collections only', () => {
    const config = apply()
    const fields = collection(config, 'posts').fields
    expect(fields.map((candidate) => ('name' in candidate ? candidate.name : ''))).toEqual([
      'workflowState',
      'translationStatus',
      'workflow',
      'title',
      'body',
    ])
    const state = field(fields, 'workflowState')
    expect(state).toMatchObject({ defaultValue: 'draft', index: true, type: 'select' })
    expect(state.options.map((option: { value: string }) => option.value)).toEqual(
      Object.keys(DEFAULT_STATES),
    )
    expect(state.admin.components).toEqual({
      Cell: '@jusur/editorial-workflow/client#StatePillCell',
      Field: '@jusur/editorial-workflow/client#WorkflowPanel',
    })
    const workflow = field(fields, 'workflow')
    expect(workflow.fields.map((sub: { name: string }) => sub.name)).toEqual([
      'sequence',
      'assignee',
      'submittedBy',
      'lastEditedBy',
      'contributors',
      'approvedBy',
      'approvedVersion',
      'publishAt',
      'sourceLocale',
      'translations',
    ])
    // The people in the bookkeeping are users of the admin's auth collection.
    expect(field(workflow.fields, 'assignee').relationTo).toBe('members')
    // Other collections are left as they were.
    expect(collection(config, 'pages')).toEqual(pages())
    expect(field(collection(config, 'members').fields, 'workflowState')).toBeUndefined()
  })

  it('puts the gate first among beforeChange hooks, then the translations summary, and keeps the collection’s own', () => {
    const original = posts()
    const config = apply({}, baseConfig({ collections: [original, members()] }))
    const hooks = collection(config, 'posts').hooks!
    expect(hooks.beforeChange).toHaveLength(3)
    expect(hooks.beforeChange![2]).toBe(original.hooks!.beforeChange![0])
    expect(hooks.beforeChange![0]).not.toBe(original.hooks!.beforeChange![0])
    // The collection's own, then the gate's bookkeeping, then version pruning.
    expect(hooks.afterChange).toHaveLength(3)
    expect(hooks.afterChange![0]).toBe(original.hooks!.afterChange![0])
    expect(hooks.beforeOperation).toHaveLength(1)
  })

  it('takes version pruning over from Payload, which would delete the approved version', () => {
    const config = apply(
      {},
      baseConfig({
        collections: [{ ...posts(), versions: { drafts: true, maxPerDoc: 7 } }, members()],
      }),
    )
    expect(collection(config, 'posts').versions).toEqual({ drafts: true, maxPerDoc: 0 })
  })

  it('keeps the collection’s update access outside transitions, and logged-in users without one', () => {
    const update = jest.fn(() => false)
    const guarded = apply(
      {},
      baseConfig({ collections: [{ ...posts(), access: { update } }, members()] }),
    )
    const wrapped = collection(guarded, 'posts').access!.update!
    expect(wrapped({ req: request({ id: 1 }) } as never)).toBe(false)
    expect(update).toHaveBeenCalledTimes(1)
    // A caller cannot claim a transition by putting the marker in the context: only marks the service issued count.
    expect(
      wrapped({
        id: 1,
        req: request(
          { id: 1 },
          { 'editorialWorkflow.transition': { collection: 'posts', id: 1, name: 'publish' } },
        ),
      } as never),
    ).toBe(false)

    const open = collection(apply(), 'posts').access!
    expect(open.update!({ req: request({ id: 1 }) } as never)).toBe(true)
    expect(open.update!({ req: request(null) } as never)).toBe(false)
    expect(open.readVersions!({ req: request(null) } as never)).toBe(false)
  })

  it('adds the append-only history collection, readable by staff only', () => {
    const config = apply({
      rolesOf: (user) => ((user as { desk?: string } | null)?.desk ? ['desk'] : []),
    })
    const events = collection(config, 'workflow-events')
    expect(config.collections!.at(-3)).toBe(events)
    const access = events.access!
    expect(access.read!({ req: request({ desk: 'news' }) } as never)).toBe(true)
    expect(access.read!({ req: request({ roles: ['admin'] }) } as never)).toBe(false)
    expect(access.create!({ req: request({ desk: 'news' }) } as never)).toBe(false)
    expect(access.update!({ req: request({ desk: 'news' }) } as never)).toBe(false)
    expect(access.delete!({ req: request({ desk: 'news' }) } as never)).toBe(false)
    const sequenceKey = field(events.fields, 'sequenceKey')
    expect(sequenceKey).toMatchObject({ required: true, unique: true })
  })

  it('adds the feed of public changes after it: staff read its entries, nobody writes them but the plugin', () => {
    const config = apply({
      rolesOf: (user) => ((user as { desk?: string } | null)?.desk ? ['desk'] : []),
    })
    const changes = collection(config, 'public-changes')
    expect(config.collections!.at(-2)).toBe(changes)
    const access = changes.access!
    expect(access.read!({ req: request({ desk: 'news' }) } as never)).toBe(true)
    expect(access.read!({ req: request(null) } as never)).toBe(false)
    // The plugin's own mark, forged into the context, opens nothing.
    const forged = request(null, { 'editorialWorkflow.publicChanges': { feed: true } })
    expect(access.read!({ req: forged } as never)).toBe(false)
    expect(access.create!({ req: forged } as never)).toBe(false)
    expect(access.create!({ req: request({ desk: 'news' }) } as never)).toBe(false)
    expect(access.update!({ req: request({ desk: 'news' }) } as never)).toBe(false)
    expect(access.delete!({ req: request({ desk: 'news' }) } as never)).toBe(false)
    // Its GraphQL is the feed's own query, not Payload's.
    expect(changes.graphQL).toBe(false)
    expect(
      field(changes.fields, 'kind').options.map((option: { value: string }) => option.value),
    ).toEqual(['published', 'updated', 'corrected', 'retracted', 'unpublished', 'deleted'])
  })

  it('adds each user’s inbox last: read and marked read by its recipient alone, written by the plugin alone', () => {
    const inbox = collection(apply(), 'workflow-notifications')
    const access = inbox.access!
    const member = request({ collection: 'members', id: 7, roles: ['reviewer'] })
    for (const operation of ['read', 'update'] as const) {
      expect(access[operation]!({ req: member } as never)).toEqual({ recipient: { equals: 7 } })
      // A user of another auth collection (a website's API key) with the same id reads nothing.
      expect(access[operation]!({ req: request({ collection: 'keys', id: 7 }) } as never)).toBe(
        false,
      )
      expect(access[operation]!({ req: request(null) } as never)).toBe(false)
    }
    const forged = request(null, { 'editorialWorkflow.inbox': { inbox: true } })
    expect(access.create!({ req: forged } as never)).toBe(false)
    expect(access.delete!({ req: member } as never)).toBe(false)
    // The recipient changes nothing but when it was read.
    const changeable = inbox.fields
      .filter(
        (candidate) =>
          (candidate as { access?: { update?: () => boolean } }).access?.update?.() !== false,
      )
      .map((candidate) => (candidate as { name: string }).name)
    expect(changeable).toEqual(['readAt'])
    expect(inbox.graphQL).toBe(false)
  })

  it('adds the REST endpoints, the dashboard queue, the bell and the GraphQL operations, keeping what was there', () => {
    const previousQuery = { type: 'previous' }
    const config = apply(
      {},
      baseConfig({
        endpoints: [{ handler: () => Response.json({}), method: 'get', path: '/health' }],
        graphQL: {
          mutations: () => ({ previousMutation: previousQuery }),
          queries: () => ({ previousQuery }),
        },
      }),
    )
    expect(collection(config, 'posts').endpoints).toEqual([
      // The list's bulk steps and the submit dialog's reviewer picker.
      expect.objectContaining({ method: 'get', path: '/workflow/transitions' }),
      expect.objectContaining({ method: 'post', path: '/workflow/bulk' }),
      expect.objectContaining({ method: 'get', path: '/workflow/reviewers' }),
      expect.objectContaining({ method: 'get', path: '/:id/workflow' }),
      expect.objectContaining({ method: 'post', path: '/:id/workflow' }),
      // Payload's version restore, replaced by a draft restore.
      expect.objectContaining({ method: 'post', path: '/versions/:id' }),
    ])
    expect(config.endpoints!.map((endpoint) => endpoint.path)).toEqual([
      '/health',
      '/workflow/queue',
      '/changes',
    ])
    expect(config.admin!.components!.beforeDashboard).toEqual([
      '@jusur/editorial-workflow/client#WorkflowQueue',
    ])
    expect(config.admin!.components!.actions).toEqual([
      '@jusur/editorial-workflow/client#NotificationBell',
    ])
    const queries = config.graphQL!.queries!(GraphQL as never, {} as never)
    const mutations = config.graphQL!.mutations!(GraphQL as never, {} as never)
    expect(Object.keys(queries).sort()).toEqual(['Changes', 'previousQuery', 'workflowState'])
    expect(Object.keys(mutations).sort()).toEqual([
      'previousMutation',
      'workflowTransition',
      'workflowTransitionMany',
    ])
    // Payload's bulk edit, publish and unpublish are off; the list offers bulk transitions.
    expect(collection(config, 'posts')).toMatchObject({
      admin: {
        components: { beforeListTable: ['@jusur/editorial-workflow/client#BulkTransitions'] },
      },
      disableBulkEdit: true,
    })
  })

  it('adds the releases collection, under the workflow, with its admin components', () => {
    const config = apply({ releases: true })
    expect(collection(apply(), 'releases')).toBeUndefined()
    const releases = collection(config, 'releases')
    expect(releases.admin?.defaultColumns).toEqual(['title', 'items', 'updatedAt', 'workflowState'])
    expect(field(releases.fields, 'items').admin.components).toEqual({
      Cell: '@jusur/editorial-workflow/client#ReleaseItemCountCell',
    })
    // The workflow panel, which lists a release's items, stands in for its state field.
    expect(field(releases.fields, 'workflowState').admin.components.Field).toBe(
      '@jusur/editorial-workflow/client#WorkflowPanel',
    )
  })

  it('lists the embargo beside the state where the record is kept, and puts the correction note in the sidebar', () => {
    const listed = { ...posts(), admin: { defaultColumns: ['title', 'embargoUntil'] } }
    const options = { record: { collections: ['posts'] }, releases: true }
    const config = apply(options, baseConfig({ collections: [listed, members()] }))
    const withRecord = collection(config, 'posts')
    expect(withRecord.admin?.defaultColumns).toEqual(['title', 'workflowState', 'embargoUntil'])
    expect(field(withRecord.fields, 'embargoUntil').admin.components).toEqual({
      Cell: '@jusur/editorial-workflow/client#EmbargoCell',
    })
    expect(field(withRecord.fields, 'correction').admin.position).toBe('sidebar')
    // Releases have an embargo, not a record; a collection without either, neither.
    expect(collection(config, 'releases').admin?.defaultColumns).toEqual([
      'title',
      'items',
      'updatedAt',
      'workflowState',
      'embargoUntil',
    ])
    expect(field(collection(config, 'releases').fields, 'correction')).toBeUndefined()
    const plain = collection(apply({}, baseConfig({ collections: [listed, members()] })), 'posts')
    expect(plain.admin?.defaultColumns).toEqual(['title', 'workflowState'])
    // Disabled, the field stays (the schema does) without its admin component.
    const disabled = collection(
      apply({ ...options, disabled: true }, baseConfig({ collections: [listed, members()] })),
      'posts',
    )
    expect(field(disabled.fields, 'embargoUntil').admin.components).toBeUndefined()
  })

  it('adds the publishing task and runs its queue every 10 seconds unless told otherwise', async () => {
    const payload = {} as Payload
    const config = apply(
      {},
      baseConfig({ jobs: { autoRun: [{ cron: '0 * * * *', queue: 'nightly' }], tasks: [] } }),
    )
    expect(config.jobs!.tasks!.map((task) => task.slug)).toEqual(['editorialWorkflowPublish'])
    const autoRun = config.jobs!.autoRun as (payload: Payload) => Promise<unknown>
    expect(await autoRun(payload)).toEqual([
      { cron: '0 * * * *', queue: 'nightly' },
      { cron: '*/10 * * * * *', queue: 'editorial-workflow' },
    ])

    const custom = apply(
      { scheduling: { cron: '*/5 * * * *' } },
      baseConfig({ jobs: { autoRun: async () => [{ queue: 'other' }], tasks: [] } }),
    )
    expect(await (custom.jobs!.autoRun as typeof autoRun)(payload)).toEqual([
      { queue: 'other' },
      { cron: '*/5 * * * *', queue: 'editorial-workflow' },
    ])

    const manual = apply({ scheduling: { autoRun: false } })
    expect(await (manual.jobs!.autoRun as typeof autoRun)(payload)).toEqual([])
  })

  it('uses the states, initial state and transitions it is given', () => {
    const states = { idea: { en: 'Idea' }, live: { en: 'Live' } }
    const config = apply({
      initialState: 'idea',
      states,
      transitions: [{ from: ['idea'], label: { en: 'Go' }, name: 'go', roles: ['x'], to: 'live' }],
    })
    const state = field(collection(config, 'posts').fields, 'workflowState')
    expect(state.defaultValue).toBe('idea')
    expect(state.options).toEqual([
      { label: { en: 'Idea' }, value: 'idea' },
      { label: { en: 'Live' }, value: 'live' },
    ])
  })

  describe('disabled: true', () => {
    /** What the database schema is made of: each collection's fields (nested) and version settings, and the job tasks. */
    const schemaOf = (config: Config) => {
      const names = (fields: Field[]): unknown[] =>
        fields.map((candidate) =>
          'fields' in candidate && 'name' in candidate
            ? { [candidate.name]: names(candidate.fields) }
            : 'name' in candidate
              ? `${candidate.name}:${candidate.type}`
              : candidate.type,
        )
      return {
        collections: config.collections!.map((candidate) => ({
          fields: names(candidate.fields),
          slug: candidate.slug,
          timestamps: candidate.timestamps,
          versions: candidate.versions,
        })),
        tasks: config.jobs?.tasks?.map((task) => task.slug),
      }
    }

    it('keeps the schema: the same collections, fields, version settings and task as enabled', () => {
      const disabled = schemaOf(apply({ disabled: true }))
      expect(disabled).toEqual(schemaOf(apply()))
      expect(disabled.collections.map((candidate) => candidate.slug)).toEqual([
        'posts',
        'pages',
        'members',
        'workflow-events',
        'public-changes',
        'workflow-notifications',
      ])
      expect(disabled.collections[0]!.fields.slice(0, 3)).toEqual([
        'workflowState:select',
        'translationStatus:select',
        { workflow: expect.arrayContaining(['approvedVersion:text']) },
      ])
      expect(disabled.tasks).toEqual(['editorialWorkflowPublish'])
    })

    it('adds no gate, access, endpoints, GraphQL operations, scheduler or admin components', () => {
      const update = jest.fn(() => true)
      const original: CollectionConfig = {
        ...posts(),
        access: { update },
        admin: { defaultColumns: ['title'] },
        endpoints: [{ handler: () => Response.json({}), method: 'get', path: '/own' }],
      }
      const config = baseConfig({ collections: [original, members()] })
      const frozen = JSON.stringify(config)
      const disabled = apply({ disabled: true }, config)
      expect(JSON.stringify(config)).toBe(frozen)

      const guarded = collection(disabled, 'posts')
      expect(guarded.access).toBe(original.access)
      expect(guarded.admin).toBe(original.admin)
      expect(guarded.endpoints).toBe(original.endpoints)
      expect(guarded.hooks!.beforeChange).toEqual(original.hooks!.beforeChange)
      expect(guarded.hooks!.beforeOperation).toBeUndefined()
      // The collection's own, then version pruning (the version settings are the plugin's either way).
      expect(guarded.hooks!.afterChange).toHaveLength(2)
      expect(guarded.hooks!.afterChange![0]).toBe(original.hooks!.afterChange![0])
      expect(field(guarded.fields, 'workflowState').admin.components).toBeUndefined()

      expect(disabled.admin).toBe(config.admin)
      expect(disabled.endpoints).toBeUndefined()
      expect(disabled.graphQL).toBeUndefined()
      expect(disabled.jobs!.autoRun).toBeUndefined()
    })
  })

  describe('translations', () => {
    const english = (config: Config) =>
      (config.i18n!.translations as Record<string, any>).en['editorial-workflow']

    it('merges its texts into the config under its namespace, the app’s own overriding them', () => {
      const config = apply(
        {},
        baseConfig({
          i18n: {
            translations: {
              en: { 'editorial-workflow': { admin: { queue: 'Your desk' } }, general: { x: 'y' } },
            },
          },
        }),
      )
      const translations = config.i18n!.translations as Record<string, any>
      expect(english(config).admin).toMatchObject({ cancel: 'Cancel', queue: 'Your desk' })
      expect(translations.en.general).toEqual({ x: 'y' })
      expect(translations.ar['editorial-workflow'].admin.queue).toBe('بانتظار إجرائك')
      expect(english(apply()).admin.queue).toBe('Awaiting your action')
    })

    it('labels its fields and history in the admin’s language, as the config words them', () => {
      const config = apply(
        {},
        baseConfig({
          i18n: { translations: { en: { 'editorial-workflow': { history: { group: 'Log' } } } } },
        }),
      )
      const translations = config.i18n!.translations as Record<string, any>
      const inLanguage = (language: 'ar' | 'en') =>
        ({ i18n: { language, translations: translations[language] }, t: () => '' }) as never
      const state = field(collection(config, 'posts').fields, 'workflowState')
      expect(state.label(inLanguage('ar'))).toBe('حالة التحرير')
      expect(state.label(inLanguage('en'))).toBe('Editorial state')
      const events = collection(config, 'workflow-events')
      expect((events.labels!.plural as (args: never) => string)(inLanguage('en'))).toBe(
        'Workflow history',
      )
      // A collection's admin group takes no label function: it is worded once, in every language.
      expect(events.admin!.group).toEqual({ ar: 'مسار التحرير', en: 'Log' })
    })

    it('words a text in the language of the i18n it is given, its Arabic when there is none', () => {
      const translations = apply().i18n!.translations as Record<string, object>
      expect(translate({ translations: translations.en }, 'error:role')).toBe(
        'Your role does not allow this action.',
      )
      expect(translate({ translations: translations.ar }, 'error:role')).toBe(
        'دورك لا يسمح بهذا الإجراء.',
      )
      // A request without i18n, or a language the plugin has no texts for.
      expect(translate(undefined, 'error:role')).toBe('دورك لا يسمح بهذا الإجراء.')
      expect(translate({ translations: { general: {} } }, 'admin:cancel')).toBe('إلغاء')
    })
  })
})
