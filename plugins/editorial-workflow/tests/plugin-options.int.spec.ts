import type { PayloadRequest } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { ar } from '@payloadcms/translations/languages/ar'
import { en } from '@payloadcms/translations/languages/en'
import { configToJSONSchema } from 'payload'

import type { EditorialWorkflowOptions, TransitionDefinition } from '@jusur/editorial-workflow'
import type { Json, Reply } from './helpers/api'
import { describeIntegration, sleep, testConfig } from './helpers/test-payload'
import { startWorkflowBed, type WorkflowBed } from './helpers/workflow-bed'

/**
 * The options, honoured: a graph of its own (states, initial state,
 * transitions), where an edit leads (stateAfterEdit), who has which role
 * (rolesOf), what parity means, notifications off; and `disabled`. The app
 * words one refusal its own way, in English (its i18n config).
 */

const STATES = {
  idea: { ar: 'فكرة', en: 'Idea' },
  review: { ar: 'مراجعة', en: 'Review' },
  ready: { ar: 'جاهز', en: 'Ready' },
  live: { ar: 'على الهواء', en: 'Live' },
}

const TRANSITIONS: TransitionDefinition[] = [
  {
    name: 'send',
    effect: 'submit',
    from: ['idea'],
    label: { ar: 'أرسل', en: 'Send' },
    roles: ['writer'],
    to: 'review',
  },
  {
    name: 'accept',
    effect: 'approve',
    fourEyes: true,
    from: ['review'],
    label: { ar: 'اقبل', en: 'Accept' },
    roles: ['chief'],
    to: 'ready',
  },
  {
    name: 'go_live',
    effect: 'publish',
    from: ['ready'],
    label: { ar: 'انشر', en: 'Go live' },
    requiresParity: true,
    roles: ['chief'],
    to: 'live',
  },
  {
    name: 'pull',
    effect: 'unpublish',
    from: ['live'],
    label: { ar: 'اسحب', en: 'Pull' },
    requiresComment: true,
    roles: ['chief'],
    to: 'idea',
  },
]

/** Roles come from the user's desk; the `roles` field means nothing to this workflow. */
const rolesOf = (user: PayloadRequest['user']) => {
  const desk = (user as { desk?: null | string } | null | undefined)?.desk
  return desk ? [desk] : []
}

const OPTIONS: EditorialWorkflowOptions = {
  collections: ['posts'],
  initialState: 'idea',
  notifications: { enabled: false },
  parity: { fields: { posts: ['title', 'body'] } },
  rolesOf,
  scheduling: { autoRun: false },
  stateAfterEdit: { review: 'idea' },
  states: STATES,
  transitions: TRANSITIONS,
}

const USERS = {
  admin: { roles: ['admin'] },
  chief: { extra: { desk: 'chief' }, roles: [] },
  writer: { extra: { desk: 'writer' }, roles: ['admin'] },
}

/** The test bed's languages, and the app's own English for one of the plugin's refusals. */
const I18N = {
  fallbackLanguage: 'ar' as const,
  supportedLanguages: { ar, en },
  translations: { en: { 'editorial-workflow': { error: { role: 'Not your desk.' } } } },
}

