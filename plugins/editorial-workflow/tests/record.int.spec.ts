import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fc from 'fast-check'

import type { Json, Reply } from './helpers/api'
import { describeIntegration, loose, Posts, Users } from './helpers/test-payload'
import { startWorkflowBed, type WorkflowBed } from './helpers/workflow-bed'

/**
 * The public record on the plugin's test bed: corrections published with a
 * change and never removed, retraction (410 over REST, a tombstone in
 * GraphQL and in links, out of lists), and embargoes no path breaks. On
 * SQLite and PostgreSQL, through REST, GraphQL and the Local API.
 */

const STAFF = {
  author: { roles: ['author'] },
  editor: { roles: ['editor'] },
  reviewer: { roles: ['reviewer'] },
}
type StaffName = keyof typeof STAFF

const LinkingPosts = {
  ...Posts,
  fields: [
    ...Posts.fields,
    { name: 'slug', type: 'text' as const, localized: true },
    { name: 'publishedAt', type: 'date' as const },
    { name: 'related', type: 'relationship' as const, hasMany: true, relationTo: 'posts' as never },
  ],
}

const OPTIONS = {
  collections: ['posts'],
  record: {
    collections: ['posts'],
    firstPublishedField: 'publishedAt',
    keepWhenRetracted: ['slug'],
  },
  releases: true,
  scheduling: { autoRun: false },
}

