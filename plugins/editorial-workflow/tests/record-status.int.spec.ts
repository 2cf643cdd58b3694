import { afterAll, beforeAll, expect, it } from '@jest/globals'

import type { Json } from './helpers/api'
import { describeIntegration, Posts, Users } from './helpers/test-payload'
import { startWorkflowBed, type WorkflowBed } from './helpers/workflow-bed'

/**
 * What the workflow panel and the dashboard queue are told about the public
 * record: the correction note a draft will publish, the embargo (with the
 * time zone it was set in), the retraction, and which transitions need a
 * notice. On SQLite and PostgreSQL, over REST and GraphQL.
 */

const STAFF = {
  author: { roles: ['author'] },
  editor: { roles: ['editor'] },
  reviewer: { roles: ['reviewer'] },
}
type StaffName = keyof typeof STAFF

const OPTIONS = {
  collections: ['posts'],
  record: { collections: ['posts'] },
  releases: true,
  scheduling: { autoRun: false },
}

const HOUR = 3_600_000

describeIntegration('editorial-workflow public record in the panel and the queue', () => {
  let { api, staff, stop } = {} as WorkflowBed<StaffName>

  beforeAll(async () => {
    ;({ api, staff, stop } = await startWorkflowBed(STAFF, OPTIONS, {
      collections: [Users, Posts],
    }))
  })
  afterAll(() => stop?.())

  const as = (member: StaffName) => ({ token: staff[member].token })
  const transition = async (member: StaffName, id: unknown, body: Json) => {
    const reply = await api.request('POST', `/posts/${id}/workflow`, { body, ...as(member) })
    expect(reply).toMatchObject({ status: 200 })
    return reply.body
  }
  const workflowOf = async (id: unknown, member: StaffName = 'reviewer') =>
    (await api.request('GET', `/posts/${id}/workflow`, as(member))).body
  const save = async (id: unknown, locale: string, body: Json, member: StaffName = 'author') =>
    expect(
      await api.request('PATCH', `/posts/${id}?draft=true&locale=${locale}`, {
        body,
        ...as(member),
      }),
    ).toMatchObject({ status: 200 })
  const draft = async (title: string) => {
    const created = await api.request('POST', '/posts?draft=true&locale=ar', {
      body: { title },
      ...as('author'),
    })
    expect(created.status).toBe(201)
    await save(created.body.doc.id, 'en', { title: `EN ${title}` })
    return created.body.doc.id
  }
  /** Submit (the English confirmed as still matching the Arabic) and approve. */
  const submitAndApprove = async (id: unknown) => {
    await transition('editor', id, { locale: 'en', transition: 'confirm_translation' })
    await transition('author', id, { transition: 'submit' })
    await transition('reviewer', id, { transition: 'approve' })
  }
  const published = async (title: string) => {
    const id = await draft(title)
    await submitAndApprove(id)
    await transition('editor', id, { transition: 'publish' })
    return id
  }
  const queueOf = async (member: StaffName) =>
    (await api.request('GET', '/workflow/queue', as(member))).body as {
      items: Json[]
    }

  it('shows the reviewer the correction note the draft will publish, in every locale, until it is published', async () => {
    const id = await published('بيان أول')
    expect((await workflowOf(id)).correction).toBeNull()
    await save(id, 'ar', {
      correction: { kind: 'clarification', note: 'أضيف اسم الوفد.' },
      title: 'بيان أول موضح',
    })
    expect((await workflowOf(id)).correction).toEqual({
      kind: 'clarification',
      note: { ar: 'أضيف اسم الوفد.', en: null },
    })
    await save(id, 'en', { correction: { note: 'The delegation is named.' } })
    const pending = await workflowOf(id)
    expect(pending.correction.note).toEqual({
      ar: 'أضيف اسم الوفد.',
      en: 'The delegation is named.',
    })
    // Beside the changes since the approved version, which it explains.
    expect(pending.approvedVersion).not.toBe(pending.latestVersion)
    await submitAndApprove(id)
    await transition('editor', id, { transition: 'publish' })
    expect((await workflowOf(id)).correction).toBeNull()
  })

  it('says which transition needs a notice, and shows the retraction with its notice in every locale', async () => {
    const id = await published('بيان يسحب')
    const offered = (await workflowOf(id, 'editor')).transitions as Json[]
    expect(
      Object.fromEntries(offered.map((choice) => [choice.effect, choice.requiresNotice])),
    ).toMatchObject({ retract: true, unpublish: false })
    expect((await workflowOf(id)).retracted).toBeNull()

    const before = Date.now()
    const after = await transition('editor', id, {
      notice: { ar: '  سُحب لخطأ في الوقائع.  ', en: 'Withdrawn: the facts were wrong.' },
      transition: 'retract',
    })
    expect(after.state).toBe('retracted')
    expect(after.retracted.notice).toEqual({
      ar: 'سُحب لخطأ في الوقائع.',
      en: 'Withdrawn: the facts were wrong.',
    })
    expect(Date.parse(after.retracted.at)).toBeGreaterThanOrEqual(before - 1000)
    expect((await workflowOf(id)).retracted).toEqual(after.retracted)

    // A new publication ends the retraction, and the panel says so.
    await transition('editor', id, { transition: 'reopen' })
    await save(id, 'ar', { body: 'الوقائع الصحيحة' })
    await submitAndApprove(id)
    await transition('editor', id, { transition: 'publish' })
    expect((await workflowOf(id)).retracted).toBeNull()
  })

  it('shows the embargo in the time zone it was set in, and the queue shows it while it holds', async () => {
    const id = await draft('خبر محظور')
    expect((await workflowOf(id)).embargo).toBeNull()
    const until = new Date(Date.now() + 2 * HOUR).toISOString()
    await save(id, 'ar', { embargoUntil: until, embargoUntil_tz: 'Africa/Cairo' }, 'editor')
    await transition('author', id, { transition: 'submit' })
    expect((await workflowOf(id)).embargo).toEqual({ timezone: 'Africa/Cairo', until })

    const waiting = async () =>
      (await queueOf('reviewer')).items.find((item) => String(item.id) === String(id))
    expect((await waiting())?.embargo).toEqual({ timezone: 'Africa/Cairo', until })

    // Once its time has passed it no longer holds: the queue says nothing, the panel still tells.
    const past = new Date(Date.now() - HOUR).toISOString()
    await save(id, 'ar', { embargoUntil: past }, 'editor')
    expect((await waiting())?.embargo).toBeNull()
    expect((await workflowOf(id)).embargo).toEqual({ timezone: 'Africa/Cairo', until: past })
  })

  it('answers the same over GraphQL', async () => {
    const id = await published('بيان عبر GraphQL')
    const until = new Date(Date.now() + HOUR).toISOString()
    await save(
      id,
      'ar',
      { correction: { kind: 'update', note: 'تحديث' }, embargoUntil: until },
      'editor',
    )
    const { body } = await api.graphql(
      `{ workflowState(collection: "posts", id: "${id}") {
          correction { kind note { locale text } }
          embargo { until timezone }
          retracted { at }
          transitions { name requiresNotice }
        } }`,
      as('editor'),
    )
    expect(body.errors).toBeUndefined()
    expect(body.data?.workflowState).toMatchObject({
      correction: {
        kind: 'update',
        note: [
          { locale: 'ar', text: 'تحديث' },
          { locale: 'en', text: null },
        ],
      },
      embargo: { timezone: null, until },
      retracted: null,
    })
  })

  it('has no correction or retraction on a release, only its embargo', async () => {
    const id = await draft('خبر في إصدار')
    const release = await api.request('POST', '/releases?draft=true&locale=ar', {
      body: { items: [{ relationTo: 'posts', value: id }], title: 'إصدار' },
      ...as('author'),
    })
    const releaseId = release.body.doc.id
    const until = new Date(Date.now() + HOUR).toISOString()
    const embargoed = await api.request('PATCH', `/releases/${releaseId}?draft=true&locale=ar`, {
      body: { embargoUntil: until, embargoUntil_tz: 'Asia/Riyadh' },
      ...as('editor'),
    })
    expect(embargoed.status).toBe(200)
    const described = (await api.request('GET', `/releases/${releaseId}/workflow`, as('editor')))
      .body
    expect(described).toMatchObject({
      correction: null,
      embargo: { timezone: 'Asia/Riyadh', until },
      retracted: null,
    })
  })
})
