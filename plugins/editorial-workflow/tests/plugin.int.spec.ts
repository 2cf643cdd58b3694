import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { createLocalReq } from 'payload'

import {
  describeWorkflow,
  performTransition,
  WORKFLOW_IMPORT,
  WorkflowError,
} from '@jusur/editorial-workflow'
import type { Json, Reply } from './helpers/api'
import { resolvedDefaults } from './helpers/options'
import {
  describeIntegration,
  eventually,
  loose,
  type LooseLocalAPI,
  sleep,
} from './helpers/test-payload'
import { startWorkflowBed, type WorkflowBed } from './helpers/workflow-bed'

/**
 * The plugin on a Payload app of its own (users with roles, posts with drafts
 * in Arabic and English), with its default options: the states, transitions,
 * rules, API, scheduler, history and notifications, on SQLite and PostgreSQL.
 */

const STAFF = {
  admin: { roles: ['admin'] },
  author: { roles: ['author'] },
  editor: { roles: ['editor'] },
  editor2: { roles: ['editor'] },
  reader: { roles: [] },
  reviewer: { roles: ['reviewer'] },
  reviewer2: { roles: ['reviewer'] },
  translator: { roles: ['translator'] },
}

type StaffName = keyof typeof STAFF

describeIntegration('editorial-workflow plugin on its own', () => {
  let { api, bed, staff, stop } = {} as WorkflowBed<StaffName>
  let local: LooseLocalAPI

  beforeAll(async () => {
    ;({ api, bed, staff, stop } = await startWorkflowBed(STAFF))
    local = loose(bed.payload)
  })
  afterAll(() => stop?.())

  const token = (member: null | StaffName) => (member ? staff[member].token : undefined)

  const transition = (
    member: null | StaffName,
    id: number | string,
    body: Json,
    headers?: Record<string, string>,
  ) => api.request('POST', `/posts/${id}/workflow`, { body, headers, token: token(member) })

  const workflowOf = async (id: number | string, member: StaffName = 'admin') => {
    const reply = await api.request('GET', `/posts/${id}/workflow`, { token: token(member) })
    expect(reply.status).toBe(200)
    return reply.body
  }

  const save = (member: StaffName, id: number | string, locale: string, body: Json) =>
    api.request('PATCH', `/posts/${id}?draft=true&locale=${locale}`, { body, token: token(member) })

  /** Written in Arabic by the author, translated into English by the translator: complete in both. */
  const bilingualPost = async (title: string) => {
    const created = await api.request('POST', '/posts?draft=true&locale=ar', {
      body: { body: `نص ${title}`, title },
      token: token('author'),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number | string
    expect(
      (await save('translator', id, 'en', { body: `Text ${title}`, title: `EN ${title}` })).status,
    ).toBe(200)
    return id
  }

  const approvedPost = async (title: string) => {
    const id = await bilingualPost(title)
    expect((await transition('author', id, { transition: 'submit' })).status).toBe(200)
    expect((await transition('reviewer', id, { transition: 'approve' })).status).toBe(200)
    return id
  }

  const publishedPost = async (title: string) => {
    const id = await approvedPost(title)
    expect((await transition('editor', id, { transition: 'publish' })).status).toBe(200)
    return id
  }

  /** What an anonymous reader gets: the published Arabic title, or null. */
  const publicTitle = async (id: number | string): Promise<null | string> => {
    const reply = await api.request('GET', `/posts/${id}?locale=ar`)
    return reply.status === 200 ? (reply.body.title as string) : null
  }

  /** The live row's status, straight from the database. */
  const liveStatus = async (id: number | string) =>
    (
      (await bed.payload.db.findOne({
        collection: 'posts' as never,
        where: { id: { equals: id } },
      })) as Json | null
    )?._status

  const refusal = (reply: Reply) => ({
    reason: reply.body.errors?.[0]?.data?.reason,
    status: reply.status,
  })

  const localRefusal = async (work: Promise<unknown>) => {
    try {
      await work
    } catch (error) {
      const { data, status } = error as { data?: { reason?: string }; status?: number }
      return { reason: data?.reason, status }
    }
    return { reason: 'accepted', status: 200 }
  }

  it('adds its fields, history, endpoints and task to a plain Payload app', async () => {
    const posts = bed.config.collections.find(
      (collection) => (collection.slug as string) === 'posts',
    )!
    const names = posts.fields.map((field) => ('name' in field ? field.name : null))
    expect(names).toEqual(
      expect.arrayContaining(['title', 'body', 'workflowState', 'workflow', '_status']),
    )
    expect(
      posts.endpoints && posts.endpoints.map((endpoint) => `${endpoint.method} ${endpoint.path}`),
    ).toEqual(expect.arrayContaining(['get /:id/workflow', 'post /:id/workflow']))
    const users = bed.config.collections.find(
      (collection) => (collection.slug as string) === 'users',
    )!
    expect(users.fields.map((field) => ('name' in field ? field.name : null))).not.toContain(
      'workflowState',
    )
    expect(bed.config.collections.map((collection) => collection.slug)).toContain('workflow-events')
    expect(bed.config.jobs.tasks!.map((task) => task.slug)).toEqual(
      expect.arrayContaining(['editorialWorkflowPublish', 'schedulePublish']),
    )

    // A new document starts as a draft in the initial state, whoever creates it and however.
    const created = await local.create({
      collection: 'posts',
      data: { title: 'جديد' },
      draft: true,
    })
    expect(created).toMatchObject({
      _status: 'draft',
      workflow: { lastEditedBy: null, sequence: 0, submittedBy: null },
      workflowState: 'draft',
    })
    const byAuthor = await api.request('POST', '/posts?locale=ar', {
      body: { title: 'جديد' },
      token: token('author'),
    })
    expect(byAuthor.body.doc).toMatchObject({
      _status: 'draft',
      workflow: { sequence: 0 },
      workflowState: 'draft',
    })
    expect(byAuthor.body.doc.workflow.lastEditedBy.id).toBe(staff.author.id)
  })

  it('takes a post from draft through review and approval to publication over REST', async () => {
    const id = await bilingualPost('زيارة رسمية')
    expect(await workflowOf(id)).toMatchObject({
      history: [],
      published: false,
      state: 'draft',
      stateLabel: 'مسودة',
    })

    const submitted = await transition('author', id, {
      assignee: staff.reviewer.id,
      transition: 'submit',
    })
    expect(submitted).toMatchObject({
      body: { assignee: staff.reviewer.id, state: 'in_review' },
      status: 200,
    })
    const sentBack = await transition('reviewer', id, {
      comment: '  أضف المصدر  ',
      transition: 'request_changes',
    })
    expect(sentBack.body.state).toBe('changes_requested')
    expect((await transition('author', id, { transition: 'submit' })).body.state).toBe('in_review')
    const approved = await transition('reviewer', id, { transition: 'approve' })
    expect(approved.body).toMatchObject({
      approvedVersion: expect.any(String),
      published: false,
      state: 'approved',
    })
    expect(await publicTitle(id)).toBeNull()
    expect(await liveStatus(id)).toBe('draft')

    const published = await transition(
      'editor',
      id,
      { transition: 'publish' },
      { 'accept-language': 'en' },
    )
    expect(published.body).toMatchObject({
      published: true,
      state: 'published',
      stateLabel: 'Published',
    })
    expect(await publicTitle(id)).toBe('زيارة رسمية')
    expect(await liveStatus(id)).toBe('published')

    const history = published.body.history as Json[]
    expect(
      history.map((event) => [event.transition, event.from, event.to, event.sequence]),
    ).toEqual([
      ['submit', 'draft', 'in_review', 1],
      ['request_changes', 'in_review', 'changes_requested', 2],
      ['submit', 'changes_requested', 'in_review', 3],
      ['approve', 'in_review', 'approved', 4],
      ['publish', 'approved', 'published', 5],
    ])
    expect(history[1]).toMatchObject({
      comment: 'أضف المصدر',
      user: expect.objectContaining({ id: staff.reviewer.id }),
    })
    expect(
      history.every(
        (event) =>
          typeof event.version === 'string' &&
          event.sequenceKey === `posts:${id}:${event.sequence}`,
      ),
    ).toBe(true)

    // Withdrawn, archived and reopened: back to a draft with the approval gone.
    expect(
      (await transition('editor', id, { comment: 'No longer current.', transition: 'unpublish' }))
        .body,
    ).toMatchObject({
      published: false,
      state: 'archived',
    })
    expect(await publicTitle(id)).toBeNull()
    const reopened = await transition('author', id, { transition: 'reopen' })
    expect(reopened.body).toMatchObject({ approvedVersion: null, state: 'draft' })
  })

  it('withdraws only with a reason, on every path, and keeps it in a history told in the caller’s language', async () => {
    const id = await publishedPost('سحب بسبب')
    const options = resolvedDefaults(bed.payload.config)
    const editor = await createLocalReq({ user: staff.editor.user as never }, bed.payload)
    const noReason = [
      await transition('editor', id, { transition: 'unpublish' }),
      await transition('editor', id, { comment: ' \n ', transition: 'unpublish' }),
    ]
    for (const refused of noReason) {
      expect(refused.status).toBe(400)
      expect(refused.body.errors[0].message).toBe('هذا الإجراء يتطلب تعليقًا يوضح السبب.')
    }
    const graphql = await api.graphql(
      `mutation { workflowTransition(collection: "posts", id: "${id}", transition: "unpublish") { state } }`,
      { headers: { 'accept-language': 'en' }, token: token('editor') },
    )
    expect(graphql.body.errors?.[0]).toMatchObject({
      extensions: { statusCode: 400 },
      message: 'This action needs a comment giving the reason.',
    })
    await expect(
      performTransition({
        input: { transition: 'unpublish' },
        options,
        req: editor,
        target: { collection: 'posts', id },
      }),
    ).rejects.toMatchObject({ data: { reason: 'commentRequired' }, status: 400 })
    // Nothing moved.
    expect(await publicTitle(id)).toBe('سحب بسبب')

    const withdrawn = await transition(
      'editor',
      id,
      { comment: 'نُشر بالخطأ قبل موعده', transition: 'unpublish' },
      { 'accept-language': 'en' },
    )
    expect(withdrawn.status).toBe(200)
    expect(await publicTitle(id)).toBeNull()
    const inEnglish = withdrawn.body.history as Json[]
    expect(inEnglish.at(-1)).toMatchObject({
      comment: 'نُشر بالخطأ قبل موعده',
      fromLabel: 'Published',
      toLabel: 'Archived',
      transition: 'unpublish',
      transitionLabel: 'Unpublish',
    })
    const inArabic = (await workflowOf(id, 'editor')).history as Json[]
    expect(
      inArabic.map((event) => [event.transitionLabel, event.fromLabel, event.toLabel]),
    ).toEqual([
      ['إرسال للمراجعة', 'مسودة', 'قيد المراجعة'],
      ['اعتماد', 'قيد المراجعة', 'معتمد'],
      ['نشر', 'معتمد', 'منشور'],
      ['سحب من النشر', 'منشور', 'مؤرشف'],
    ])
  })

  it('offers a confirmation, in the caller’s language, with every transition that changes what readers see', async () => {
    const id = await approvedPost('نشر بعد تأكيد')
    const offered = async () =>
      Object.fromEntries(
        ((await workflowOf(id, 'editor')).transitions as Json[]).map((offer) => [
          offer.name,
          offer.confirmation,
        ]),
      )
    expect(await offered()).toMatchObject({
      publish: expect.stringMatching(/^ستظهر هذه النسخة للقراء/),
      reopen: null,
      schedule: expect.stringMatching(/^ستُنشر هذه النسخة تلقائيًا/),
    })
    expect((await transition('editor', id, { transition: 'publish' })).status).toBe(200)
    expect(await offered()).toMatchObject({ unpublish: expect.stringMatching(/^لن يرى القراء/) })
  })

  it('lists the reviewers a document may be assigned to, by name, for staff only', async () => {
    const reply = await api.request('GET', '/posts/workflow/reviewers', { token: token('author') })
    expect(reply.status).toBe(200)
    const reviewers = reply.body.reviewers as Json[]
    // Those who may approve (reviewers, editors, admins), by e-mail here: the users' title is their id.
    expect(reviewers.map((reviewer) => reviewer.name).sort()).toEqual(
      ['admin', 'editor', 'editor2', 'reviewer', 'reviewer2']
        .map((name) => `${name}@example.org`)
        .sort(),
    )
    expect(reviewers.find((reviewer) => reviewer.name === 'reviewer@example.org')?.id).toBe(
      staff.reviewer.id,
    )
    expect((await api.request('GET', '/posts/workflow/reviewers')).status).toBe(401)
    // Picked from the list, the assignment goes through.
    const id = await bilingualPost('إسناد بالاسم')
    const submitted = await transition('author', id, {
      assignee: reviewers.find((reviewer) => reviewer.name === 'reviewer2@example.org')!.id,
      transition: 'submit',
    })
    expect(submitted.body.assignee).toBe(staff.reviewer2.id)
  })

  it('takes the same steps through performTransition on the Local API', async () => {
    const id = await bilingualPost('عبر الواجهة المحلية')
    const options = resolvedDefaults(bed.payload.config)
    const target = { collection: 'posts', id }
    const as = (member: StaffName) =>
      createLocalReq({ user: staff[member].user as never }, bed.payload)

    expect(
      (
        await performTransition({
          input: { transition: 'submit' },
          options,
          req: await as('author'),
          target,
        })
      ).state,
    ).toBe('in_review')
    const refused = performTransition({
      input: { transition: 'approve' },
      options,
      req: await as('author'),
      target,
    })
    await expect(refused).rejects.toBeInstanceOf(WorkflowError)
    await expect(refused).rejects.toMatchObject({ data: { reason: 'role' }, status: 403 })
    expect(
      (
        await performTransition({
          input: { transition: 'approve' },
          options,
          req: await as('reviewer'),
          target,
        })
      ).state,
    ).toBe('approved')
    // Only the scheduler (automatic) takes publish_scheduled, and only from `scheduled`.
    await expect(
      performTransition({
        input: { transition: 'publish_scheduled' },
        options,
        req: await as('admin'),
        target,
      }),
    ).rejects.toMatchObject({ data: { reason: 'role' }, status: 403 })
    const published = await performTransition({
      input: { transition: 'publish' },
      options,
      req: await as('editor'),
      target,
    })
    expect(published).toMatchObject({ published: true, state: 'published' })
    expect(await publicTitle(id)).toBe('عبر الواجهة المحلية')

    const described = await describeWorkflow({ options, req: await as('editor'), target })
    expect(described.history.map((event: Json) => event.transition)).toEqual([
      'submit',
      'approve',
      'publish',
    ])
    expect(described.transitions.map((offered) => offered.name)).toEqual([
      'unpublish',
      'waive_translation',
      'confirm_translation',
      'set_source_locale',
    ])
    await expect(
      describeWorkflow({ options, req: await createLocalReq({}, bed.payload), target }),
    ).rejects.toMatchObject({ status: 401 })
    await expect(
      describeWorkflow({
        options,
        req: await as('editor'),
        target: { collection: 'users', id: staff.editor.id },
      }),
    ).rejects.toMatchObject({ data: { reason: 'unknownCollection' }, status: 404 })
  })

  it('offers each user exactly the transitions they may take now', async () => {
    const id = await bilingualPost('عرض الإجراءات')
    const names = async (member: StaffName) =>
      (await workflowOf(id, member)).transitions.map((offered: Json) => offered.name)
    expect(await names('author')).toEqual(['submit', 'set_source_locale'])
    expect(await names('translator')).toEqual([
      'submit',
      'confirm_translation',
      'set_source_locale',
    ])
    expect(await names('reviewer')).toEqual([])
    await transition('author', id, { transition: 'submit' })
    expect(await names('reviewer')).toEqual(['request_changes', 'approve'])
    expect(await names('author')).toEqual(['set_source_locale'])
    expect(await names('editor')).toEqual([
      'request_changes',
      'approve',
      'waive_translation',
      'confirm_translation',
      'set_source_locale',
    ])
    const waive = (await workflowOf(id, 'editor')).transitions.find(
      (offered: Json) => offered.name === 'waive_translation',
    )
    expect(waive).toMatchObject({
      requiresComment: true,
      requiresLocale: true,
      requiresPublishAt: false,
    })
  })

  it('answers 400, 401, 403, 404 and 409 with a reason, and changes nothing', async () => {
    const id = await bilingualPost('أخطاء')
    expect(refusal(await transition(null, id, { transition: 'submit' }))).toEqual({
      reason: 'notLoggedIn',
      status: 401,
    })
    expect((await api.request('GET', `/posts/${id}/workflow`)).status).toBe(401)
    expect(refusal(await transition('reviewer', id, { transition: 'submit' }))).toEqual({
      reason: 'role',
      status: 403,
    })
    expect(refusal(await transition('reader', id, { transition: 'submit' }))).toEqual({
      reason: 'role',
      status: 403,
    })
    expect(refusal(await transition('editor', id, { transition: 'publish' }))).toEqual({
      reason: 'notFromState',
      status: 409,
    })
    expect(refusal(await transition('author', id, { transition: 'fly' }))).toEqual({
      reason: 'unknownTransition',
      status: 400,
    })
    expect(refusal(await transition('author', id, {}))).toEqual({
      reason: 'unknownTransition',
      status: 400,
    })
    expect(refusal(await transition('author', id, { comment: 5, transition: 'submit' }))).toEqual({
      reason: 'unknownTransition',
      status: 400,
    })
    expect(
      refusal(await transition('author', id, { assignee: 999999, transition: 'submit' })),
    ).toEqual({ reason: 'invalidAssignee', status: 400 })
    expect(
      refusal(await transition('author', id, { assignee: { id: 1 }, transition: 'submit' })),
    ).toEqual({ reason: 'invalidAssignee', status: 400 })
    // Only someone who may approve it: not another author, nor a translator.
    for (const member of ['author', 'translator'] as const)
      expect(
        refusal(
          await transition('author', id, { assignee: staff[member].id, transition: 'submit' }),
        ),
      ).toEqual({ reason: 'invalidAssignee', status: 400 })
    expect(refusal(await transition('author', id, { locale: 'fr', transition: 'submit' }))).toEqual(
      { reason: 'invalidLocale', status: 400 },
    )
    expect(
      refusal(await transition('editor', id, { locale: 'en', transition: 'waive_translation' })),
    ).toEqual({ reason: 'commentRequired', status: 400 })
    expect(
      refusal(await transition('translator', id, { transition: 'confirm_translation' })),
    ).toEqual({ reason: 'invalidLocale', status: 400 })
    expect((await transition('author', 999999, { transition: 'submit' })).status).toBe(404)
    // Not found either: an id no id column holds (PostgreSQL's serial is 32 bits), or no number.
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.maxSafeInteger().filter((missing) => Math.abs(missing) > 10_000_000),
          fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e21, '12abc', '-'),
        ),
        async (missing) => {
          expect((await transition('author', missing, { transition: 'submit' })).status).toBe(404)
          const read = await api.request('GET', `/posts/${missing}/workflow`, {
            token: token('author'),
          })
          expect(read.status).toBe(404)
        },
      ),
      { numRuns: 25 },
    )

    const arabic = await transition('author', id, { transition: 'approve' })
    expect(arabic.body.errors[0].message).toBe('دورك لا يسمح بهذا الإجراء.')
    const english = await transition(
      'author',
      id,
      { transition: 'approve' },
      { 'accept-language': 'en' },
    )
    expect(english.body.errors[0].message).toBe('Your role does not allow this action.')

    expect(await workflowOf(id)).toMatchObject({ history: [], state: 'draft' })
    expect((await local.findByID({ collection: 'posts', draft: true, id })).workflow.sequence).toBe(
      0,
    )
    expect(
      (
        await local.count({
          collection: 'workflow-events',
          where: { document: { equals: String(id) } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('keeps four eyes: nobody approves or publishes what they last edited or submitted', async () => {
    const id = await bilingualPost('أربع أعين')
    await transition('editor', id, { transition: 'submit' })
    expect(refusal(await transition('editor', id, { transition: 'approve' }))).toEqual({
      reason: 'fourEyes',
      status: 403,
    })
    expect((await save('editor2', id, 'ar', { body: 'نص منقح' })).status).toBe(200)
    expect((await transition('reviewer', id, { transition: 'approve' })).status).toBe(200)
    // The Arabic edit outdated the English text; confirming it is not an edit.
    expect(
      (await transition('translator', id, { locale: 'en', transition: 'confirm_translation' }))
        .status,
    ).toBe(200)
    expect(refusal(await transition('editor2', id, { transition: 'publish' }))).toEqual({
      reason: 'fourEyes',
      status: 403,
    })
    expect(refusal(await transition('editor', id, { transition: 'publish' }))).toEqual({
      reason: 'fourEyes',
      status: 403,
    })
    expect(
      refusal(
        await transition('editor', id, {
          publishAt: new Date(Date.now() + 60_000).toISOString(),
          transition: 'schedule',
        }),
      ),
    ).toEqual({
      reason: 'fourEyes',
      status: 403,
    })
    expect((await transition('admin', id, { transition: 'publish' })).status).toBe(200)
  })

  it('binds approval to the version: a content change sends the post back (stateAfterEdit), a save without one does not', async () => {
    const id = await approvedPost('نسخة معتمدة')
    expect((await save('author', id, 'ar', { title: 'نسخة معدلة' })).status).toBe(200)
    const after = await workflowOf(id)
    expect(after.state).toBe('in_review')
    expect(after.history.at(-1)).toMatchObject({
      from: 'approved',
      to: 'in_review',
      transition: 'edited',
      user: expect.objectContaining({ id: staff.author.id }),
    })
    expect(refusal(await transition('editor', id, { transition: 'publish' }))).toEqual({
      reason: 'notFromState',
      status: 409,
    })

    expect((await transition('reviewer', id, { transition: 'approve' })).status).toBe(200)
    const events = (await workflowOf(id)).history.length
    expect((await save('author', id, 'ar', { title: 'نسخة معدلة' })).status).toBe(200)
    expect((await workflowOf(id)).state).toBe('approved')
    expect((await workflowOf(id)).history).toHaveLength(events)

    // After publication, a draft edit starts a new draft; the public keeps the approved text.
    expect(
      (await transition('translator', id, { locale: 'en', transition: 'confirm_translation' }))
        .status,
    ).toBe(200)
    expect((await workflowOf(id)).state).toBe('approved')
    expect((await transition('editor', id, { transition: 'publish' })).status).toBe(200)
    expect((await save('author', id, 'ar', { title: 'مسودة بعد النشر' })).status).toBe(200)
    expect(await workflowOf(id)).toMatchObject({ published: true, state: 'draft' })
    expect(await publicTitle(id)).toBe('نسخة معدلة')
  })

  it('refuses a transition on a version the caller did not see (409 lostRace)', async () => {
    const id = await bilingualPost('نسخة قديمة')
    await transition('author', id, { transition: 'submit' })
    const seen = (await workflowOf(id, 'reviewer')).latestVersion
    expect((await save('author', id, 'ar', { body: 'تغيير أثناء المراجعة' })).status).toBe(200)
    expect(
      refusal(await transition('reviewer', id, { transition: 'approve', version: seen })),
    ).toEqual({ reason: 'lostRace', status: 409 })
    const fresh = (await workflowOf(id, 'reviewer')).latestVersion
    expect(fresh).not.toBe(seen)
    expect(
      (await transition('reviewer', id, { transition: 'approve', version: fresh })).status,
    ).toBe(200)
  })

  it('publishes only with both languages complete, or a recorded waiver', async () => {
    const created = await api.request('POST', '/posts?draft=true&locale=ar', {
      body: { title: 'بالعربية فقط' },
      token: token('author'),
    })
    const id = created.body.doc.id
    await transition('author', id, { transition: 'submit' })
    await transition('reviewer', id, { transition: 'approve' })
    const blocked = await transition('editor', id, { transition: 'publish' })
    expect(refusal(blocked)).toEqual({ reason: 'parity', status: 403 })
    // The incomplete language by its name, in the caller's language.
    expect(blocked.body.errors[0].message).toMatch(/الناقصة: الإنجليزية$/)
    expect(
      refusal(
        await transition('translator', id, { locale: 'en', transition: 'confirm_translation' }),
      ),
    ).toEqual({
      reason: 'translationIncomplete',
      status: 409,
    })
    expect(
      refusal(
        await transition('author', id, {
          comment: 'x',
          locale: 'en',
          transition: 'waive_translation',
        }),
      ),
    ).toEqual({ reason: 'role', status: 403 })
    const waived = await transition('editor', id, {
      comment: ' بيان عاجل ',
      locale: 'en',
      transition: 'waive_translation',
    })
    expect(waived.body.translations).toEqual([
      { locale: 'ar', reason: null, status: 'complete' },
      { locale: 'en', reason: 'بيان عاجل', status: 'waived' },
    ])
    // A waiver keeps the state and the approval.
    expect(waived.body.state).toBe('approved')
    expect(waived.body.history.at(-1)).toMatchObject({
      from: 'approved',
      locale: 'en',
      to: 'approved',
      transition: 'waive_translation',
    })
    expect((await transition('editor', id, { transition: 'publish' })).status).toBe(200)
  })

  it('marks a translation outdated when a complete source changes, until a translator confirms it', async () => {
    const id = await bilingualPost('ترجمة محدثة')
    const statuses = async () =>
      Object.fromEntries((await workflowOf(id)).translations.map((t: Json) => [t.locale, t.status]))
    expect(await statuses()).toEqual({ ar: 'complete', en: 'complete' })
    await save('author', id, 'ar', { title: 'عنوان جديد' })
    expect(await statuses()).toEqual({ ar: 'complete', en: 'outdated' })
    await transition('author', id, { transition: 'submit' })
    await transition('reviewer', id, { transition: 'approve' })
    expect(refusal(await transition('editor', id, { transition: 'publish' }))).toEqual({
      reason: 'parity',
      status: 403,
    })
    expect(
      (await transition('translator', id, { locale: 'en', transition: 'confirm_translation' }))
        .status,
    ).toBe(200)
    expect(await statuses()).toEqual({ ar: 'complete', en: 'complete' })
    // Confirming is bookkeeping, not content: the approval still holds.
    expect((await transition('editor', id, { transition: 'publish' })).status).toBe(200)
  })

  it('lets exactly one of two simultaneous transitions win; the other gets 409 and the history one entry', async () => {
    const id = await bilingualPost('سباق')
    await transition('author', id, { transition: 'submit' })
    const results = await Promise.all([
      transition('reviewer', id, { transition: 'approve' }),
      transition('reviewer2', id, { comment: 'لا', transition: 'request_changes' }),
    ])
    expect(results.map((result) => result.status).sort()).toEqual([200, 409])
    // lostRace when the two overlap; notFromState when a busy machine ran them one after the other
    // (the loser then starts from the winner's state). A stale version alone is tested above.
    expect(['lostRace', 'notFromState']).toContain(
      results.find((result) => result.status === 409)!.body.errors[0].data.reason,
    )
    const after = await workflowOf(id)
    expect(after.history.map((event: Json) => event.sequence)).toEqual([1, 2])
    expect(after.state).toBe(results.find((result) => result.status === 200)!.body.state)
  })

  describe('the gate', () => {
    const gone = { reason: 'publishOutsideWorkflow', status: 403 }

    /** Nothing got out: not public, not live, still approved, no new history. */
    const unchanged = async (id: number | string, events: number) => {
      expect(await publicTitle(id)).toBeNull()
      expect(await liveStatus(id)).not.toBe('published')
      const after = await workflowOf(id)
      expect(after).toMatchObject({ published: false, state: 'approved' })
      expect(after.history).toHaveLength(events)
    }

    it('refuses publishing through the Local API, with access control and without', async () => {
      const id = await approvedPost('Local API')
      const editor = staff.editor.user
      expect(
        await localRefusal(
          local.update({
            collection: 'posts',
            data: { _status: 'published' },
            id,
            overrideAccess: false,
            user: editor,
          }),
        ),
      ).toEqual(gone)
      expect(
        await localRefusal(
          local.update({ collection: 'posts', data: { _status: 'published' }, id }),
        ),
      ).toEqual(gone)
      expect(
        await localRefusal(
          local.update({ collection: 'posts', data: { _status: 'published' }, draft: true, id }),
        ),
      ).toEqual(gone)
      expect(
        await localRefusal(
          local.update({
            collection: 'posts',
            data: { _status: 'published' },
            id,
            publishSpecificLocale: 'en',
          }),
        ),
      ).toEqual(gone)
      expect(
        await localRefusal(
          local.update({
            collection: 'posts',
            data: { _status: 'published' },
            where: { id: { equals: id } },
          }),
        ),
      ).toEqual(gone)
      expect(
        await localRefusal(
          local.update({
            collection: 'posts',
            data: { workflowState: 'published' },
            draft: true,
            id,
          }),
        ),
      ).toEqual(gone)
      expect(
        await localRefusal(
          local.update({
            collection: 'posts',
            data: { workflow: { approvedBy: staff.editor.id } },
            draft: true,
            id,
          }),
        ),
      ).toEqual(gone)
      expect(
        await localRefusal(
          local.create({
            collection: 'posts',
            data: { _status: 'published', title: 'منشور مباشرة' },
          }),
        ),
      ).toEqual(gone)
      expect(
        await localRefusal(
          local.create({
            collection: 'posts',
            data: { title: 'حالة مزورة', workflowState: 'approved' },
            draft: true,
          }),
        ),
      ).toEqual(gone)
      await unchanged(id, 2)
    })

    it('refuses publishing through REST: update, per-locale publish, bulk update, the state fields', async () => {
      const id = await approvedPost('REST')
      expect(
        refusal(
          await api.request('PATCH', `/posts/${id}`, {
            body: { _status: 'published' },
            token: token('editor'),
          }),
        ),
      ).toEqual(gone)
      expect(
        refusal(
          await api.request('PATCH', `/posts/${id}?draft=true`, {
            body: { _status: 'published' },
            token: token('admin'),
          }),
        ),
      ).toEqual(gone)
      expect(
        refusal(
          await api.request('PATCH', `/posts/${id}?publishSpecificLocale=en`, {
            body: { _status: 'published' },
            token: token('editor'),
          }),
        ),
      ).toEqual(gone)
      // A bulk update is no way in at all (disableBulkEdit), said in the caller's language.
      const bulkUpdate = await api.request('PATCH', `/posts?where[id][equals]=${id}`, {
        body: { _status: 'published' },
        token: token('admin'),
      })
      expect(bulkUpdate.status).toBe(403)
      expect(bulkUpdate.body.errors[0].message).toMatch(
        /^لا تُعدَّل الوثائق الخاضعة لمسار التحرير دفعةً واحدة/,
      )
      expect(
        refusal(
          await api.request('PATCH', `/posts/${id}?draft=true`, {
            body: { workflowState: 'published' },
            token: token('editor'),
          }),
        ),
      ).toEqual(gone)
      expect(
        refusal(
          await api.request('PATCH', `/posts/${id}?draft=true`, {
            body: { workflow: { sequence: 40 } },
            token: token('editor'),
          }),
        ),
      ).toEqual(gone)
      expect(
        refusal(
          await api.request('POST', '/posts', {
            body: { _status: 'published', title: 'x' },
            token: token('admin'),
          }),
        ),
      ).toEqual(gone)
      const { body } = await api.graphql(
        `mutation { updatePost(id: ${JSON.stringify(id)}, data: { _status: published }) { id } }`,
        {
          token: token('editor'),
        },
      )
      expect(body.errors?.[0].message).toMatch(/مسار التحرير/)
      await unchanged(id, 2)
    })

    it('refuses restoring a version live; a draft restore passes and the document keeps its own bookkeeping', async () => {
      const id = await publishedPost('نسخة منشورة أولى')
      const versions = await local.findVersions({
        collection: 'posts',
        sort: 'createdAt',
        where: { parent: { equals: id } },
      })
      // The first version: Arabic only, in state draft, sequence 0.
      const first = versions.docs[0]
      expect(
        await localRefusal(local.restoreVersion({ collection: 'posts', id: first.id })),
      ).toEqual({ reason: 'restoreLive', status: 403 })
      // GraphQL's live restore is refused too; over REST (the admin's button) every restore is a draft restore (below).
      const { body: graphQLRestore } = await api.graphql(
        `mutation { restoreVersionPost(id: ${JSON.stringify(first.id)}) { id } }`,
        { token: token('editor') },
      )
      expect(graphQLRestore.errors?.[0].extensions).toMatchObject({
        data: { reason: 'restoreLive' },
        statusCode: 403,
      })
      expect(await publicTitle(id)).toBe('نسخة منشورة أولى')
      expect((await workflowOf(id)).history).toHaveLength(3)

      await save('author', id, 'ar', { title: 'مسودة لاحقة' })
      const asDraft = await api.request('POST', `/posts/versions/${first.id}?draft=true`, {
        token: token('editor'),
      })
      expect([asDraft.status, asDraft.body.errors]).toEqual([200, undefined])
      expect(await publicTitle(id)).toBe('نسخة منشورة أولى')
      const doc = await local.findByID({
        collection: 'posts',
        depth: 0,
        draft: true,
        id,
        locale: 'ar',
      })
      expect(doc.title).toBe('نسخة منشورة أولى')
      // Not the restored version's state and sequence (draft, 0): the document's own.
      expect(doc.workflowState).toBe('draft')
      expect(doc.workflow).toMatchObject({
        approvedBy: staff.reviewer.id,
        sequence: 4,
        submittedBy: staff.author.id,
      })
    })

    it('restores over REST as a draft, whatever `draft` says: readers keep the published text', async () => {
      const id = await publishedPost('نص منشور قبل الاستعادة')
      await save('author', id, 'ar', { title: 'مسودة بعد النشر' })
      const versions = await local.findVersions({
        collection: 'posts',
        sort: 'createdAt',
        where: { parent: { equals: id } },
      })
      const restored = await api.request('POST', `/posts/versions/${versions.docs[0].id}`, {
        token: token('editor'),
      })
      expect([restored.status, restored.body.errors]).toEqual([200, undefined])
      expect(await publicTitle(id)).toBe('نص منشور قبل الاستعادة')
      const draft = await local.findByID({
        collection: 'posts',
        depth: 0,
        draft: true,
        id,
        locale: 'ar',
      })
      expect(draft.title).toBe('نص منشور قبل الاستعادة')
      expect(draft._status).toBe('draft')
    })

    it('counts a draft restore as an edit, whichever locales it changes', async () => {
      const id = await publishedPost('استعادة بلا ترجمة')
      const versions = await local.findVersions({
        collection: 'posts',
        sort: 'createdAt',
        where: { parent: { equals: id } },
      })
      // The first version has the Arabic text as it still is, and no English at all.
      const first = versions.docs[0]
      const restored = await api.request('POST', `/posts/versions/${first.id}?draft=true`, {
        token: token('editor'),
      })
      expect(restored.status).toBe(200)
      const draft = await local.findByID({
        collection: 'posts',
        depth: 0,
        draft: true,
        id,
        locale: 'all',
      })
      expect(draft.title).toEqual({ ar: 'استعادة بلا ترجمة' })
      // The working draft lost its English: that is a content change, so (stateAfterEdit) published → draft,
      // recorded in the history, made by the editor who restored, with the English no longer complete.
      const after = await workflowOf(id)
      expect(after.state).toBe('draft')
      expect(after.history.at(-1)).toMatchObject({
        from: 'published',
        to: 'draft',
        transition: 'edited',
      })
      expect(draft.workflow.lastEditedBy).toBe(staff.editor.id)
      expect(after.translations).toContainEqual({ locale: 'en', reason: null, status: 'missing' })
    })

    it('keeps a published post’s live row: changes go to drafts, unpublishing goes through the workflow', async () => {
      const id = await publishedPost('نص منشور')
      const live = { reason: 'liveWrite', status: 403 }
      expect(
        refusal(
          await api.request('PATCH', `/posts/${id}?locale=ar`, {
            body: { title: 'تعديل مباشر' },
            token: token('editor'),
          }),
        ),
      ).toEqual(live)
      expect(
        refusal(
          await api.request('PATCH', `/posts/${id}`, {
            body: { _status: 'draft' },
            token: token('admin'),
          }),
        ),
      ).toEqual(live)
      expect(
        await localRefusal(
          local.update({ collection: 'posts', data: { title: 'تعديل مباشر' }, id, locale: 'ar' }),
        ),
      ).toEqual(live)
      expect(
        await localRefusal(
          local.update({ collection: 'posts', data: { body: 'x' }, where: { id: { equals: id } } }),
        ),
      ).toEqual(live)
      expect(
        refusal(
          await api.request('PATCH', `/posts/${id}?unpublishAllLocales=true`, {
            body: {},
            token: token('admin'),
          }),
        ),
      ).toEqual(gone)
      expect(await publicTitle(id)).toBe('نص منشور')
      expect((await save('author', id, 'ar', { title: 'تعديل في مسودة' })).status).toBe(200)
      expect(await publicTitle(id)).toBe('نص منشور')
      expect(await workflowOf(id)).toMatchObject({ published: true, state: 'draft' })
    })

    it("refuses Payload's own scheduled publish, with or without the scheduling user", async () => {
      const id = await approvedPost('نشر بايلود المجدول')
      const queue = async (user?: Json) =>
        (await bed.payload.jobs.queue({
          input: {
            doc: { relationTo: 'posts', value: String(id) },
            type: 'publish',
            ...(user ? { user } : {}),
          } as never,
          task: 'schedulePublish' as never,
          waitUntil: new Date(Date.now() - 60_000),
        })) as unknown as Json
      const withUser = await queue({ relationTo: 'users', value: staff.editor.id })
      const withoutUser = await queue()
      await bed.payload.jobs.run({ silent: true })
      for (const job of [withUser, withoutUser]) {
        const after = (await bed.payload.findByID({
          collection: 'payload-jobs',
          id: job.id,
        })) as Json
        expect(after).toMatchObject({ completedAt: null, hasError: true, processing: false })
      }
      await unchanged(id, 2)
    })

    it('plain draft saves pass, for whoever may edit', async () => {
      const id = await bilingualPost('حفظ عادي')
      for (const member of ['author', 'translator', 'editor', 'reviewer'] as const) {
        expect((await save(member, id, 'ar', { body: `نص ${member}` })).status).toBe(200)
      }
      expect(
        (await api.request('PATCH', `/posts/${id}?draft=true`, { body: { body: 'x' } })).status,
      ).toBe(403)
      expect((await workflowOf(id)).state).toBe('draft')
    })

    it('starts a duplicate of a published post as an unpublished draft with no history', async () => {
      const id = await publishedPost('الأصل المنشور')
      const copy = await api.request('POST', `/posts/${id}/duplicate`, {
        body: {},
        token: token('editor'),
      })
      expect(copy.status).toBe(200)
      const copyId = copy.body.doc.id
      expect(await publicTitle(copyId)).toBeNull()
      expect(await liveStatus(copyId)).toBe('draft')
      expect(await workflowOf(copyId)).toMatchObject({
        approvedVersion: null,
        history: [],
        published: false,
        state: 'draft',
      })
    })
  })

  it('lets imports write states and publish, but only with WORKFLOW_IMPORT on the Local API', async () => {
    const imported = await local.create({
      collection: 'posts',
      context: { [WORKFLOW_IMPORT]: true },
      data: { _status: 'published', title: 'مستورد' },
    })
    expect(imported.workflowState).toBe('published')
    expect(await publicTitle(imported.id)).toBe('مستورد')

    const withState = await local.create({
      collection: 'posts',
      context: { [WORKFLOW_IMPORT]: true },
      data: { title: 'مستورد معتمد', workflowState: 'approved' },
      draft: true,
    })
    expect(withState.workflowState).toBe('approved')
    expect(await publicTitle(withState.id)).toBeNull()

    // An import edits without moving the state or writing history.
    await local.update({
      collection: 'posts',
      context: { [WORKFLOW_IMPORT]: true },
      data: { title: 'مستورد معتمد ٢' },
      draft: true,
      id: withState.id,
    })
    expect(await workflowOf(withState.id)).toMatchObject({ history: [], state: 'approved' })

    // The marker means nothing to REST callers, who cannot set the request context.
    const forged = await api.request('POST', '/posts', {
      body: { _status: 'published', context: { [WORKFLOW_IMPORT]: true }, title: 'x' },
      token: token('admin'),
    })
    expect(refusal(forged)).toEqual({ reason: 'publishOutsideWorkflow', status: 403 })
    expect(
      await localRefusal(
        local.create({
          collection: 'posts',
          context: { [WORKFLOW_IMPORT]: 'true' },
          data: { _status: 'published', title: 'x' },
        }),
      ),
    ).toEqual({
      reason: 'publishOutsideWorkflow',
      status: 403,
    })
  })

  it('keeps the history append-only for everyone, admins and the Local API included', async () => {
    const id = await bilingualPost('سجل ثابت')
    await transition('author', id, { transition: 'submit' })
    const [event] = (await workflowOf(id)).history
    expect(
      (
        await api.request('PATCH', `/workflow-events/${event.id}`, {
          body: { comment: 'x' },
          token: token('admin'),
        })
      ).status,
    ).toBe(403)
    expect(
      (await api.request('DELETE', `/workflow-events/${event.id}`, { token: token('admin') }))
        .status,
    ).toBe(403)
    expect(
      (
        await api.request('POST', '/workflow-events', {
          body: { ...event, id: undefined, sequence: 99, sequenceKey: 'x' },
          token: token('admin'),
        })
      ).status,
    ).toBe(403)
    const appendOnly = {
      data: { errors: [{ message: 'The workflow history is append-only.', path: 'id' }] },
      name: 'ValidationError',
    }
    await expect(
      local.update({ collection: 'workflow-events', data: { comment: 'x' }, id: event.id }),
    ).rejects.toMatchObject(appendOnly)
    await expect(
      local.delete({ collection: 'workflow-events', id: event.id }),
    ).rejects.toMatchObject(appendOnly)
    const bulk = await local.update({
      collection: 'workflow-events',
      data: { comment: 'x' },
      where: { id: { equals: event.id } },
    })
    expect([bulk.docs, bulk.errors.length]).toEqual([[], 1])
    expect((await api.request('GET', '/workflow-events')).status).toBe(403)
    expect((await api.request('GET', '/workflow-events', { token: token('reader') })).status).toBe(
      403,
    )
    expect((await api.request('GET', '/workflow-events', { token: token('author') })).status).toBe(
      200,
    )
    const [stored] = (await workflowOf(id)).history
    expect(stored).toMatchObject({ comment: null, id: event.id, sequence: 1, transition: 'submit' })
  })

  it('hides the workflow fields from anonymous readers and users without a role', async () => {
    const id = await publishedPost('حقول داخلية')
    const anonymous = await api.request('GET', `/posts/${id}`)
    expect(anonymous.body.title).toBeDefined()
    expect(anonymous.body).not.toHaveProperty('workflowState')
    expect(anonymous.body).not.toHaveProperty('workflow')
    const reader = await api.request('GET', `/posts/${id}`, { token: token('reader') })
    expect(reader.body.title).toBeDefined()
    expect(reader.body).not.toHaveProperty('workflowState')
    expect(
      (await api.request('GET', `/posts/${id}`, { token: token('author') })).body.workflowState,
    ).toBe('published')
  })

  it('speaks GraphQL: workflowState and workflowTransition', async () => {
    const id = await bilingualPost('عبر GraphQL')
    const mutation = `mutation($id: ID!, $t: String!) { workflowTransition(collection: "posts", id: $id, transition: $t) { id state transitions { name } history { transition user sequence } } }`
    const submitted = await api.graphql(mutation, {
      token: token('author'),
      variables: { id: String(id), t: 'submit' },
    })
    expect(submitted.body.data?.workflowTransition).toMatchObject({
      history: [{ sequence: 1, transition: 'submit', user: String(staff.author.id) }],
      id: String(id),
      state: 'in_review',
      // Nothing moves the post on for its author now; saying which language it was written in still does.
      transitions: [{ name: 'set_source_locale' }],
    })
    const query = `query($id: ID!) { workflowState(collection: "posts", id: $id) { state published sourceLocale translations { locale status } transitions { name requiresComment } } }`
    const state = await api.graphql(query, {
      token: token('reviewer'),
      variables: { id: String(id) },
    })
    expect(state.body.data?.workflowState).toEqual({
      published: false,
      sourceLocale: 'ar',
      state: 'in_review',
      transitions: [
        { name: 'request_changes', requiresComment: true },
        { name: 'approve', requiresComment: false },
      ],
      translations: [
        { locale: 'ar', status: 'complete' },
        { locale: 'en', status: 'complete' },
      ],
    })
    const refused = await api.graphql(mutation, {
      token: token('author'),
      variables: { id: String(id), t: 'approve' },
    })
    expect(refused.body.errors?.[0].extensions).toMatchObject({
      data: { reason: 'role' },
      name: 'WorkflowError',
      statusCode: 403,
    })
    const anonymous = await api.graphql(query, { variables: { id: String(id) } })
    expect(anonymous.body.errors?.[0].extensions?.statusCode).toBe(401)
    const elsewhere = await api.graphql(
      `{ workflowState(collection: "users", id: "1") { state } }`,
      { token: token('admin') },
    )
    expect(elsewhere.body.errors?.[0].extensions).toMatchObject({
      data: { reason: 'unknownCollection' },
      statusCode: 404,
    })
    const scheduled = await api.graphql(
      `mutation($id: ID!) { workflowTransition(collection: "posts", id: $id, transition: "approve", publishAt: "2001-01-01T00:00:00Z") { state publishAt } }`,
      { token: token('reviewer'), variables: { id: String(id) } },
    )
    expect(scheduled.body.data?.workflowTransition).toEqual({ publishAt: null, state: 'approved' })
  })

  it('shows each user their queue, newest first', async () => {
    const waiting = await bilingualPost('بانتظار المراجع')
    await transition('author', waiting, { assignee: staff.reviewer2.id, transition: 'submit' })
    const queueOf = async (member: StaffName) =>
      (await api.request('GET', '/workflow/queue', { token: token(member) })).body
    const reviewer2 = await queueOf('reviewer2')
    expect(reviewer2.items[0]).toMatchObject({
      assignee: staff.reviewer2.id,
      collection: 'posts',
      id: waiting,
      state: 'in_review',
      title: 'بانتظار المراجع',
    })
    expect(reviewer2.counts.in_review).toEqual({ count: expect.any(Number), label: 'قيد المراجعة' })
    expect((await queueOf('reviewer')).items.map((item: Json) => item.id)).not.toContain(waiting)
    expect((await queueOf('author')).items.map((item: Json) => item.id)).not.toContain(waiting)
    await transition('reviewer2', waiting, {
      comment: 'راجع العنوان',
      transition: 'request_changes',
    })
    expect((await queueOf('author')).items[0]).toMatchObject({
      id: waiting,
      state: 'changes_requested',
    })
    expect((await queueOf('reader')).items).toEqual([])
    expect((await api.request('GET', '/workflow/queue')).status).toBe(401)
  })

  describe('scheduling', () => {
    const runDue = () => bed.payload.jobs.run({ queue: 'editorial-workflow' })

    it('publishes a scheduled post once, when its time comes', async () => {
      const id = await approvedPost('نشر مجدول')
      expect(
        refusal(
          await transition('editor', id, {
            publishAt: new Date(Date.now() - 1000).toISOString(),
            transition: 'schedule',
          }),
        ),
      ).toEqual({
        reason: 'invalidPublishAt',
        status: 400,
      })
      const publishAt = new Date(Date.now() + 1500).toISOString()
      expect(
        (await transition('editor', id, { publishAt, transition: 'schedule' })).body,
      ).toMatchObject({ publishAt, state: 'scheduled' })
      const jobs = await loose(bed.payload).find({
        collection: 'payload-jobs',
        where: { queue: { equals: 'editorial-workflow' } },
      })
      const job = jobs.docs.find((candidate) => candidate.input.id === String(id))!
      expect(job).toMatchObject({
        input: { collection: 'posts', publishAt, scheduledBy: String(staff.editor.id) },
        taskSlug: 'editorialWorkflowPublish',
      })
      await runDue()
      expect(await publicTitle(id)).toBeNull()
      // A second copy of the job stands for a second app instance picking the same publication up.
      await bed.payload.jobs.queue({
        input: job.input as never,
        queue: 'editorial-workflow',
        task: 'editorialWorkflowPublish',
      })
      await sleep(1600)
      await runDue()
      await runDue()
      expect(await publicTitle(id)).toBe('نشر مجدول')
      const after = await workflowOf(id)
      expect(after).toMatchObject({ publishAt: null, state: 'published' })
      const published = after.history.filter(
        (event: Json) => event.transition === 'publish_scheduled',
      )
      expect(published).toHaveLength(1)
      expect(published[0].user.id).toBe(staff.editor.id)
    })

    it('publishes nothing that was unscheduled or edited meanwhile', async () => {
      const unscheduled = await approvedPost('جدولة ملغاة')
      const edited = await approvedPost('جدولة ثم تعديل')
      for (const id of [unscheduled, edited]) {
        await transition('editor', id, {
          publishAt: new Date(Date.now() + 800).toISOString(),
          transition: 'schedule',
        })
      }
      expect(
        (await transition('editor', unscheduled, { transition: 'unschedule' })).body,
      ).toMatchObject({ publishAt: null, state: 'approved' })
      await save('author', edited, 'ar', { body: 'تعديل بعد الجدولة' })
      expect((await workflowOf(edited)).state).toBe('in_review')
      await sleep(900)
      await runDue()
      for (const id of [unscheduled, edited]) expect(await publicTitle(id)).toBeNull()
      const outcomes = (
        await loose(bed.payload).find({
          collection: 'payload-jobs',
          limit: 0,
          where: { queue: { equals: 'editorial-workflow' } },
        })
      ).docs
        .filter((job) => [String(unscheduled), String(edited)].includes(job.input.id))
        .map((job) => [
          job.input.id,
          job.log?.find((entry: Json) => entry.taskSlug === 'editorialWorkflowPublish')?.output
            ?.outcome,
        ])
      expect(Object.fromEntries(outcomes)).toEqual({
        [String(edited)]: expect.stringMatching(/^refused: /),
        [String(unscheduled)]: 'skipped: rescheduled or unscheduled',
      })
      // The scheduler learns of the refusal, and why, in the inbox (and by e-mail).
      const told = await api.request(
        'GET',
        `/workflow-notifications?depth=0&where[document][equals]=${edited}&where[transition][equals]=refusedWhenDue`,
        { token: token('editor') },
      )
      expect(told.body.docs).toEqual([
        expect.objectContaining({
          action: { ar: 'رُفض النشر المجدول', en: 'Scheduled publication refused' },
          actor: null,
          comment: expect.any(String),
          recipient: staff.editor.id,
          title: expect.objectContaining({ ar: 'جدولة ثم تعديل' }),
        }),
      ])
      expect(
        bed.mailbox.some(
          (mail) => mail.subject === `[posts #${edited}] رُفض النشر المجدول: جدولة ثم تعديل`,
        ),
      ).toBe(true)
    })

    it('publishes nothing for an editor who may no longer publish', async () => {
      // scheduling.ts: "if ... that editor may no longer publish, nothing goes out".
      const id = await approvedPost('محرر سابق')
      await transition('editor2', id, {
        publishAt: new Date(Date.now() + 800).toISOString(),
        transition: 'schedule',
      })
      await local.update({ collection: 'users', data: { roles: ['author'] }, id: staff.editor2.id })
      try {
        await sleep(900)
        await runDue()
        expect(await publicTitle(id)).toBeNull()
        expect((await workflowOf(id)).state).toBe('scheduled')
      } finally {
        await local.update({
          collection: 'users',
          data: { roles: ['editor'] },
          id: staff.editor2.id,
        })
      }
    })
  })

  it('keeps each user an inbox of what concerns them, which only they read and mark read', async () => {
    const id = await bilingualPost('صندوق الوارد')
    const inbox = async (member: StaffName, query = '') =>
      (
        await api.request(
          'GET',
          `/workflow-notifications?depth=0&limit=100&where[document][equals]=${id}${query}`,
          { token: token(member) },
        )
      ).body.docs as Json[]
    await transition('author', id, { transition: 'submit' })
    // Written before the transition answers: the bell shows it on the next look.
    const [submitted] = await inbox('reviewer')
    expect(submitted).toMatchObject({
      action: { ar: 'إرسال للمراجعة', en: 'Submit for review' },
      actor: staff.author.id,
      collection: 'posts',
      document: String(id),
      readAt: null,
      recipient: staff.reviewer.id,
      title: { ar: 'صندوق الوارد', en: 'EN صندوق الوارد' },
      transition: 'submit',
    })
    expect(await inbox('reviewer2')).toHaveLength(1)
    // Whoever took the step is not told of it; nobody else sees another's notifications.
    for (const member of ['author', 'editor', 'admin'] as const)
      expect(await inbox(member)).toEqual([])
    expect(
      (
        await api.request('GET', `/workflow-notifications/${submitted.id}`, {
          token: token('admin'),
        })
      ).status,
    ).toBe(404)
    expect((await api.request('GET', '/workflow-notifications')).status).toBe(403)
    const count = async (member: StaffName) =>
      (
        await api.request(
          'GET',
          `/workflow-notifications/count?where[document][equals]=${id}&where[readAt][exists]=false`,
          { token: token(member) },
        )
      ).body.totalDocs
    expect(await count('reviewer')).toBe(1)

    // Another user cannot mark it read, one by one or in bulk; its recipient can, and nothing else.
    const readAt = new Date().toISOString()
    expect(
      (
        await api.request('PATCH', `/workflow-notifications/${submitted.id}`, {
          body: { readAt },
          token: token('reviewer2'),
        })
      ).status,
    ).toBe(403)
    await api.request('PATCH', '/workflow-notifications?where[readAt][exists]=false', {
      body: { readAt },
      token: token('admin'),
    })
    expect(await count('reviewer')).toBe(1)
    const marked = await api.request('PATCH', `/workflow-notifications/${submitted.id}`, {
      body: { readAt, recipient: staff.admin.id, title: { ar: 'مزور' }, transition: 'publish' },
      token: token('reviewer'),
    })
    expect(marked.status).toBe(200)
    expect(marked.body.doc).toMatchObject({
      readAt,
      recipient: expect.objectContaining({ id: staff.reviewer.id }),
      title: submitted.title,
      transition: 'submit',
    })
    expect(await count('reviewer')).toBe(0)
    expect(await count('reviewer2')).toBe(1)
    // Only the plugin writes notifications, and nobody deletes them.
    expect(
      (
        await api.request('POST', '/workflow-notifications', {
          body: { ...submitted, id: undefined, recipient: staff.admin.id },
          token: token('admin'),
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await api.request('DELETE', `/workflow-notifications/${submitted.id}`, {
          token: token('reviewer'),
        })
      ).status,
    ).toBe(403)

    // A verdict reaches the author, with the reviewer's words, in every language of the admin.
    await transition('reviewer', id, { comment: 'أضف المصدر', transition: 'request_changes' })
    expect(await inbox('author')).toEqual([
      expect.objectContaining({
        action: { ar: 'طلب تعديلات', en: 'Request changes' },
        actor: staff.reviewer.id,
        comment: 'أضف المصدر',
        transition: 'request_changes',
      }),
    ])
  })

  it('mails the people each transition concerns, never the one who took it', async () => {
    const id = await bilingualPost('إشعارات')
    const subjects = () =>
      bed.mailbox.filter((mail) => String(mail.subject).startsWith(`[posts #${id}]`))
    const next = async (count: number) => {
      await eventually(() => subjects().length >= count)
      await sleep(100)
      expect(subjects()).toHaveLength(count)
      const mail = subjects()[count - 1]
      return { mail, to: String(mail.to).split(', ').sort() }
    }
    const email = (...members: StaffName[]) =>
      members.map((member) => `${member}@example.org`).sort()

    await transition('author', id, { transition: 'submit' })
    const submitted = await next(1)
    expect(submitted.to).toEqual(email('reviewer', 'reviewer2'))
    // The subject names the action and the document, in the language of whoever took the step.
    expect(submitted.mail.subject).toBe(`[posts #${id}] إرسال للمراجعة: إشعارات`)
    expect(submitted.mail.text).toContain('«إشعارات»')
    expect(submitted.mail.text).toContain(`/admin/collections/posts/${id}`)

    await transition('reviewer', id, { comment: 'المصدر ناقص', transition: 'request_changes' })
    const sentBack = await next(2)
    expect(sentBack.to).toEqual(email('author', 'translator'))
    expect(sentBack.mail.text).toContain('المصدر ناقص')

    await transition('author', id, { assignee: staff.reviewer2.id, transition: 'submit' })
    expect((await next(3)).to).toEqual(email('reviewer2'))

    await transition('reviewer2', id, { transition: 'approve' }, { 'accept-language': 'en' })
    const approved = await next(4)
    expect(approved.to).toEqual(email('author', 'translator'))
    expect(approved.mail.subject).toBe(`[posts #${id}] Approve: EN إشعارات`)

    await transition('editor', id, {
      comment: 'عاجل',
      locale: 'en',
      transition: 'waive_translation',
    })
    await transition('translator', id, { locale: 'en', transition: 'confirm_translation' })
    await transition('editor', id, { transition: 'publish' })
    const published = await next(5)
    expect(published.to).toEqual(email('author', 'reviewer2', 'translator'))
    await transition('editor', id, { comment: 'No longer current.', transition: 'unpublish' })
    await sleep(300)
    expect(subjects()).toHaveLength(5)
  })
})
