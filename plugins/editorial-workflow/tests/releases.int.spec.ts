import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { createLocalReq, type CollectionAfterChangeHook } from 'payload'

import { performTransition, resolveWorkflowOptions } from '@jusur/editorial-workflow'
import type { Json, Reply } from './helpers/api'
import { describeIntegration, Posts, sleep, Users } from './helpers/test-payload'
import { startWorkflowBed, type WorkflowBed } from './helpers/workflow-bed'

/**
 * Link awareness and releases on the plugin's own test bed: posts that link
 * to other posts (`related`, localized `sources`), on SQLite (with
 * transactions) and PostgreSQL, through REST, GraphQL and the Local API.
 */

const STAFF = {
  author: { roles: ['author'] },
  editor: { roles: ['editor'] },
  editor2: { roles: ['editor'] },
  reviewer: { roles: ['reviewer'] },
}
type StaffName = keyof typeof STAFF

/** Fails the save of the n-th post published from now, once (a fault injected into a release). */
const faults = { failAt: 0 }
const failNthPublication: CollectionAfterChangeHook = ({ doc }) => {
  if (faults.failAt > 0 && doc._status === 'published' && --faults.failAt === 0)
    throw new Error('injected fault')
  return doc
}

const LinkingPosts = {
  ...Posts,
  fields: [
    ...Posts.fields,
    { name: 'related', type: 'relationship' as const, hasMany: true, relationTo: 'posts' as never },
    {
      name: 'sources',
      type: 'group' as const,
      fields: [
        {
          name: 'post',
          type: 'relationship' as const,
          localized: true,
          relationTo: 'posts' as never,
        },
      ],
    },
  ],
  hooks: { afterChange: [failNthPublication] },
}

const OPTIONS = { collections: ['posts'], releases: true, scheduling: { autoRun: false } }

