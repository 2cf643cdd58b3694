import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { MAX_BULK_DOCUMENTS } from '@jusur/editorial-workflow'
import type { Json } from './helpers/api'
import { describeIntegration } from './helpers/test-payload'
import { startWorkflowBed, type WorkflowBed } from './helpers/workflow-bed'

/**
 * Bulk transitions (the admin list's replacement for Payload's bulk publish):
 * one transition on many documents, each taken by the rules it meets alone,
 * each outcome reported; on SQLite and PostgreSQL.
 */

const STAFF = {
  author: { roles: ['author'] },
  editor: { roles: ['editor'] },
  reviewer: { roles: ['reviewer'] },
}

type StaffName = keyof typeof STAFF

describeIntegration('editorial-workflow: bulk transitions', () => {
  let { api, staff, stop } = {} as WorkflowBed<StaffName>

  beforeAll(async () => {
    ;({ api, staff, stop } = await startWorkflowBed(STAFF))
  })
  afterAll(() => stop?.())

  const bulk = (member: null | StaffName, body: unknown, language = 'ar') =>
    api.request('POST', '/posts/workflow/bulk', {
      body,
      headers: { 'accept-language': language },
      token: member ? staff[member].token : undefined,
    })
  const one = (member: StaffName, id: number | string, body: Json) =>
    api.request('POST', `/posts/${id}/workflow`, { body, token: staff[member].token })
  const stateOf = async (id: number | string) =>
    (await api.request('GET', `/posts/${id}/workflow`, { token: staff.editor.token })).body.state
  const publicTitle = async (id: number | string) => {
    const reply = await api.request('GET', `/posts/${id}?locale=ar`)
    return reply.status === 200 ? (reply.body.title as string) : null
  }

  /** A post written in both languages by `author`, moved by `steps` (transition, who). */
  const post = async (
    title: string,
    steps: [string, StaffName][] = [],
    author: StaffName = 'author',
  ) => {
    const created = await api.request('POST', '/posts?draft=true&locale=ar', {
      body: { body: `نص ${title}`, title },
      token: staff[author].token,
    })
    const id = created.body.doc.id as number | string
    await api.request('PATCH', `/posts/${id}?draft=true&locale=en`, {
      body: { body: `Text ${title}`, title: `EN ${title}` },
      token: staff[author].token,
    })
    for (const [transition, who] of steps)
      expect((await one(who, id, { transition })).status).toBe(200)
    return id
  }
  const APPROVED: [string, StaffName][] = [
    ['submit', 'author'],
    ['approve', 'reviewer'],
  ]

  it('offers each role the transitions it may take on many documents, named in its language', async () => {
    const offered = async (member: StaffName, language = 'ar') => {
      const reply = await api.request('GET', '/posts/workflow/transitions', {
        headers: { 'accept-language': language },
        token: staff[member].token,
      })
      expect(reply.status).toBe(200)
      return Object.fromEntries(
        (reply.body.transitions as Json[]).map((offer) => [offer.name, offer.label]),
      )
    }
    const editor = await offered('editor')
    expect(editor).toMatchObject({
      publish: 'نشر',
      schedule: 'جدولة النشر',
      submit: 'إرسال للمراجعة',
    })
    // Per-language actions, retractions (a notice of their own) and the scheduler's are taken one at a time.
    for (const name of ['waive_translation', 'confirm_translation', 'retract', 'publish_scheduled'])
      expect(editor).not.toHaveProperty(name)
    expect(Object.keys(await offered('reviewer')).sort()).toEqual(['approve', 'request_changes'])
    expect(await offered('author', 'en')).toMatchObject({ submit: 'Submit for review' })
    expect(await offered('author')).not.toHaveProperty('publish')
    const anonymous = await api.request('GET', '/posts/workflow/transitions')
    expect(anonymous.status).toBe(401)
  })

  it('publishes what may be published and reports why each other one was refused, in order, changing nothing else', async () => {
    const ready = await post('جاهز للنشر', APPROVED)
    // Four eyes: the editor changed this one, so a colleague must publish it.
    const ownWork = await post('من تحرير رئيس التحرير', [], 'editor')
    expect((await one('editor', ownWork, { transition: 'submit' })).status).toBe(200)
    expect((await one('reviewer', ownWork, { transition: 'approve' })).status).toBe(200)
    const draft = await post('مسودة لم تُراجع')
    const missing = '999999'

    const reply = await bulk('editor', {
      ids: [ready, ownWork, draft, missing, ready],
      transition: 'publish',
    })
    expect(reply.status).toBe(200)
    const results = reply.body.results as Json[]
    // Each document once, in the order asked.
    expect(results.map((result) => [result.id, result.status, result.reason ?? null])).toEqual([
      [String(ready), 200, null],
      [String(ownWork), 403, 'fourEyes'],
      [String(draft), 409, 'notFromState'],
      [missing, 404, null],
    ])
    expect(results[0]).toMatchObject({ state: 'published', title: 'جاهز للنشر' })
    expect(results[1]).toMatchObject({
      message: expect.stringMatching(/^لا يجوز أن تعتمد أو تنشر/),
      title: 'من تحرير رئيس التحرير',
    })
    expect(results[3]!.title).toBeNull()
    expect(await publicTitle(ready)).toBe('جاهز للنشر')
    expect(await publicTitle(ownWork)).toBeNull()
    expect(await publicTitle(draft)).toBeNull()
    expect([await stateOf(ownWork), await stateOf(draft)]).toEqual(['approved', 'draft'])

    // In English when asked; a transition's own input applies to each (a reason to send back).
    const inReview = [
      await post('أ', [['submit', 'author']]),
      await post('ب', [['submit', 'author']]),
    ]
    const noReason = await bulk('reviewer', { ids: inReview, transition: 'request_changes' }, 'en')
    expect((noReason.body.results as Json[]).map((result) => result.message)).toEqual([
      'This action needs a comment giving the reason.',
      'This action needs a comment giving the reason.',
    ])
    const sentBack = await bulk('reviewer', {
      comment: 'أضف المصادر',
      ids: inReview,
      transition: 'request_changes',
    })
    expect((sentBack.body.results as Json[]).map((result) => result.state)).toEqual([
      'changes_requested',
      'changes_requested',
    ])
    const history = (
      await api.request('GET', `/posts/${inReview[0]}/workflow`, { token: staff.editor.token })
    ).body.history as Json[]
    expect(history.at(-1)).toMatchObject({ comment: 'أضف المصادر', transition: 'request_changes' })
  })

  it('takes the same steps through GraphQL, with the same outcomes and refusals', async () => {
    const ready = await post('عبر GraphQL', APPROVED)
    const draft = await post('مسودة عبر GraphQL')
    const mutation = `mutation ($ids: [ID!]!) {
      workflowTransitionMany(collection: "posts", ids: $ids, transition: "publish") {
        id status state reason message title } }`
    const reply = await api.graphql(mutation, {
      token: staff.editor.token,
      variables: { ids: [String(ready), String(draft)] },
    })
    expect(reply.body.data!.workflowTransitionMany).toEqual([
      {
        id: String(ready),
        message: null,
        reason: null,
        state: 'published',
        status: 200,
        title: 'عبر GraphQL',
      },
      {
        id: String(draft),
        message: 'لا يمكن اتخاذ هذا الإجراء من الحالة الحالية للوثيقة.',
        reason: 'notFromState',
        state: null,
        status: 409,
        title: 'مسودة عبر GraphQL',
      },
    ])
    expect(await publicTitle(ready)).toBe('عبر GraphQL')
    const empty = await api.graphql(mutation, { token: staff.editor.token, variables: { ids: [] } })
    expect(empty.body.errors![0]).toMatchObject({
      extensions: { statusCode: 400 },
      message: `اختر وثيقة واحدة على الأقل؛ والحد الأقصى في المرة الواحدة ${MAX_BULK_DOCUMENTS}.`,
    })
    const anonymous = await api.graphql(mutation, { variables: { ids: [String(draft)] } })
    expect(anonymous.body.errors![0].extensions.statusCode).toBe(401)
  })

  it('schedules many at one time, and refuses a time in the past for each', async () => {
    const ids = [await post('مجدول أ', APPROVED), await post('مجدول ب', APPROVED)]
    const past = await bulk('editor', {
      ids,
      publishAt: new Date(Date.now() - 60_000).toISOString(),
      transition: 'schedule',
    })
    expect((past.body.results as Json[]).map((result) => result.reason)).toEqual([
      'invalidPublishAt',
      'invalidPublishAt',
    ])
    const later = new Date(Date.now() + 3_600_000).toISOString()
    const scheduled = await bulk('editor', { ids, publishAt: later, transition: 'schedule' })
    expect((scheduled.body.results as Json[]).map((result) => result.state)).toEqual([
      'scheduled',
      'scheduled',
    ])
  })

  it('refuses a request without a list of 1 to 100 ids with a readable 400, and an anonymous one with a 401, before moving anything (property)', async () => {
    const id = await post('لا يتحرك', APPROVED)
    const valid = (ids: unknown): boolean =>
      Array.isArray(ids) &&
      ids.length > 0 &&
      ids.length <= MAX_BULK_DOCUMENTS &&
      ids.every(
        (item) =>
          (typeof item === 'string' && item.trim() !== '') ||
          (typeof item === 'number' && Number.isSafeInteger(item)),
      )
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          // Ids no document has, some no id column holds (PostgreSQL's serial is 32 bits).
          fc.array(
            fc.oneof(
              fc.integer({ max: 1_000_000, min: 100_000 }),
              fc.maxSafeInteger(),
              fc.string(),
            ),
            { maxLength: 4 },
          ),
          fc.array(fc.anything(), { maxLength: 3 }),
          fc.anything(),
          fc.constant(Array.from({ length: MAX_BULK_DOCUMENTS + 1 }, (_, i) => 200_000 + i)),
          fc.constant([2 ** 31, -(2 ** 31) - 1, 12_345_678_901]),
        ),
        async (ids) => {
          const reply = await bulk('editor', { ids, transition: 'no_such_step' }, 'en')
          if (!valid(ids)) {
            expect(reply.status).toBe(400)
            expect(reply.body.errors[0].message).toBe(
              `Choose at least one document; the most at once is ${MAX_BULK_DOCUMENTS}.`,
            )
            return
          }
          expect(reply.status).toBe(200)
          const distinct = [...new Set((ids as unknown[]).map(String))]
          expect((reply.body.results as Json[]).map((result) => result.id)).toEqual(distinct)
          for (const result of reply.body.results as Json[]) expect(result.status).toBeLessThan(500)
        },
      ),
      { numRuns: 40 },
    )
    const anonymous = await bulk(null, { ids: [id], transition: 'publish' })
    expect(anonymous.status).toBe(401)
    expect((await bulk('editor', { ids: [id] })).status).toBe(400)
    expect(await stateOf(id)).toBe('approved')
  })
})