describeIntegration('editorial-workflow public record', () => {
  let { api, bed, staff, stop } = {} as WorkflowBed<StaffName>

  beforeAll(async () => {
    ;({ api, bed, staff, stop } = await startWorkflowBed(STAFF, OPTIONS, {
      collections: [Users, LinkingPosts],
    }))
  })
  afterAll(() => stop?.())

  const as = (member: StaffName) => ({ token: staff[member].token })
  const transition = (member: StaffName, id: unknown, body: Json, collection = 'posts') =>
    api.request('POST', `/${collection}/${id}/workflow`, { body, ...as(member) })
  const refusal = (reply: Reply) => ({
    reason: reply.body.errors?.[0]?.data?.reason,
    status: reply.status,
  })
  const workflowOf = async (id: unknown, collection = 'posts') =>
    (await api.request('GET', `/${collection}/${id}/workflow`, as('editor'))).body
  const save = async (id: unknown, locale: string, body: Json, member: StaffName = 'author') => {
    const reply = await api.request('PATCH', `/posts/${id}?draft=true&locale=${locale}`, {
      body,
      ...as(member),
    })
    expect(reply.status).toBe(200)
    return reply
  }

  /** A post in both languages, taken through review and published. */
  const published = async (title: string, extra: Json = {}) => {
    const created = await api.request('POST', '/posts?draft=true&locale=ar', {
      body: { slug: `${title}-ar`.replace(/\s+/g, '-'), title, ...extra },
      ...as('author'),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await save(id, 'en', { slug: `en-${title}`.replace(/\s+/g, '-'), title: `EN ${title}` })
    await publishAgain(id)
    return id
  }
  /** Submit, approve, publish the current draft. */
  const publishAgain = async (id: unknown) => {
    await approve(id)
    const reply = await transition('editor', id, { transition: 'publish' })
    expect(reply.status).toBe(200)
    return reply
  }
  /** Submit (the English confirmed as still matching the Arabic) and approve. */
  const approve = async (id: unknown) => {
    expect(
      (await transition('editor', id, { locale: 'en', transition: 'confirm_translation' })).status,
    ).toBe(200)
    expect((await transition('author', id, { transition: 'submit' })).status).toBe(200)
    expect((await transition('reviewer', id, { transition: 'approve' })).status).toBe(200)
  }
  const publicPost = (id: unknown, locale = 'ar') =>
    api.request('GET', `/posts/${id}?locale=${locale}`)

  it('publishes a correction note with its draft, appends it oldest first, and clears the draft’s', async () => {
    const id = await published('بيان الزيارة')
    await save(id, 'ar', {
      correction: { kind: 'correction', note: 'صُحّح تاريخ التوقيع.' },
      title: 'بيان الزيارة المصحح',
    })
    // A correction needs both languages: the reviewer's approval stands, publication is refused.
    await approve(id)
    expect(refusal(await transition('editor', id, { transition: 'publish' }))).toEqual({
      reason: 'correctionIncomplete',
      status: 400,
    })
    expect((await publicPost(id)).body.corrections ?? []).toEqual([])
    // Completing the note is an edit: back to review, then publication.
    await save(id, 'en', { correction: { note: 'The signing date was corrected.' } })
    expect((await workflowOf(id)).state).toBe('in_review')
    expect((await transition('reviewer', id, { transition: 'approve' })).status).toBe(200)
    expect((await transition('editor', id, { transition: 'publish' })).status).toBe(200)

    const arabic = (await publicPost(id)).body
    expect(arabic.title).toBe('بيان الزيارة المصحح')
    expect(arabic.corrections).toHaveLength(1)
    expect(arabic.corrections[0]).toMatchObject({ kind: 'correction', note: 'صُحّح تاريخ التوقيع.' })
    expect(arabic.correction).toBeUndefined()
    expect(Date.parse(arabic.corrections[0].at)).toBeGreaterThan(0)
    expect(arabic.corrections[0].version).toEqual(expect.any(String))
    expect((await publicPost(id, 'en')).body.corrections[0].note).toBe(
      'The signing date was corrected.',
    )

    // A second change: a clarification, in Arabic only, goes after the first.
    await save(id, 'ar', {
      body: 'نص موسع',
      correction: { kind: 'clarification', note: 'أضيفت تفاصيل عن الوفد.' },
    })
    // The draft's note was cleared by the publication: the new one is the only one pending.
    const draft = await api.request(
      'GET',
      `/posts/${id}?draft=true&locale=en&fallback-locale=none`,
      as('editor'),
    )
    expect(draft.body.correction.note ?? null).toBeNull()
    await publishAgain(id)
    const after = (await publicPost(id)).body.corrections as Json[]
    expect(after.map((row) => row.kind)).toEqual(['correction', 'clarification'])
    expect(after.map((row) => row.note)).toEqual(['صُحّح تاريخ التوقيع.', 'أضيفت تفاصيل عن الوفد.'])
    // Without Payload's fallback to Arabic, the English note of the clarification is empty.
    const english = (await api.request('GET', `/posts/${id}?locale=en&fallback-locale=none`)).body
      .corrections as Json[]
    expect(english.map((row) => row.note ?? null)).toEqual([
      'The signing date was corrected.',
      null,
    ])

    // A silent fix: allowed, and the history says which publications carried a note.
    await save(id, 'ar', { body: 'نص موسع بلا خطأ مطبعي' })
    await publishAgain(id)
    expect((await publicPost(id)).body.corrections).toHaveLength(2)
    const publications = ((await workflowOf(id)).history as Json[]).filter(
      (event) => event.transition === 'publish',
    )
    expect(publications.map((event) => event.details?.correction?.kind ?? null)).toEqual([
      null,
      'correction',
      'clarification',
      null,
    ])
  })

  it('dates a document’s first publication, unless an editor dated it, and each later one in lastPublishedAt', async () => {
    const id = await published('بيان أول')
    const first = (await publicPost(id)).body
    expect(first.publishedAt).toEqual(expect.any(String))
    expect(first.publishedAt).toBe(first.lastPublishedAt)

    await save(id, 'ar', { title: 'بيان أول، محدّث' })
    await publishAgain(id)
    const second = (await publicPost(id)).body
    expect(second.publishedAt).toBe(first.publishedAt)
    expect(Date.parse(second.lastPublishedAt)).toBeGreaterThan(Date.parse(first.lastPublishedAt))

    const dated = await published('بيان مؤرخ', { publishedAt: '2024-10-28T09:00:00.000Z' })
    const kept = (await publicPost(dated)).body
    expect(kept.publishedAt).toBe('2024-10-28T09:00:00.000Z')
    expect(kept.lastPublishedAt).not.toBe(kept.publishedAt)
  })

  it('refuses a correction note on a document never published, and a note without a kind', async () => {
    const created = await api.request('POST', '/posts?draft=true&locale=ar', {
      body: { correction: { kind: 'update', note: 'تحديث' }, title: 'خبر جديد' },
      ...as('author'),
    })
    const id = created.body.doc.id
    await save(id, 'en', { correction: { note: 'Update' }, title: 'New story' })
    await approve(id)
    expect(refusal(await transition('editor', id, { transition: 'publish' }))).toEqual({
      reason: 'correctionUnpublished',
      status: 409,
    })
    const other = await published('خبر آخر')
    await save(other, 'ar', { correction: { note: 'ملاحظة بلا نوع' } })
    await approve(other)
    expect(refusal(await transition('editor', other, { transition: 'publish' }))).toEqual({
      reason: 'correctionIncomplete',
      status: 400,
    })
  })

  it('keeps corrections immutable through REST, GraphQL and the Local API', async () => {
    const id = await published('بيان لا يمحى')
    await save(id, 'ar', { correction: { kind: 'update', note: 'تحديث الأرقام' }, body: 'أرقام' })
    await publishAgain(id)
    const before = (await publicPost(id)).body.corrections
    expect(before).toHaveLength(1)

    const attempts: Reply[] = [
      await api.request('PATCH', `/posts/${id}?draft=true&locale=ar`, {
        body: { corrections: [] },
        ...as('editor'),
      }),
      await api.request('PATCH', `/posts/${id}?draft=true&locale=ar`, {
        body: { corrections: [{ ...before[0], note: 'نص آخر' }] },
        ...as('editor'),
      }),
      await api.request('PATCH', `/posts/${id}?draft=true&locale=ar`, {
        body: { retracted: { at: new Date().toISOString(), notice: 'مزيف' } },
        ...as('editor'),
      }),
    ]
    for (const attempt of attempts) expect(attempt.status).toBe(403)
    const graphql = await api.graphql(
      `mutation { updatePost(id: ${JSON.stringify(id)}, draft: true, data: { corrections: [] }) { id } }`,
      as('editor'),
    )
    expect(graphql.body.errors?.[0]).toBeDefined()
    await expect(
      loose(bed.payload).update({
        collection: 'posts',
        data: { corrections: [] },
        draft: true,
        id,
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 403 })
    // Whatever was tried, the next publication still carries the note.
    await save(id, 'ar', { body: 'أرقام مصححة' })
    await publishAgain(id)
    expect((await publicPost(id)).body.corrections).toEqual(before)
  })

  it('starts a new document, or a duplicate, without a public record', async () => {
    for (const forged of [
      { corrections: [{ kind: 'correction', note: 'تصحيح مزيف' }] },
      { retracted: { at: new Date().toISOString(), notice: 'مزيف' } },
      { lastPublishedAt: new Date().toISOString() },
    ]) {
      const reply = await api.request('POST', '/posts?draft=true&locale=ar', {
        body: { title: 'وثيقة مزورة', ...forged },
        ...as('editor'),
      })
      expect(refusal(reply)).toEqual({ reason: 'publishOutsideWorkflow', status: 403 })
    }
    const id = await published('أصل منسوخ')
    await save(id, 'ar', { body: 'تعديل', correction: { kind: 'update', note: 'تحديث' } })
    await publishAgain(id)
    await save(id, 'ar', { correction: { kind: 'update', note: 'تحديث آخر' } })
    const copy = await api.request('POST', `/posts/${id}/duplicate?locale=ar`, {
      body: {},
      ...as('editor'),
    })
    expect(copy.status).toBe(200)
    const stored = await loose(bed.payload).findByID({
      collection: 'posts',
      draft: true,
      id: copy.body.doc.id,
      locale: 'all',
    })
    expect(stored.corrections ?? []).toEqual([])
    expect(stored.lastPublishedAt ?? null).toBeNull()
    expect(stored.correction?.note?.ar ?? null).toBeNull()
  })

  it('retracts with a notice: 410 over REST in the requested language, a tombstone in GraphQL and links, out of lists', async () => {
    const target = await published('تقرير سيسحب')
    const linking = await published('تقرير يشير إليه', { related: [target] })
    expect(
      refusal(
        await transition('editor', target, { notice: { ar: 'خطأ جسيم' }, transition: 'retract' }),
      ),
    ).toEqual({ reason: 'noticeRequired', status: 400 })
    expect(
      refusal(
        await transition('reviewer', target, {
          notice: { ar: 'خطأ', en: 'Error' },
          transition: 'retract',
        }),
      ),
    ).toEqual({ reason: 'role', status: 403 })
    const retracted = await transition('editor', target, {
      notice: { ar: 'سُحب التقرير لخطأ في الوقائع.', en: 'Withdrawn: the facts were wrong.' },
      transition: 'retract',
    })
    expect(retracted.status).toBe(200)
    expect(retracted.body.state).toBe('retracted')

    const arabic = await publicPost(target)
    expect(arabic.status).toBe(410)
    expect(arabic.body.errors[0].data.retracted).toMatchObject({
      notice: 'سُحب التقرير لخطأ في الوقائع.',
      title: 'تقرير سيسحب',
    })
    expect(Date.parse(arabic.body.errors[0].data.retracted.at)).toBeGreaterThan(0)
    const english = await publicPost(target, 'en')
    expect(english.status).toBe(410)
    expect(english.body.errors[0].data.retracted).toMatchObject({
      notice: 'Withdrawn: the facts were wrong.',
      title: 'EN تقرير سيسحب',
    })
    expect(JSON.stringify(english.body)).not.toContain('"body"')

    const list = await api.request('GET', '/posts?limit=100&locale=ar')
    expect(list.body.docs.map((doc: Json) => doc.id)).not.toContain(target)
    expect(list.body.docs.map((doc: Json) => doc.id)).toContain(linking)
    const count = await api.request('GET', `/posts/count?where[id][equals]=${target}`)
    expect(count.body.totalDocs).toBe(0)

    const query = `{ Post(id: ${JSON.stringify(target)}, locale: en) { id title body retracted { at notice title } } Posts(limit: 100) { docs { id } } }`
    const graphql = await api.graphql(query)
    expect(graphql.body.data?.Post).toMatchObject({
      body: null,
      id: target,
      retracted: { notice: 'Withdrawn: the facts were wrong.', title: 'EN تقرير سيسحب' },
      title: null,
    })
    expect(graphql.body.data?.Posts.docs.map((doc: Json) => doc.id)).not.toContain(target)

    // The article that links to it shows the link as retracted, over REST and GraphQL.
    const link = (await api.request('GET', `/posts/${linking}?depth=1&locale=ar`)).body.related[0]
    expect(link).toMatchObject({
      id: target,
      retracted: { notice: 'سُحب التقرير لخطأ في الوقائع.' },
    })
    expect(link.title).toBeUndefined()
    const linkGraphql = await api.graphql(
      `{ Post(id: ${JSON.stringify(linking)}) { related { id title retracted { notice } } } }`,
    )
    expect(linkGraphql.body.data?.Post.related[0]).toMatchObject({
      id: target,
      retracted: { notice: 'سُحب التقرير لخطأ في الوقائع.' },
      title: null,
    })

    // Staff still see the whole document and its history.
    const staffRead = await api.request('GET', `/posts/${target}?locale=ar`, as('reviewer'))
    expect(staffRead.status).toBe(200)
    expect(staffRead.body.title).toBe('تقرير سيسحب')
    const history = (await workflowOf(target)).history as Json[]
    expect(history.at(-1)).toMatchObject({ transition: 'retract', to: 'retracted' })
    expect(history.at(-1)!.details.notice.en).toBe('Withdrawn: the facts were wrong.')

    // Reopened by the editor-in-chief only; the notice stays until a new publication.
    expect(refusal(await transition('author', target, { transition: 'reopen' }))).toEqual({
      reason: 'role',
      status: 403,
    })
    expect((await transition('editor', target, { transition: 'reopen' })).status).toBe(200)
    expect((await publicPost(target)).status).toBe(410)
    await save(target, 'ar', { body: 'الوقائع الصحيحة' })
    await publishAgain(target)
    const back = await publicPost(target)
    expect(back.status).toBe(200)
    expect(back.body.retracted?.at ?? null).toBeNull()
  })

  it('retracts through GraphQL too, and refuses a notice that is not one text per locale', async () => {
    const id = await published('بيان عبر غراف')
    expect(
      refusal(await transition('editor', id, { notice: 'نص واحد', transition: 'retract' })),
    ).toEqual({ reason: 'noticeRequired', status: 400 })
    const half = await api.graphql(
      `mutation { workflowTransition(collection: "posts", id: "${id}", transition: "retract", notice: { ar: "سحب" }) { state } }`,
      as('editor'),
    )
    expect(half.body.errors?.[0]?.message).toBe('يتطلب سحب الوثيقة إشعارًا للقراء بكل اللغات.')
    const whole = await api.graphql(
      `mutation { workflowTransition(collection: "posts", id: "${id}", transition: "retract", notice: { ar: "سحب", en: "Withdrawn" }) { state } }`,
      as('editor'),
    )
    expect(whole.body.data?.workflowTransition.state).toBe('retracted')
    expect((await publicPost(id, 'en')).body.errors[0].data.retracted.notice).toBe('Withdrawn')
  })

  it('keeps unpublishing quiet: 404, not 410', async () => {
    const id = await published('نشر بالخطأ')
    expect(
      (await transition('editor', id, { comment: 'No longer current.', transition: 'unpublish' }))
        .status,
    ).toBe(200)
    expect((await publicPost(id)).status).toBe(404)
  })

  it('holds an embargoed document on every publishing path until its time', async () => {
    const future = new Date(Date.now() + 3_600_000).toISOString()
    const created = await api.request('POST', '/posts?draft=true&locale=ar', {
      body: { title: 'خبر محظور' },
      ...as('author'),
    })
    const id = created.body.doc.id
    await save(id, 'en', { title: 'Embargoed story' })
    // Authors cannot set it; the editor can, and the history records it.
    await save(id, 'ar', { embargoUntil: future })
    expect((await workflowOf(id)).history).toHaveLength(0)
    await save(id, 'ar', { embargoUntil: future, embargoUntil_tz: 'Africa/Cairo' }, 'editor')
    const history = (await workflowOf(id)).history as Json[]
    expect(history.map((event) => event.transition)).toEqual(['embargo'])
    await approve(id)

    const refused = await transition('editor', id, { transition: 'publish' })
    expect(refusal(refused)).toEqual({ reason: 'embargoed', status: 409 })
    expect(refused.body.errors[0].data.embargoUntil).toBe(future)
    const early = new Date(Date.now() + 1_800_000).toISOString()
    expect(
      refusal(await transition('editor', id, { publishAt: early, transition: 'schedule' })),
    ).toEqual({ reason: 'embargoed', status: 409 })
    // Payload's own publish paths stay closed as ever.
    const direct = await api.request('PATCH', `/posts/${id}?locale=ar`, {
      body: { _status: 'published' },
      ...as('editor'),
    })
    expect(direct.status).toBe(403)
    // A release holding it is refused too, naming the item.
    const release = await api.request('POST', '/releases?draft=true&locale=ar', {
      body: { items: [{ relationTo: 'posts', value: id }], title: 'إصدار محظور' },
      ...as('author'),
    })
    const releaseId = release.body.doc.id
    await api.request('PATCH', `/releases/${releaseId}?draft=true&locale=en`, {
      body: { title: 'Embargoed release' },
      ...as('author'),
    })
    expect(
      (await transition('author', releaseId, { transition: 'submit' }, 'releases')).status,
    ).toBe(200)
    expect(
      (await transition('reviewer', releaseId, { transition: 'approve' }, 'releases')).status,
    ).toBe(200)
    expect(
      refusal(await transition('editor', releaseId, { transition: 'publish' }, 'releases')),
    ).toEqual({ reason: 'embargoed', status: 409 })
    // Scheduling the release after the embargo is accepted.
    const later = new Date(Date.now() + 7_200_000).toISOString()
    expect(
      (
        await transition(
          'editor',
          releaseId,
          { publishAt: later, transition: 'schedule' },
          'releases',
        )
      ).status,
    ).toBe(200)
    expect((await publicPost(id)).status).toBe(404)
  })

  it('holds a release under its own embargo, and records who set it', async () => {
    const created = await api.request('POST', '/posts?draft=true&locale=ar', {
      body: { title: 'بند إصدار' },
      ...as('author'),
    })
    const item = created.body.doc.id
    await save(item, 'en', { title: 'Release item' })
    const release = await api.request('POST', '/releases?draft=true&locale=ar', {
      body: { items: [{ relationTo: 'posts', value: item }], title: 'إصدار بحظر' },
      ...as('author'),
    })
    const id = release.body.doc.id
    const until = new Date(Date.now() + 86_400_000).toISOString()
    await api.request('PATCH', `/releases/${id}?draft=true&locale=en`, {
      body: { title: 'Release under embargo' },
      ...as('author'),
    })
    await api.request('PATCH', `/releases/${id}?draft=true&locale=ar`, {
      body: { embargoUntil: until },
      ...as('editor'),
    })
    await transition('editor', item, { locale: 'en', transition: 'confirm_translation' })
    expect((await transition('author', id, { transition: 'submit' }, 'releases')).status).toBe(200)
    expect((await transition('reviewer', id, { transition: 'approve' }, 'releases')).status).toBe(
      200,
    )
    const refused = await transition('editor', id, { transition: 'publish' }, 'releases')
    expect(refusal(refused)).toEqual({ reason: 'embargoed', status: 409 })
    expect(refused.body.errors[0].data.embargoUntil).toBe(until)
    const history = (await workflowOf(id, 'releases')).history as Json[]
    expect(history[0]).toMatchObject({ details: { embargoUntil: until }, transition: 'embargo' })
    expect((await publicPost(item)).status).toBe(404)
  })

  it('refuses an embargo that ends after the time the document is scheduled for', async () => {
    const created = await api.request('POST', '/posts?draft=true&locale=ar', {
      body: { title: 'خبر مجدول' },
      ...as('author'),
    })
    const id = created.body.doc.id
    await save(id, 'en', { title: 'Scheduled story' })
    await approve(id)
    const soon = new Date(Date.now() + 600_000).toISOString()
    expect(
      (await transition('editor', id, { publishAt: soon, transition: 'schedule' })).status,
    ).toBe(200)
    const late = new Date(Date.now() + 3_600_000).toISOString()
    const reply = await api.request('PATCH', `/posts/${id}?draft=true&locale=ar`, {
      body: { embargoUntil: late },
      ...as('editor'),
    })
    expect(refusal(reply)).toEqual({ reason: 'embargoAfterSchedule', status: 409 })
  })

  it('refuses publication for any embargo in the future and allows it for any in the past (property)', async () => {
    const created = await api.request('POST', '/posts?draft=true&locale=ar', {
      body: { title: 'خبر للخاصية' },
      ...as('author'),
    })
    const id = created.body.doc.id
    await save(id, 'en', { title: 'Property story' })
    await approve(id)
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 60, max: 10 * 365 * 24 * 3600 }), async (seconds) => {
        const until = new Date(Date.now() + seconds * 1000).toISOString()
        await save(id, 'ar', { embargoUntil: until }, 'editor')
        const reply = await transition('editor', id, { transition: 'publish' })
        expect(refusal(reply)).toEqual({ reason: 'embargoed', status: 409 })
        expect(reply.body.errors[0].data.embargoUntil).toBe(until)
      }),
      { numRuns: 8 },
    )
    // Lifting it is recorded, and lets publication through.
    await save(id, 'ar', { embargoUntil: null }, 'editor')
    const lifted = ((await workflowOf(id)).history as Json[]).at(-1)!
    expect(lifted.transition).toBe('lift_embargo')
    expect(['رفع حظر النشر', 'Embargo lifted']).toContain(lifted.transitionLabel)
    const past = new Date(Date.now() - 1000).toISOString()
    await save(id, 'ar', { embargoUntil: past }, 'editor')
    expect((await transition('editor', id, { transition: 'publish' })).status).toBe(200)
    expect((await publicPost(id)).status).toBe(200)
  })
})