describeIntegration('editorial-workflow releases', () => {
  let { api, bed, staff, stop } = {} as WorkflowBed<StaffName>

  beforeAll(async () => {
    ;({ api, bed, staff, stop } = await startWorkflowBed(STAFF, OPTIONS, {
      collections: [Users, LinkingPosts],
    }))
  })
  afterAll(() => stop?.())

  const as = (member: StaffName) => ({ token: staff[member].token })
  const transition = (member: StaffName, collection: string, id: unknown, body: Json) =>
    api.request('POST', `/${collection}/${id}/workflow`, { body, ...as(member) })
  const workflowOf = async (collection: string, id: unknown, member: StaffName = 'editor') =>
    (await api.request('GET', `/${collection}/${id}/workflow`, as(member))).body
  const refusal = (reply: Reply) => ({
    reason: reply.body.errors?.[0]?.data?.reason,
    status: reply.status,
  })
  const stateOf = async (id: unknown) => (await workflowOf('posts', id)).state as string
  /** What anonymous readers get for the post: its Arabic title, or null. */
  const publicTitle = async (id: unknown) => {
    const reply = await api.request('GET', `/posts/${id}?locale=ar`)
    return reply.status === 200 ? (reply.body.title as string) : null
  }

  /** A post written by the author in both languages, `extra` its links. */
  const post = async (title: string, extra: Json = {}) => {
    const created = await api.request('POST', '/posts?draft=true&locale=ar', {
      body: { title, ...extra },
      ...as('author'),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const english = await api.request('PATCH', `/posts/${id}?draft=true&locale=en`, {
      body: { title: `EN ${title}` },
      ...as('author'),
    })
    expect(english.status).toBe(200)
    return id
  }
  const approved = async (id: unknown) => {
    expect((await transition('author', 'posts', id, { transition: 'submit' })).status).toBe(200)
    expect((await transition('reviewer', 'posts', id, { transition: 'approve' })).status).toBe(200)
    return id
  }

  const release = async (title: string, items: unknown[], member: StaffName = 'author') => {
    const created = await api.request('POST', '/releases?draft=true&locale=ar', {
      body: { items: items.map((value) => ({ relationTo: 'posts', value })), title },
      ...as(member),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await api.request('PATCH', `/releases/${id}?draft=true&locale=en`, {
      body: { title: `EN ${title}` },
      ...as(member),
    })
    return id
  }

  const historyOf = async (collection: string, id: unknown) =>
    (await workflowOf(collection, id)).history as Json[]

  it('names the unpublished documents a post links to, in either language, and refuses to publish over them', async () => {
    const hidden = await post('فعالية لم تنشر')
    const hiddenEnglishOnly = await post('وثيقة مصدر')
    const id = await approved(
      await post('مقال مرتبط', { related: [hidden] }).then(async (created) => {
        const reply = await api.request('PATCH', `/posts/${created}?draft=true&locale=en`, {
          body: { sources: { post: hiddenEnglishOnly } },
          ...as('author'),
        })
        expect(reply.status).toBe(200)
        return created
      }),
    )
    const links = (await workflowOf('posts', id)).unpublishedLinks as Json[]
    expect(links.map((link) => link.id).sort()).toEqual(
      [String(hidden), String(hiddenEnglishOnly)].sort(),
    )
    expect(links.find((link) => link.id === String(hidden))).toMatchObject({
      collection: 'posts',
      state: 'draft',
      title: 'فعالية لم تنشر',
    })

    const refused = await transition('editor', 'posts', id, { transition: 'publish' })
    expect(refusal(refused)).toEqual({ reason: 'unpublishedLinks', status: 409 })
    expect(refused.body.errors[0].message).toContain('فعالية لم تنشر')
    expect(refused.body.errors[0].data.links).toHaveLength(2)
    expect(await publicTitle(id)).toBeNull()
    expect(
      refusal(
        await transition('editor', 'posts', id, {
          acceptUnpublishedLinks: true,
          transition: 'publish',
        }),
      ),
    ).toEqual({ reason: 'commentRequired', status: 400 })

    const accepted = await transition('editor', 'posts', id, {
      acceptUnpublishedLinks: true,
      comment: 'الفعالية تنشر لاحقًا',
      transition: 'publish',
    })
    expect(accepted.status).toBe(200)
    expect(await publicTitle(id)).toBe('مقال مرتبط')
    const entry = (await historyOf('posts', id)).find((event) => event.transition === 'publish')!
    expect(entry.comment).toBe('الفعالية تنشر لاحقًا')
    expect(entry.details.acceptedUnpublishedLinks).toHaveLength(2)
  })

  it('submits, approves and publishes a release with its items, which readers then see all at once', async () => {
    const event = await post('فعالية الإصدار')
    const delegation = await post('وفد الإصدار')
    const article = await post('مقال الإصدار', { related: [event, delegation] })
    const id = await release('إصدار التقرير', [article, event, delegation])
    // What the admin shows: items not yet ready, and which transitions publish.
    const drafted = await workflowOf('releases', id, 'author')
    expect(drafted.items.map((item: Json) => item.ready)).toEqual([false, false, false])
    // Who last edited each item as the admin names users (here by e-mail: these users have no title field), not by id.
    expect(drafted.items.map((item: Json) => item.lastEditedByName)).toEqual([
      'author@example.org',
      'author@example.org',
      'author@example.org',
    ])
    expect(drafted.transitions).toContainEqual(
      expect.objectContaining({ effect: 'submit', name: 'submit' }),
    )

    expect((await transition('author', 'releases', id, { transition: 'submit' })).status).toBe(200)
    for (const item of [article, event, delegation]) expect(await stateOf(item)).toBe('in_review')
    const approvedRelease = await transition('reviewer', 'releases', id, { transition: 'approve' })
    expect(approvedRelease.status).toBe(200)
    expect(approvedRelease.body.items.map((item: Json) => item.state)).toEqual([
      'approved',
      'approved',
      'approved',
    ])
    expect(approvedRelease.body.items.map((item: Json) => item.ready)).toEqual([true, true, true])
    expect((await workflowOf('releases', id)).transitions).toContainEqual(
      expect.objectContaining({ effect: 'publish', name: 'publish' }),
    )
    for (const item of [article, event, delegation]) expect(await publicTitle(item)).toBeNull()

    // Published alone, an item of the open release is refused.
    expect(refusal(await transition('editor', 'posts', event, { transition: 'publish' }))).toEqual({
      reason: 'inRelease',
      status: 409,
    })
    const published = await transition('editor', 'releases', id, { transition: 'publish' })
    expect(published.status).toBe(200)
    expect(published.body.state).toBe('published')
    expect(await publicTitle(article)).toBe('مقال الإصدار')
    expect(await publicTitle(event)).toBe('فعالية الإصدار')
    expect(await publicTitle(delegation)).toBe('وفد الإصدار')
    const itemEntry = (await historyOf('posts', event)).find(
      (entry) => entry.transition === 'publish',
    )!
    expect(itemEntry.details).toEqual({ release: String(id) })
    // The release is staff's: readers never see it.
    expect((await api.request('GET', `/releases/${id}`)).status).toBe(403)
  })

  it('keeps four eyes per item: whoever changed an item approves and publishes no release holding it', async () => {
    const first = await post('عنصر أول')
    const second = await post('عنصر ثان')
    const id = await release('إصدار العينين', [first, second])
    await transition('author', 'releases', id, { transition: 'submit' })
    // The reviewer corrects the second item: they may no longer approve the release.
    await api.request('PATCH', `/posts/${second}?draft=true&locale=ar`, {
      body: { title: 'عنصر ثان مصحح' },
      ...as('reviewer'),
    })
    const refused = await transition('reviewer', 'releases', id, { transition: 'approve' })
    expect(refusal(refused)).toEqual({ reason: 'fourEyes', status: 403 })
    expect(refused.body.errors[0].data.item).toEqual({ collection: 'posts', id: String(second) })
    // Nothing moved: the first item was not approved on its own.
    expect(await stateOf(first)).toBe('in_review')
    expect((await workflowOf('releases', id)).state).toBe('in_review')
  })

  it('applies parity per item, with a waiver per item', async () => {
    const complete = await post('مكتمل اللغتين')
    const arabicOnly = await api.request('POST', '/posts?draft=true&locale=ar', {
      body: { title: 'بالعربية فقط' },
      ...as('author'),
    })
    const incomplete = arabicOnly.body.doc.id
    const id = await release('إصدار ناقص الترجمة', [complete, incomplete])
    await transition('author', 'releases', id, { transition: 'submit' })
    await transition('reviewer', 'releases', id, { transition: 'approve' })
    const refused = await transition('editor', 'releases', id, { transition: 'publish' })
    expect(refusal(refused)).toEqual({ reason: 'parity', status: 403 })
    expect(refused.body.errors[0].data.item).toEqual({
      collection: 'posts',
      id: String(incomplete),
    })
    expect(await publicTitle(complete)).toBeNull()
    const waived = await transition('editor', 'posts', incomplete, {
      comment: 'بيان عاجل بالعربية',
      locale: 'en',
      transition: 'waive_translation',
    })
    expect(waived.status).toBe(200)
    expect((await transition('editor', 'releases', id, { transition: 'publish' })).status).toBe(200)
    expect(await publicTitle(complete)).toBe('مكتمل اللغتين')
    expect(await publicTitle(incomplete)).toBe('بالعربية فقط')
  })

  it('publishes all or nothing: a fault on any item leaves nothing published and no history', async () => {
    for (const failAt of [1, 2, 3]) {
      const items = [
        await post(`ذري ${failAt} أ`),
        await post(`ذري ${failAt} ب`),
        await post(`ذري ${failAt} ج`),
      ]
      const id = await release(`إصدار ذري ${failAt}`, items)
      await transition('author', 'releases', id, { transition: 'submit' })
      await transition('reviewer', 'releases', id, { transition: 'approve' })
      const before = await Promise.all(items.map((item) => historyOf('posts', item)))
      faults.failAt = failAt
      const reply = await transition('editor', 'releases', id, { transition: 'publish' })
      faults.failAt = 0
      expect(reply.status).toBe(500)
      for (const item of items) {
        expect(await publicTitle(item)).toBeNull()
        expect(await stateOf(item)).toBe('approved')
      }
      expect(await Promise.all(items.map((item) => historyOf('posts', item)))).toEqual(before)
      expect((await workflowOf('releases', id)).state).toBe('approved')
      // The same release then goes out whole.
      expect((await transition('editor', 'releases', id, { transition: 'publish' })).status).toBe(
        200,
      )
      for (const item of items) expect(await publicTitle(item)).not.toBeNull()
    }
  })

  it('holds a document in one open release at a time, and refuses to delete it meanwhile', async () => {
    const item = await post('عنصر مشترك')
    const first = await release('الإصدار الأول', [item])
    const second = await api.request('POST', '/releases?draft=true&locale=ar', {
      body: { items: [{ relationTo: 'posts', value: item }], title: 'الإصدار الثاني' },
      ...as('author'),
    })
    expect(refusal(second)).toEqual({ reason: 'inOtherRelease', status: 409 })
    expect(second.body.errors[0].data.release).toBe(String(first))
    const deleted = await api.request('DELETE', `/posts/${item}`, as('editor'))
    expect(refusal(deleted)).toEqual({ reason: 'inRelease', status: 409 })
    expect(await stateOf(item)).toBe('draft')
    // Taken out of the release, it is free again.
    expect(
      (
        await api.request('PATCH', `/releases/${first}?draft=true`, {
          body: { items: [] },
          ...as('author'),
        })
      ).status,
    ).toBe(200)
    expect((await api.request('DELETE', `/posts/${item}`, as('editor'))).status).toBe(200)
  })

  it('sends an approved release back to review when an item is edited, naming the item', async () => {
    const items = [await post('قبل التعديل أ'), await post('قبل التعديل ب')]
    const id = await release('إصدار يعدل', items)
    await transition('author', 'releases', id, { transition: 'submit' })
    await transition('reviewer', 'releases', id, { transition: 'approve' })
    await api.request('PATCH', `/posts/${items[1]}?draft=true&locale=ar`, {
      body: { title: 'بعد التعديل' },
      ...as('author'),
    })
    const after = await workflowOf('releases', id)
    expect(after.state).toBe('in_review')
    const entry = after.history.at(-1)
    expect(entry).toMatchObject({ from: 'approved', to: 'in_review', transition: 'edited' })
    expect(entry.details).toEqual({ itemChanged: { collection: 'posts', id: String(items[1]) } })
    expect(refusal(await transition('editor', 'releases', id, { transition: 'publish' }))).toEqual({
      reason: 'notFromState',
      status: 409,
    })
  })

  it('withdraws a published release whole, in one step, through GraphQL', async () => {
    const items = [await post('سحب أ'), await post('سحب ب')]
    const id = await release('إصدار يسحب', items)
    await transition('author', 'releases', id, { transition: 'submit' })
    await transition('reviewer', 'releases', id, { transition: 'approve' })
    const mutation = `mutation ($id: ID!, $transition: String!, $comment: String) {
      workflowTransition(collection: "releases", id: $id, transition: $transition, comment: $comment) {
        state items { id state } }
    }`
    const published = await api.graphql(mutation, {
      token: staff.editor.token,
      variables: { id: String(id), transition: 'publish' },
    })
    expect(published.body.data?.workflowTransition.state).toBe('published')
    for (const item of items) expect(await publicTitle(item)).not.toBeNull()
    const withdrawn = await api.graphql(mutation, {
      token: staff.editor.token,
      variables: { comment: 'Superseded.', id: String(id), transition: 'unpublish' },
    })
    expect(withdrawn.body.data?.workflowTransition).toEqual({
      items: items.map((item) => ({ id: String(item), state: 'archived' })),
      state: 'archived',
    })
    for (const item of items) expect(await publicTitle(item)).toBeNull()
  })

  it('lets the items of a published release be withdrawn one by one', async () => {
    const items = [await post('فردي أ'), await post('فردي ب')]
    const id = await release('إصدار يسحب جزئيًا', items)
    await transition('author', 'releases', id, { transition: 'submit' })
    await transition('reviewer', 'releases', id, { transition: 'approve' })
    await transition('editor', 'releases', id, { transition: 'publish' })
    // A published release is closed: its items are documents like any other.
    expect(
      (
        await transition('editor', 'posts', items[0], {
          comment: 'No longer current.',
          transition: 'unpublish',
        })
      ).status,
    ).toBe(200)
    expect(await publicTitle(items[0])).toBeNull()
    expect(await publicTitle(items[1])).toBe('فردي ب')
    expect((await workflowOf('posts', items[1])).release).toBeNull()
  })

  it('takes the same steps through performTransition on the Local API', async () => {
    const items = [await post('محلي أ'), await post('محلي ب')]
    const id = await release('إصدار محلي', items)
    const options = resolveWorkflowOptions(OPTIONS, bed.payload.config as never)
    const take = async (member: StaffName, name: string) =>
      performTransition({
        input: { transition: name },
        options,
        req: await createLocalReq({ user: staff[member].user as never }, bed.payload),
        target: { collection: 'releases', id },
      })
    await take('author', 'submit')
    await take('reviewer', 'approve')
    expect((await take('editor', 'publish')).state).toBe('published')
    for (const item of items) expect(await publicTitle(item)).not.toBeNull()
  })

  it('refuses an empty release', async () => {
    const id = await release('إصدار فارغ', [])
    expect(refusal(await transition('author', 'releases', id, { transition: 'submit' }))).toEqual({
      reason: 'emptyRelease',
      status: 400,
    })
  })

  it('publishes a scheduled release when due, or sends it back to review if an item changed, telling the scheduler', async () => {
    const runDue = () => bed.payload.jobs.run({ queue: 'editorial-workflow', sequential: true })
    const make = async (title: string) => {
      const items = [await post(`${title} أ`), await post(`${title} ب`)]
      const id = await release(title, items)
      await transition('author', 'releases', id, { transition: 'submit' })
      await transition('reviewer', 'releases', id, { transition: 'approve' })
      const publishAt = new Date(Date.now() + 700).toISOString()
      const scheduled = await transition('editor', 'releases', id, {
        publishAt,
        transition: 'schedule',
      })
      expect(scheduled.body.state).toBe('scheduled')
      return { id, items }
    }
    const onTime = await make('إصدار مجدول')
    const changed = await make('إصدار مجدول يعدل')
    // Published alone, a scheduled item waits with its release; its edit sends the release back.
    await api.request('PATCH', `/posts/${changed.items[0]}?draft=true&locale=ar`, {
      body: { title: 'تعديل بعد الجدولة' },
      ...as('author'),
    })
    expect((await workflowOf('releases', changed.id)).state).toBe('in_review')
    // A second copy of the on-time job stands for a second app instance picking it up.
    const jobs = await bed.payload.find({
      collection: 'payload-jobs',
      where: { queue: { equals: 'editorial-workflow' } },
    })
    const job = jobs.docs.find((candidate: Json) => candidate.input.id === String(onTime.id))!
    await bed.payload.jobs.queue({
      input: job.input as never,
      queue: 'editorial-workflow',
      task: 'editorialWorkflowPublish',
    })
    await sleep(800)
    await runDue()
    await runDue()
    const published = await workflowOf('releases', onTime.id)
    expect(published.state).toBe('published')
    expect(
      published.history.filter((entry: Json) => entry.transition === 'publish_scheduled'),
    ).toHaveLength(1)
    expect(
      (await workflowOf('posts', onTime.items[0])).history.filter(
        (entry: Json) => entry.transition === 'publish',
      ),
    ).toHaveLength(1)
    for (const item of onTime.items) expect(await publicTitle(item)).not.toBeNull()
    for (const item of changed.items) expect(await publicTitle(item)).toBeNull()
  })

  it('sends a scheduled release back to review when a rule fails at its time, and mails the scheduler', async () => {
    const source = await approved(await post('مصدر منشور'))
    expect((await transition('editor', 'posts', source, { transition: 'publish' })).status).toBe(
      200,
    )
    const items = [await post('قاعدة أ', { related: [source] }), await post('قاعدة ب')]
    const id = await release('إصدار تسقط قاعدته', items)
    await transition('author', 'releases', id, { transition: 'submit' })
    await transition('reviewer', 'releases', id, { transition: 'approve' })
    const publishAt = new Date(Date.now() + 700).toISOString()
    await transition('editor2', 'releases', id, { publishAt, transition: 'schedule' })
    // Before the time, the document an item links to is withdrawn: the link would lead nowhere.
    expect(
      (
        await transition('editor', 'posts', source, {
          comment: 'No longer current.',
          transition: 'unpublish',
        })
      ).status,
    ).toBe(200)
    bed.mailbox.length = 0
    await sleep(800)
    await bed.payload.jobs.run({ queue: 'editorial-workflow', sequential: true })
    for (const item of items) expect(await publicTitle(item)).toBeNull()
    const after = await workflowOf('releases', id)
    expect(after.state).toBe('in_review')
    expect(after.history.at(-1)).toMatchObject({
      from: 'scheduled',
      to: 'in_review',
      transition: 'edited',
    })
    expect(after.history.at(-1).details.refusedWhenDue).toBe('unpublishedLinks')
    expect(after.history.at(-1).comment).toContain('مصدر منشور')
    expect(bed.mailbox.some((mail) => String(mail.to).includes('editor2@'))).toBe(true)
  })
})