describeIntegration('editorial-workflow plugin with its options', () => {
  let { api, bed, staff: users, stop } = {} as WorkflowBed<keyof typeof USERS>

  beforeAll(async () => {
    ;({ api, bed, staff: users, stop } = await startWorkflowBed(USERS, OPTIONS, { i18n: I18N }))
  })
  afterAll(() => stop?.())

  type Name = keyof typeof USERS
  const transition = (member: Name, id: number | string, body: Json) =>
    api.request('POST', `/posts/${id}/workflow`, { body, token: users[member].token })
  const workflowOf = async (id: number | string, member: Name = 'chief') =>
    (await api.request('GET', `/posts/${id}/workflow`, { token: users[member].token })).body
  const save = (id: number | string, locale: string, body: Json) =>
    api.request('PATCH', `/posts/${id}?draft=true&locale=${locale}`, {
      body,
      token: users.writer.token,
    })
  const refusal = (reply: Reply) => ({
    reason: reply.body.errors?.[0]?.data?.reason,
    status: reply.status,
  })
  const publicTitle = async (id: number | string) => {
    const reply = await api.request('GET', `/posts/${id}?locale=ar`)
    return reply.status === 200 ? reply.body.title : null
  }

  /** Title and body in Arabic and, unless told otherwise, in English, by the writer. */
  const post = async (title: string, english: Json = { body: 'Text', title: `EN ${title}` }) => {
    const created = await api.request('POST', '/posts?draft=true&locale=ar', {
      body: { body: 'نص', title },
      token: users.writer.token,
    })
    expect(created.status).toBe(201)
    expect((await save(created.body.doc.id, 'en', english)).status).toBe(200)
    return created.body.doc.id as number | string
  }

  const ready = async (title: string) => {
    const id = await post(title)
    expect((await transition('writer', id, { transition: 'send' })).status).toBe(200)
    expect((await transition('chief', id, { transition: 'accept' })).status).toBe(200)
    return id
  }

  it('starts documents in its own initial state, among its own states', async () => {
    const posts = bed.config.collections.find(
      (collection) => (collection.slug as string) === 'posts',
    )!
    const state = posts.fields.find(
      (field) => 'name' in field && field.name === 'workflowState',
    ) as Json
    expect(state.defaultValue).toBe('idea')
    expect(state.options.map((option: Json) => option.value)).toEqual([
      'idea',
      'review',
      'ready',
      'live',
    ])
    const id = await post('فكرة أولى')
    expect(await workflowOf(id, 'writer')).toMatchObject({
      state: 'idea',
      stateLabel: 'فكرة',
      transitions: [{ label: 'أرسل', name: 'send' }],
    })
  })

  it('takes its own transitions and none of the defaults', async () => {
    const id = await post('رسم بياني')
    expect(refusal(await transition('writer', id, { transition: 'submit' }))).toEqual({
      reason: 'unknownTransition',
      status: 400,
    })
    expect((await transition('writer', id, { transition: 'send' })).body.state).toBe('review')
    expect(refusal(await transition('chief', id, { transition: 'approve' }))).toEqual({
      reason: 'unknownTransition',
      status: 400,
    })
    expect((await transition('chief', id, { transition: 'accept' })).body.state).toBe('ready')
    const live = await transition('chief', id, { transition: 'go_live' })
    expect(live.body).toMatchObject({ published: true, state: 'live', stateLabel: 'على الهواء' })
    expect(await publicTitle(id)).toBe('رسم بياني')
    expect(refusal(await transition('chief', id, { transition: 'pull' }))).toEqual({
      reason: 'commentRequired',
      status: 400,
    })
    const pulled = await transition('chief', id, { comment: 'خطأ في الأرقام', transition: 'pull' })
    // Back to the initial state: published no more, the approval gone.
    expect(pulled.body).toMatchObject({ approvedVersion: null, published: false, state: 'idea' })
    expect(await publicTitle(id)).toBeNull()
    expect(pulled.body.history.map((event: Json) => event.transition)).toEqual([
      'send',
      'accept',
      'go_live',
      'pull',
    ])
  })

  it('asks rolesOf who may do what, and who is staff', async () => {
    const id = await post('الأدوار')
    // `writer` has roles: ['admin'] but the desk decides; `admin` has no desk, so no role at all.
    expect(refusal(await transition('admin', id, { transition: 'send' }))).toEqual({
      reason: 'role',
      status: 403,
    })
    expect((await transition('writer', id, { transition: 'send' })).status).toBe(200)
    expect(refusal(await transition('writer', id, { transition: 'accept' }))).toEqual({
      reason: 'role',
      status: 403,
    })
    // Four eyes on the custom graph: the chief may accept what the writer sent, not what the chief edited.
    await api.request('PATCH', `/posts/${id}?draft=true&locale=ar`, {
      body: { body: 'نص من الرئيس' },
      token: users.chief.token,
    })
    expect((await workflowOf(id)).state).toBe('idea')
    expect((await transition('writer', id, { transition: 'send' })).status).toBe(200)
    expect(refusal(await transition('chief', id, { transition: 'accept' }))).toEqual({
      reason: 'fourEyes',
      status: 403,
    })

    const asAdmin = await api.request('GET', `/posts/${id}?draft=true`, {
      token: users.admin.token,
    })
    expect(asAdmin.body).not.toHaveProperty('workflowState')
    expect(
      (await api.request('GET', `/posts/${id}?draft=true`, { token: users.chief.token })).body
        .workflowState,
    ).toBe('review')
    expect(
      (await api.request('GET', '/workflow-events', { token: users.admin.token })).status,
    ).toBe(403)
    expect(
      (await api.request('GET', '/workflow-events', { token: users.chief.token })).status,
    ).toBe(200)
  })

  it('words its refusals as the app’s i18n config does, in the caller’s language', async () => {
    const id = await post('بصياغة التطبيق')
    const send = (headers: Record<string, string>) =>
      api.request('POST', `/posts/${id}/workflow`, {
        body: { transition: 'send' },
        headers,
        token: users.admin.token,
      })
    const english = await send({ 'accept-language': 'en' })
    expect(refusal(english)).toEqual({ reason: 'role', status: 403 })
    expect(english.body.errors[0].message).toBe('Not your desk.')
    // Not overridden in Arabic: the plugin's own text.
    expect((await send({})).body.errors[0].message).toBe('دورك لا يسمح بهذا الإجراء.')
  })

  it('uses its parity fields: here the body too must be there in every language', async () => {
    // The default parity (required localized fields) would be the title alone.
    const id = await post('بلا نص إنجليزي', { title: 'No English body' })
    await transition('writer', id, { transition: 'send' })
    await transition('chief', id, { transition: 'accept' })
    const refused = await transition('chief', id, { transition: 'go_live' })
    expect(refusal(refused)).toEqual({ reason: 'parity', status: 403 })
    expect(refused.body.errors[0].message).toMatch(/الناقصة: الإنجليزية$/)
    expect((await workflowOf(id)).translations).toEqual([
      { locale: 'ar', reason: null, status: 'complete' },
      { locale: 'en', reason: null, status: 'missing' },
    ])
  })

  it('moves an edited document where stateAfterEdit says, and nowhere else', async () => {
    const inReview = await post('قيد المراجعة')
    await transition('writer', inReview, { transition: 'send' })
    await save(inReview, 'ar', { title: 'قيد المراجعة، معدلة' })
    const sentBack = await workflowOf(inReview)
    expect(sentBack.state).toBe('idea')
    expect(sentBack.history.at(-1)).toMatchObject({
      from: 'review',
      to: 'idea',
      transition: 'edited',
    })

    // Not in the map: `ready` stays `ready` after an edit, but the approval no longer matches the content.
    const accepted = await ready('جاهز للنشر')
    await save(accepted, 'ar', { title: 'جاهز للنشر، معدلة' })
    await save(accepted, 'en', { title: 'Ready, edited' })
    expect((await workflowOf(accepted)).state).toBe('ready')
    expect(refusal(await transition('chief', accepted, { transition: 'go_live' }))).toEqual({
      reason: 'changedSinceApproval',
      status: 409,
    })
    expect(await publicTitle(accepted)).toBeNull()

    const live = await ready('على الهواء')
    expect((await transition('chief', live, { transition: 'go_live' })).status).toBe(200)
    await save(live, 'ar', { title: 'مسودة جديدة' })
    expect(await workflowOf(live)).toMatchObject({ published: true, state: 'live' })
    expect(await publicTitle(live)).toBe('على الهواء')
  })

  it('shows the custom graph in the queue', async () => {
    const waiting = await post('في الطابور')
    await transition('writer', waiting, { transition: 'send' })
    const queueOf = async (member: Name) =>
      (await api.request('GET', '/workflow/queue', { token: users[member].token })).body
    expect((await queueOf('chief')).items[0]).toMatchObject({ id: waiting, state: 'review' })
    expect((await queueOf('chief')).counts.review.label).toBe('مراجعة')
    expect((await queueOf('writer')).items.map((item: Json) => item.state)).not.toContain('review')
    expect(await queueOf('admin')).toEqual({ counts: {}, items: [], translations: null })
  })

  it('sends no e-mail with notifications disabled', async () => {
    await ready('بلا بريد')
    await sleep(300)
    expect(bed.mailbox).toEqual([])
  })

  describe('disabled: true', () => {
    const sanitized = (disabled: boolean) =>
      testConfig(sqliteAdapter({ client: { url: 'file::memory:' } }), [], {
        ...OPTIONS,
        disabled,
      })

    it('keeps the schema Payload derives from the config, as when enabled', async () => {
      const plain = await sanitized(true)
      const schema = configToJSONSchema(plain, 'number')
      expect(schema).toEqual(configToJSONSchema(await sanitized(false), 'number'))
      expect(Object.keys(schema.definitions!)).toEqual(
        expect.arrayContaining(['posts', 'workflow-events', 'payload-jobs']),
      )
      expect(plain.jobs.tasks!.map((task) => task.slug)).toEqual([
        'editorialWorkflowPublish',
        'schedulePublish',
      ])
    })

    it('runs nothing of the workflow: no endpoints, queue, scheduler or admin components', async () => {
      const plain = await sanitized(true)
      const posts = plain.collections.find((collection) => (collection.slug as string) === 'posts')!
      expect((posts.endpoints || []).map((endpoint) => endpoint.path)).not.toContain(
        '/:id/workflow',
      )
      expect(plain.endpoints.map((endpoint) => endpoint.path)).not.toContain('/workflow/queue')
      expect(plain.admin.components?.beforeDashboard ?? []).toEqual([])
      const state = posts.fields.find((field) => 'name' in field && field.name === 'workflowState')
      expect(state?.admin?.components).toBeUndefined()
    })
  })
})
