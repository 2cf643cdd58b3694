import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { WORKFLOW_IMPORT } from '@jusur/editorial-workflow'
import { apiClient } from '../helpers/api'
import { plainBody } from '../helpers/content'
import { createStaff, type Staff, type StaffMember } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

type Json = Record<string, any>

describeIntegration('editorial workflow on the report collections', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    staff = await createStaff(ctx.payload, api)
  })
  afterAll(() => ctx?.stop())

  const as = (member: StaffMember) => staff.tokens[member]

  const json = async (response: Response) => ({
    body: (await response.json()) as Json,
    status: response.status,
  })

  const transition = async (
    member: StaffMember | null,
    id: number | string,
    body: Json,
    collection = 'articles',
  ) =>
    json(
      await api.request('POST', `/${collection}/${id}/workflow`, {
        body,
        token: member ? as(member) : undefined,
      }),
    )

  const workflowOf = async (id: number | string, member: StaffMember = 'admin') =>
    (await json(await api.request('GET', `/articles/${id}/workflow`, { token: as(member) }))).body

  const someBody = (words: string) => plainBody(words)

  /** An article written by the author in Arabic and translated by the translator: complete in both languages. */
  const bilingualArticle = async (title: string): Promise<number | string> => {
    const created = await json(
      await api.request('POST', '/articles?draft=true&locale=ar', {
        body: { body: someBody('نص'), summary: `ملخص ${title}`, title },
        token: as('author'),
      }),
    )
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const translated = await api.request('PATCH', `/articles/${id}?draft=true&locale=en`, {
      body: { body: someBody('text'), summary: `Summary ${title}`, title: `EN ${title}` },
      token: as('translator'),
    })
    expect(translated.status).toBe(200)
    return id
  }

  /** Submitted by the author and approved by the reviewer. */
  const approvedArticle = async (title: string) => {
    const id = await bilingualArticle(title)
    expect((await transition('author', id, { transition: 'submit' })).status).toBe(200)
    expect((await transition('reviewer', id, { transition: 'approve' })).status).toBe(200)
    return id
  }

  const publishedArticle = async (title: string) => {
    const id = await approvedArticle(title)
    expect((await transition('editor', id, { transition: 'publish' })).status).toBe(200)
    return id
  }

  const publicTitle = async (id: number | string): Promise<null | string> => {
    const response = await api.request('GET', `/articles/${id}?locale=ar`)
    return response.status === 200 ? ((await response.json()) as Json).title : null
  }

  const publicGraphQLTitles = async () => {
    const { body } = await api.graphql('{ Articles(limit: 100, locale: ar) { docs { title } } }')
    return (body.data?.Articles.docs ?? []).map((doc: Json) => doc.title)
  }

  it('takes an Arabic article from draft to publication, and only publication makes it public', async () => {
    const id = await bilingualArticle('زيارة الوزير إلى بكين')
    expect(await workflowOf(id)).toMatchObject({ published: false, state: 'draft' })

    const submitted = await transition('author', id, {
      assignee: staff.ids.reviewer,
      transition: 'submit',
    })
    expect(submitted).toMatchObject({
      body: { assignee: staff.ids.reviewer, state: 'in_review' },
      status: 200,
    })

    const noReason = await transition('reviewer', id, { transition: 'request_changes' })
    expect(noReason.status).toBe(400)
    const sentBack = await transition('reviewer', id, {
      comment: 'أضف تاريخ التوقيع',
      transition: 'request_changes',
    })
    expect(sentBack.body.state).toBe('changes_requested')
    expect((await transition('author', id, { transition: 'submit' })).body.state).toBe('in_review')
    expect((await transition('reviewer', id, { transition: 'approve' })).body.state).toBe(
      'approved',
    )

    expect(await publicTitle(id)).toBeNull()
    expect(await publicGraphQLTitles()).not.toContain('زيارة الوزير إلى بكين')

    const published = await transition('editor', id, { transition: 'publish' })
    expect(published.body).toMatchObject({ published: true, state: 'published' })
    expect(await publicTitle(id)).toBe('زيارة الوزير إلى بكين')
    expect(await publicGraphQLTitles()).toContain('زيارة الوزير إلى بكين')

    const history = published.body.history as Json[]
    expect(history.map((event) => [event.transition, event.from, event.to])).toEqual([
      ['submit', 'draft', 'in_review'],
      ['request_changes', 'in_review', 'changes_requested'],
      ['submit', 'changes_requested', 'in_review'],
      ['approve', 'in_review', 'approved'],
      ['publish', 'approved', 'published'],
    ])
    expect(history.map((event) => event.sequence)).toEqual([1, 2, 3, 4, 5])
    expect(history[1]).toMatchObject({
      comment: 'أضف تاريخ التوقيع',
      user: expect.objectContaining({ id: staff.ids.reviewer }),
    })
    expect(history.every((event) => typeof event.version === 'string' && event.createdAt)).toBe(
      true,
    )
  })

  it('dates an article at its first publication, unless an editor dated it', async () => {
    const before = Date.now()
    const id = await publishedArticle('تاريخ النشر الأول')
    const { body } = await json(await api.request('GET', `/articles/${id}`))
    expect(Date.parse(body.publishedAt)).toBeGreaterThanOrEqual(before)
    expect(body.publishedAt).toBe(body.lastPublishedAt)
    const latest = await json(
      await api.request(
        'GET',
        '/articles?sort=-publishedAt&limit=1&where[publishedAt][exists]=true',
      ),
    )
    expect(latest.body.docs.map((doc: Json) => doc.id)).toEqual([id])

    const dated = await bilingualArticle('تاريخ حدده المحرر')
    await api.request('PATCH', `/articles/${dated}?draft=true&locale=ar`, {
      body: { publishedAt: '2024-10-28T09:00:00.000Z' },
      token: as('author'),
    })
    await transition('author', dated, { transition: 'submit' })
    await transition('reviewer', dated, { transition: 'approve' })
    expect((await transition('editor', dated, { transition: 'publish' })).status).toBe(200)
    const kept = await json(await api.request('GET', `/articles/${dated}`))
    expect(kept.body.publishedAt).toBe('2024-10-28T09:00:00.000Z')
  })

  it('offers each user exactly the transitions they may take now', async () => {
    const id = await bilingualArticle('عرض الإجراءات')
    const names = async (member: StaffMember) =>
      (await workflowOf(id, member)).transitions.map((t: Json) => t.name)
    expect(await names('author')).toEqual(['submit', 'set_source_locale'])
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
  })

  it('answers 401, 403, 404, 409 and 400 with a reason, and changes nothing', async () => {
    const id = await bilingualArticle('أخطاء الإجراءات')
    expect((await transition(null, id, { transition: 'submit' })).status).toBe(401)
    const byReviewer = await transition('reviewer', id, { transition: 'submit' })
    expect(byReviewer).toMatchObject({
      body: { errors: [expect.objectContaining({ data: { reason: 'role' } })] },
      status: 403,
    })
    expect((await transition('editor', id, { transition: 'publish' })).status).toBe(409)
    expect((await transition('author', id, { transition: 'fly' })).status).toBe(400)
    expect((await transition('author', id, {})).status).toBe(400)
    expect(
      (await transition('author', id, { assignee: 999999, transition: 'submit' })).status,
    ).toBe(400)
    expect((await transition('author', 999999, { transition: 'submit' })).status).toBe(404)
    const english = await api.request('POST', `/articles/${id}/workflow`, {
      body: { transition: 'approve' },
      headers: { 'accept-language': 'en' },
      token: as('author'),
    })
    expect((await english.json()).errors[0].message).toBe('Your role does not allow this action.')
    expect(await workflowOf(id)).toMatchObject({ history: [], state: 'draft' })
  })

  it('keeps four eyes: nobody approves or publishes what they last edited or submitted', async () => {
    const id = await bilingualArticle('أربع أعين')
    await transition('editor', id, { transition: 'submit' })
    expect(
      (await transition('editor', id, { transition: 'approve' })).body.errors[0].data.reason,
    ).toBe('fourEyes')
    const edited = await api.request('PATCH', `/articles/${id}?draft=true`, {
      body: { publishedAt: '2024-10-21T09:00:00.000Z' },
      token: as('editor2'),
    })
    expect(edited.status).toBe(200)
    expect((await transition('reviewer', id, { transition: 'approve' })).status).toBe(200)
    expect((await transition('editor2', id, { transition: 'publish' })).status).toBe(403)
    expect((await transition('editor', id, { transition: 'publish' })).status).toBe(403)
    expect((await transition('admin', id, { transition: 'publish' })).status).toBe(200)
  })

  it('ties approval to the version: a content change sends the document back to review, and history says so', async () => {
    const id = await approvedArticle('نسخة معتمدة')
    const edit = await api.request('PATCH', `/articles/${id}?draft=true&locale=ar`, {
      body: { title: 'نسخة معدلة بعد الاعتماد' },
      token: as('author'),
    })
    expect(edit.status).toBe(200)
    const after = await workflowOf(id)
    expect(after.state).toBe('in_review')
    expect(after.history.at(-1)).toMatchObject({
      from: 'approved',
      to: 'in_review',
      transition: 'edited',
    })
    expect((await transition('editor', id, { transition: 'publish' })).status).toBe(409)

    // A save that changes no content (the same title again) keeps the approval.
    expect((await transition('reviewer', id, { transition: 'approve' })).status).toBe(200)
    await api.request('PATCH', `/articles/${id}?draft=true&locale=ar`, {
      body: { title: 'نسخة معدلة بعد الاعتماد' },
      token: as('author'),
    })
    expect((await workflowOf(id)).state).toBe('approved')
  })

  it('refuses a transition on a version the caller did not see (409)', async () => {
    const id = await bilingualArticle('نسخة قديمة')
    await transition('author', id, { transition: 'submit' })
    const seen = (await workflowOf(id, 'reviewer')).latestVersion
    await api.request('PATCH', `/articles/${id}?draft=true&locale=ar`, {
      body: { summary: 'تغيير أثناء المراجعة' },
      token: as('author'),
    })
    const stale = await transition('reviewer', id, { transition: 'approve', version: seen })
    expect(stale.status).toBe(409)
    expect((await workflowOf(id)).state).toBe('in_review')
  })

  it('publishes only with both languages complete, or a recorded waiver', async () => {
    const created = await json(
      await api.request('POST', '/articles?draft=true&locale=ar', {
        body: { body: someBody('نص'), summary: 'ملخص', title: 'بالعربية فقط' },
        token: as('author'),
      }),
    )
    const id = created.body.doc.id
    await transition('author', id, { transition: 'submit' })
    await transition('reviewer', id, { transition: 'approve' })
    const blocked = await transition('editor', id, { transition: 'publish' })
    expect(blocked.status).toBe(403)
    expect(blocked.body.errors[0]).toMatchObject({
      data: { reason: 'parity' },
      // The incomplete language by its name, in the caller's language.
      message: expect.stringMatching(/الناقصة: الإنجليزية$/),
    })
    expect(
      (await transition('editor', id, { locale: 'en', transition: 'waive_translation' })).status,
    ).toBe(400)
    expect(
      (
        await transition('author', id, {
          comment: 'x',
          locale: 'en',
          transition: 'waive_translation',
        })
      ).status,
    ).toBe(403)
    const waived = await transition('editor', id, {
      comment: 'بيان عاجل بالعربية',
      locale: 'en',
      transition: 'waive_translation',
    })
    expect(waived.body.translations).toContainEqual({
      locale: 'en',
      reason: 'بيان عاجل بالعربية',
      status: 'waived',
    })
    expect(waived.body.state).toBe('approved')
    expect((await transition('editor', id, { transition: 'publish' })).status).toBe(200)
  })

  it('flags the translation outdated when the source changes, until a translator confirms it', async () => {
    const id = await bilingualArticle('ترجمة محدثة')
    const statuses = async () =>
      Object.fromEntries((await workflowOf(id)).translations.map((t: Json) => [t.locale, t.status]))
    expect(await statuses()).toEqual({ ar: 'complete', en: 'complete' })
    // Issue #21: the English catching up never outdates the Arabic it was translated from.
    await api.request('PATCH', `/articles/${id}?draft=true&locale=en`, {
      body: { summary: 'A revised summary' },
      token: as('translator'),
    })
    expect(await statuses()).toEqual({ ar: 'complete', en: 'complete' })
    await api.request('PATCH', `/articles/${id}?draft=true&locale=ar`, {
      body: { summary: 'ملخص جديد' },
      token: as('author'),
    })
    expect(await statuses()).toEqual({ ar: 'complete', en: 'outdated' })
    await transition('author', id, { transition: 'submit' })
    await transition('reviewer', id, { transition: 'approve' })
    expect(
      (await transition('editor', id, { transition: 'publish' })).body.errors[0].data.reason,
    ).toBe('parity')
    expect(
      (await transition('translator', id, { locale: 'en', transition: 'confirm_translation' }))
        .status,
    ).toBe(200)
    expect(await statuses()).toEqual({ ar: 'complete', en: 'complete' })
    expect((await transition('editor', id, { transition: 'publish' })).status).toBe(200)
  })

  it('lets exactly one of two simultaneous transitions win; the other gets 409 and history has one entry', async () => {
    const id = await bilingualArticle('سباق')
    await transition('author', id, { transition: 'submit' })
    const results = await Promise.all([
      transition('reviewer', id, { transition: 'approve' }),
      transition('reviewer2', id, { comment: 'لا', transition: 'request_changes' }),
    ])
    expect(results.map((result) => result.status).sort()).toEqual([200, 409])
    const after = await workflowOf(id)
    expect(after.history).toHaveLength(2)
    const winner = results.find((result) => result.status === 200)!
    expect(after.state).toBe(winner.body.state)
  })

  describe('the gate refuses every other way to publish or change the state', () => {
    const refused = (response: { body: Json; status: number }) => expect(response.status).toBe(403)

    it('REST update, per-locale publish and bulk update', async () => {
      const id = await approvedArticle('بوابة REST')
      refused(
        await json(
          await api.request('PATCH', `/articles/${id}`, {
            body: { _status: 'published' },
            token: as('editor'),
          }),
        ),
      )
      refused(
        await json(
          await api.request('PATCH', `/articles/${id}?publishSpecificLocale=en`, {
            body: { _status: 'published' },
            token: as('editor'),
          }),
        ),
      )
      refused(
        await json(
          await api.request('PATCH', `/articles/${id}?draft=true`, {
            body: { workflowState: 'published' },
            token: as('editor'),
          }),
        ),
      )
      const bulk = await api.request('PATCH', `/articles?where[id][equals]=${id}`, {
        body: { _status: 'published' },
        token: as('admin'),
      })
      expect(bulk.status).toBe(403)
      expect(await publicTitle(id)).toBeNull()
      expect((await workflowOf(id)).state).toBe('approved')
    })

    it('GraphQL update', async () => {
      const id = await approvedArticle('بوابة GraphQL')
      const { body } = await api.graphql(
        `mutation { updateArticle(id: ${JSON.stringify(id)}, data: { _status: published }) { id } }`,
        {
          token: as('editor'),
        },
      )
      expect(body.errors?.[0].message).toMatch(/مسار التحرير/)
      expect(await publicTitle(id)).toBeNull()
    })

    it('Local API, with access control and even without it', async () => {
      const id = await approvedArticle('بوابة Local API')
      const editor = await ctx.payload.findByID({ collection: 'users', id: staff.ids.editor })
      await expect(
        ctx.payload.update({
          collection: 'articles',
          data: { _status: 'published' },
          id,
          overrideAccess: false,
          user: editor,
        }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(
        ctx.payload.update({ collection: 'articles', data: { _status: 'published' }, id }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(
        ctx.payload.update({
          collection: 'articles',
          data: { workflowState: 'published' },
          draft: true,
          id,
        }),
      ).rejects.toMatchObject({
        status: 403,
      })
      expect(await publicTitle(id)).toBeNull()
    })

    it('duplicate: the copy of a published article starts as an unpublished draft', async () => {
      const id = await publishedArticle('الأصل المنشور')
      const copy = await json(
        await api.request('POST', `/articles/${id}/duplicate`, { body: {}, token: as('editor') }),
      )
      expect(copy.status).toBe(200)
      const copyId = copy.body.doc.id
      expect(await publicTitle(copyId)).toBeNull()
      expect(await workflowOf(copyId)).toMatchObject({
        history: [],
        published: false,
        state: 'draft',
      })
    })

    it("version restore: REST (the admin) restores a draft, the live version stays; a live restore elsewhere is refused in the caller's language", async () => {
      const id = await publishedArticle('نسخة منشورة أولى')
      await api.request('PATCH', `/articles/${id}?draft=true&locale=ar`, {
        body: { title: 'مسودة لاحقة' },
        token: as('author'),
      })
      const versions = await ctx.payload.findVersions({
        collection: 'articles',
        sort: 'createdAt',
        where: { parent: { equals: id } },
      })
      const first = versions.docs[0]
      const draftTitle = async () =>
        (await ctx.payload.findByID({ collection: 'articles', draft: true, id, locale: 'ar' }))
          .title
      // What the admin's "Restore this version" sends: no `draft`.
      for (const query of ['', '?draft=false', '?draft=true']) {
        await api.request('PATCH', `/articles/${id}?draft=true&locale=ar`, {
          body: { title: 'مسودة لاحقة' },
          token: as('author'),
        })
        const restored = await json(
          await api.request('POST', `/articles/versions/${first.id}${query}`, {
            token: as('editor'),
          }),
        )
        expect([restored.status, restored.body.errors?.[0]?.message]).toEqual([200, undefined])
        expect(await draftTitle()).toBe('نسخة منشورة أولى')
      }
      await api.request('PATCH', `/articles/${id}?draft=true&locale=ar`, {
        body: { title: 'مسودة لاحقة' },
        token: as('author'),
      })
      const older = await ctx.payload.findVersions({
        collection: 'articles',
        limit: 1,
        sort: '-createdAt',
        where: { parent: { equals: id } },
      })
      await api.request('PATCH', `/articles/${id}?draft=true&locale=ar`, {
        body: { title: 'مسودة ثالثة' },
        token: as('author'),
      })
      const restored = await json(
        await api.request('POST', `/articles/versions/${older.docs[0].id}`, {
          token: as('editor'),
        }),
      )
      expect(restored.status).toBe(200)
      expect(await draftTitle()).toBe('مسودة لاحقة')
      expect(await publicTitle(id)).toBe('نسخة منشورة أولى')
      expect(await workflowOf(id)).toMatchObject({ published: true })
      // Without rights to edit, no restore at all.
      expect(
        (await api.request('POST', `/articles/versions/${first.id}`, { token: as('reviewer') }))
          .status,
      ).toBe(403)
      expect((await api.request('POST', `/articles/versions/${first.id}`)).status).toBe(403)

      const mutation = `mutation { restoreVersionArticle(id: ${JSON.stringify(older.docs[0].id)}) { id } }`
      const arabic = await api.graphql(mutation, { token: as('editor') })
      expect(arabic.body.errors?.[0].message).toMatch(/^لا تُستعاد نسخة سابقة إلا مسودةً/)
      const english = await api.graphql(mutation, {
        headers: { 'accept-language': 'en' },
        token: as('editor'),
      })
      expect(english.body.errors?.[0].message).toMatch(/only as a draft/)
      await expect(
        ctx.payload.restoreVersion({ collection: 'articles', id: older.docs[0].id }),
      ).rejects.toMatchObject({ status: 403 })
      expect(await publicTitle(id)).toBe('نسخة منشورة أولى')
    })

    it('a published document is changed only through drafts: the public keeps the approved text', async () => {
      const id = await publishedArticle('نص منشور')
      refused(
        await json(
          await api.request('PATCH', `/articles/${id}?locale=ar`, {
            body: { title: 'تعديل مباشر' },
            token: as('editor'),
          }),
        ),
      )
      const draft = await api.request('PATCH', `/articles/${id}?draft=true&locale=ar`, {
        body: { title: 'تعديل في مسودة' },
        token: as('author'),
      })
      expect(draft.status).toBe(200)
      expect(await publicTitle(id)).toBe('نص منشور')
      expect(await workflowOf(id)).toMatchObject({ published: true, state: 'draft' })
    })

    it('plain draft saves keep working for whoever may edit', async () => {
      const id = await bilingualArticle('حفظ عادي')
      for (const member of ['author', 'translator', 'editor'] as const) {
        const saved = await api.request('PATCH', `/articles/${id}?draft=true&locale=ar`, {
          body: { summary: `ملخص ${member}` },
          token: as(member),
        })
        expect(saved.status).toBe(200)
      }
      expect(
        (
          await api.request('PATCH', `/articles/${id}?draft=true`, {
            body: { summary: 'x' },
            token: as('reviewer'),
          })
        ).status,
      ).toBe(403)
    })

    it('seeds and imports publish only when they say so explicitly', async () => {
      const imported = await ctx.payload.create({
        collection: 'articles',
        context: { [WORKFLOW_IMPORT]: true },
        data: { _status: 'published', title: 'مستورد' },
      })
      expect(imported.workflowState).toBe('published')
      expect(await publicTitle(imported.id)).toBe('مستورد')
    })
  })

  it('keeps the history append-only for everyone, admins and the Local API included', async () => {
    const id = await bilingualArticle('سجل ثابت')
    await transition('author', id, { transition: 'submit' })
    const [event] = (await workflowOf(id)).history
    expect(
      (
        await api.request('PATCH', `/workflow-events/${event.id}`, {
          body: { comment: 'x' },
          token: as('admin'),
        })
      ).status,
    ).toBe(403)
    expect(
      (await api.request('DELETE', `/workflow-events/${event.id}`, { token: as('admin') })).status,
    ).toBe(403)
    expect(
      (
        await api.request('POST', '/workflow-events', {
          body: { ...event, id: undefined, sequence: 99 },
          token: as('admin'),
        })
      ).status,
    ).toBe(403)
    await expect(
      ctx.payload.update({ collection: 'workflow-events', data: { comment: 'x' }, id: event.id }),
    ).rejects.toThrow()
    await expect(
      ctx.payload.delete({ collection: 'workflow-events', id: event.id }),
    ).rejects.toThrow()
    expect(await api.request('GET', '/workflow-events').then((response) => response.status)).toBe(
      403,
    )
    expect((await workflowOf(id)).history).toHaveLength(1)
  })

  it('hides the workflow fields from anonymous readers', async () => {
    const id = await publishedArticle('حقول داخلية')
    const doc = (await (await api.request('GET', `/articles/${id}`)).json()) as Json
    expect(doc.title).toBeDefined()
    expect(doc.workflowState).toBeUndefined()
    expect(doc.workflow).toBeUndefined()
    expect((await api.request('GET', `/articles/${id}/workflow`)).status).toBe(401)
  })

  it('lets staff filter lists by state, and does not let the public probe it', async () => {
    const id = await bilingualArticle('تصفية حسب الحالة')
    await transition('author', id, { transition: 'submit' })
    const inReview = await json(
      await api.request(
        'GET',
        '/articles?draft=true&limit=100&where[workflowState][equals]=in_review',
        { token: as('editor') },
      ),
    )
    expect(inReview.body.docs.map((doc: Json) => doc.id)).toContain(id)
    expect(inReview.body.docs.every((doc: Json) => doc.workflowState === 'in_review')).toBe(true)
    const anonymous = await api.request('GET', '/articles?where[workflowState][equals]=in_review')
    expect(anonymous.status).toBeGreaterThanOrEqual(400)
    expect(anonymous.status).toBeLessThan(500)
  })

  it('speaks GraphQL: workflowState and workflowTransition', async () => {
    const id = await bilingualArticle('عبر GraphQL')
    const mutation = `mutation($id: ID!) { workflowTransition(collection: "articles", id: $id, transition: "submit") { state transitions { name } history { transition user } } }`
    const { body } = await api.graphql(mutation, {
      token: as('author'),
      variables: { id: String(id) },
    })
    expect(body.data?.workflowTransition).toMatchObject({
      history: [{ transition: 'submit', user: String(staff.ids.author) }],
      state: 'in_review',
    })
    const query = `query($id: ID!) { workflowState(collection: "articles", id: $id) { state transitions { name } translations { locale status } } }`
    const state = await api.graphql(query, { token: as('reviewer'), variables: { id: String(id) } })
    expect(state.body.data?.workflowState.transitions.map((t: Json) => t.name)).toEqual([
      'request_changes',
      'approve',
    ])
    const refused = await api.graphql(mutation.replace('"submit"', '"publish"'), {
      token: as('author'),
      variables: { id: String(id) },
    })
    expect((refused.body.errors?.[0] as Json).extensions?.statusCode).toBe(403)
    const anonymous = await api.graphql(query, { variables: { id: String(id) } })
    expect((anonymous.body.errors?.[0] as Json).extensions?.statusCode).toBe(401)
  })

  it('shows each user their queue, newest first', async () => {
    const waiting = await bilingualArticle('بانتظار المراجع')
    await transition('author', waiting, { assignee: staff.ids.reviewer2, transition: 'submit' })
    const queueOf = async (member: StaffMember) =>
      (await json(await api.request('GET', '/workflow/queue', { token: as(member) }))).body
    const reviewer2 = await queueOf('reviewer2')
    expect(reviewer2.items[0]).toMatchObject({
      collection: 'articles',
      id: waiting,
      state: 'in_review',
    })
    expect(reviewer2.counts.in_review.count).toBeGreaterThan(0)
    expect((await queueOf('reviewer')).items.map((item: Json) => item.id)).not.toContain(waiting)
    await transition('reviewer2', waiting, {
      comment: 'راجع العنوان',
      transition: 'request_changes',
    })
    expect((await queueOf('author')).items.map((item: Json) => item.id)).toContain(waiting)
  })

  it('shows an approved document to the editor-in-chief whoever reviewed it, with its type, submitter and time', async () => {
    const assigned = await bilingualArticle('اعتمده مراجع مُسنَد')
    await transition('author', assigned, { assignee: staff.ids.reviewer2, transition: 'submit' })
    const queueOf = async (member: StaffMember) =>
      (await json(await api.request('GET', '/workflow/queue', { token: as(member) }))).body
    const ids = async (member: StaffMember) =>
      (await queueOf(member)).items.map((item: Json) => item.id)
    // In review, assigned: the assignee's, nobody else's among those who review.
    expect(await ids('editor')).not.toContain(assigned)
    expect((await transition('reviewer2', assigned, { transition: 'approve' })).status).toBe(200)
    const chief = await queueOf('editor')
    expect(chief.items.find((item: Json) => item.id === assigned)).toMatchObject({
      collection: 'articles',
      collectionLabel: expect.stringMatching(/مقال|خبر/),
      state: 'approved',
      stateLabel: expect.any(String),
      submittedBy: { id: String(staff.ids.author), name: 'author' },
    })
    expect(Date.parse(chief.items[0].updatedAt)).toBeGreaterThan(0)
    // Counts are of every match, not of the page.
    const approved = await ctx.payload.count({
      collection: 'articles',
      where: { workflowState: { equals: 'approved' } },
    })
    expect(chief.counts.approved.count).toBeGreaterThanOrEqual(approved.totalDocs)
    expect(await ids('reviewer2')).not.toContain(assigned)
    // A reviewer is not a translator: no translations queue.
    expect((await queueOf('reviewer')).translations).toBeNull()
  })

  it('queues translations that are missing or outdated for translators, and lists filter by it', async () => {
    const queueOf = async (member: StaffMember) =>
      (await json(await api.request('GET', '/workflow/queue', { token: as(member) }))).body
    const due = async (id: number | string) =>
      (await queueOf('translator')).translations.items.find((item: Json) => item.id === id)
    const filtered = async (status: string, member: StaffMember | null = 'translator') =>
      json(
        await api.request(
          'GET',
          `/articles?draft=true&limit=200&depth=0&where[translationStatus][equals]=${status}`,
          { token: member ? as(member) : undefined },
        ),
      )
    const created = await json(
      await api.request('POST', '/articles?draft=true&locale=ar', {
        body: { body: someBody('نص'), summary: 'ملخص', title: 'بانتظار المترجم' },
        token: as('author'),
      }),
    )
    const id = created.body.doc.id
    expect(await due(id)).toMatchObject({
      due: [{ label: expect.any(String), locale: 'en', status: 'missing' }],
      state: 'draft',
    })
    const missing = await filtered('missing')
    expect(missing.body.docs.map((doc: Json) => doc.id)).toContain(id)
    expect(missing.body.docs.every((doc: Json) => doc.translationStatus === 'missing')).toBe(true)

    await api.request('PATCH', `/articles/${id}?draft=true&locale=en`, {
      body: { body: someBody('text'), summary: 'Summary', title: 'Awaiting the translator' },
      token: as('translator'),
    })
    expect(await due(id)).toBeUndefined()
    expect((await filtered('complete')).body.docs.map((doc: Json) => doc.id)).toContain(id)

    // The source changes: the English lags behind it.
    await api.request('PATCH', `/articles/${id}?draft=true&locale=ar`, {
      body: { title: 'بانتظار المترجم مجددا' },
      token: as('author'),
    })
    expect(await due(id)).toMatchObject({ due: [{ locale: 'en', status: 'outdated' }] })
    expect((await filtered('outdated')).body.docs.map((doc: Json) => doc.id)).toContain(id)
    const counts = (await queueOf('translator')).translations.counts
    expect(counts.outdated.count).toBeGreaterThanOrEqual(1)

    // A caller cannot set the summary: it follows the bookkeeping.
    const forged = await json(
      await api.request('PATCH', `/articles/${id}?draft=true&locale=ar`, {
        body: { translationStatus: 'complete' },
        token: as('editor'),
      }),
    )
    expect(forged.status).toBe(200)
    expect((await filtered('outdated')).body.docs.map((doc: Json) => doc.id)).toContain(id)

    expect(
      (await transition('translator', id, { locale: 'en', transition: 'confirm_translation' }))
        .status,
    ).toBe(200)
    expect(await due(id)).toBeUndefined()
    // Readers neither see the field nor filter by it.
    const anonymous = await filtered('complete', null)
    expect(anonymous.status).toBeGreaterThanOrEqual(400)
    expect(anonymous.status).toBeLessThan(500)
  })

  it('publishes a scheduled article once, when its time comes, and not if it was edited meanwhile', async () => {
    const runDue = () => ctx.payload.jobs.run({ queue: 'editorial-workflow' })
    const id = await approvedArticle('نشر مجدول')
    expect(
      (
        await transition('editor', id, {
          publishAt: new Date(Date.now() - 1000).toISOString(),
          transition: 'schedule',
        })
      ).status,
    ).toBe(400)
    const publishAt = new Date(Date.now() + 1500).toISOString()
    expect(
      (await transition('editor', id, { publishAt, transition: 'schedule' })).body,
    ).toMatchObject({ publishAt, state: 'scheduled' })
    await runDue()
    expect(await publicTitle(id)).toBeNull()
    // A second copy of the job stands for a second app instance picking the same publication up.
    const [job] = (
      await ctx.payload.find({
        collection: 'payload-jobs',
        where: { queue: { equals: 'editorial-workflow' } },
      })
    ).docs
    await ctx.payload.jobs.queue({
      input: job.input as never,
      queue: 'editorial-workflow',
      task: 'editorialWorkflowPublish' as never,
    })
    await new Promise((resolve) => setTimeout(resolve, 1600))
    await runDue()
    await runDue()
    expect(await publicTitle(id)).toBe('نشر مجدول')
    // The scheduled publication dates the article: newest first in the public list.
    // Articles published before (imported ones) have no date; PostgreSQL sorts those first.
    const latest = await json(
      await api.request(
        'GET',
        '/articles?sort=-publishedAt&limit=1&where[publishedAt][exists]=true',
      ),
    )
    expect(latest.body.docs[0]).toMatchObject({ id })
    expect(Date.parse(latest.body.docs[0].publishedAt)).toBeGreaterThanOrEqual(
      Date.parse(publishAt),
    )
    const after = await workflowOf(id)
    expect(after.state).toBe('published')
    expect(
      after.history.filter((event: Json) => event.transition === 'publish_scheduled'),
    ).toHaveLength(1)

    const edited = await approvedArticle('مجدول ثم عُدّل')
    await transition('editor', edited, {
      publishAt: new Date(Date.now() + 1000).toISOString(),
      transition: 'schedule',
    })
    await api.request('PATCH', `/articles/${edited}?draft=true&locale=ar`, {
      body: { summary: 'تعديل بعد الجدولة' },
      token: as('author'),
    })
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await runDue()
    expect(await publicTitle(edited)).toBeNull()
    expect((await workflowOf(edited)).state).toBe('in_review')
  })

  it('applies to events, delegations and agreements too', async () => {
    const egypt = await ctx.payload.create({
      collection: 'countries',
      data: { code: 'EG', name: 'مصر' },
    })
    const china = await ctx.payload.create({
      collection: 'countries',
      data: { code: 'CN', name: 'الصين' },
    })
    const cases = [
      ['events', { kind: 'talks', title: 'مباحثات' }],
      ['delegations', { direction: 'incoming', name: 'وفد' }],
      [
        'agreements',
        {
          kind: 'protocol',
          parties: [{ country: egypt.id }, { country: china.id }],
          status: 'signed',
          title: 'بروتوكول',
        },
      ],
    ] as const
    for (const [collection, data] of cases) {
      const created = await json(
        await api.request('POST', `/${collection}?draft=true`, { body: data, token: as('author') }),
      )
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      const direct = await api.request('PATCH', `/${collection}/${id}`, {
        body: { _status: 'published' },
        token: as('editor'),
      })
      expect(direct.status).toBe(403)
      expect(
        (await transition('author', id, { transition: 'submit' }, collection)).body.state,
      ).toBe('in_review')
    }
  })
})
