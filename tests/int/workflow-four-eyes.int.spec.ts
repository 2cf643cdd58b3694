import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import { performTransition, resolveWorkflowOptions } from '@jusur/editorial-workflow'
import { WORKFLOW_OPTIONS } from '../../src/editorial/workflow'
import { apiClient } from '../helpers/api'
import { plainBody } from '../helpers/content'
import { createStaff, type Staff, type StaffMember } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

type Json = Record<string, any>

/** Jusur keeps 50 versions per report (src/editorial/editorial-behaviour.ts). */
const MAX_PER_DOC = 50

/**
 * Four eyes on Jusur's articles: nobody who changed an article since its
 * last publication, nor its submitter, approves, publishes or schedules it,
 * on REST, GraphQL and the Local API; and version pruning never takes the
 * approved version away.
 */
describeIntegration('editorial workflow: four eyes and approval through housekeeping', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    staff = await createStaff(ctx.payload, api)
  })
  afterAll(() => ctx?.stop())

  const json = async (response: Response) => ({
    body: (await response.json()) as Json,
    status: response.status,
  })
  const as = (member: StaffMember) => staff.tokens[member]
  const transition = async (
    member: StaffMember,
    id: number | string,
    body: Json,
    headers?: Record<string, string>,
  ) =>
    json(
      await api.request('POST', `/articles/${id}/workflow`, { body, headers, token: as(member) }),
    )
  const save = async (member: StaffMember, id: number | string, locale: string, body: Json) =>
    (
      await api.request('PATCH', `/articles/${id}?draft=true&locale=${locale}`, {
        body,
        token: as(member),
      })
    ).status
  const workflowOf = async (id: number | string, member: StaffMember = 'admin') =>
    (await json(await api.request('GET', `/articles/${id}/workflow`, { token: as(member) }))).body
  const publicTitle = async (id: number | string): Promise<null | string> => {
    const response = await api.request('GET', `/articles/${id}?locale=ar`)
    return response.status === 200 ? ((await response.json()) as Json).title : null
  }
  const contributorsOf = async (id: number | string) => {
    const draft = await ctx.payload.findByID({ collection: 'articles', depth: 0, draft: true, id })
    return ((draft.workflow?.contributors ?? []) as (number | string)[]).map(String).sort()
  }
  const ids = (...members: StaffMember[]) =>
    members.map((member) => String(staff.ids[member])).sort()

  const reasons = async (member: StaffMember, id: number | string, name: string) => {
    const rest = await transition(member, id, { transition: name })
    const graphQL = await api.graphql(
      `mutation($id: ID!) { workflowTransition(collection: "articles", id: $id, transition: "${name}") { state } }`,
      {
        token: as(member),
        variables: { id: String(id) },
      },
    )
    const user = {
      ...(await ctx.payload.findByID({ collection: 'users', id: staff.ids[member] })),
      collection: 'users',
    }
    const req = await createLocalReq({ user: user as never }, ctx.payload)
    const options = resolveWorkflowOptions(WORKFLOW_OPTIONS, ctx.payload.config as never)
    let local: unknown = 'accepted'
    await performTransition({
      input: { transition: name },
      options,
      req,
      target: { collection: 'articles', id },
    }).catch((error: { data?: { reason?: string } }) => (local = error.data?.reason))
    return [
      rest.body.errors?.[0]?.data?.reason,
      (graphQL.body.errors?.[0] as Json | undefined)?.extensions?.data?.reason,
      local,
    ]
  }

  /** Written in both languages by `writer`. */
  const articleBy = async (writer: StaffMember, title: string) => {
    const created = await json(
      await api.request('POST', '/articles?draft=true&locale=ar', {
        body: { body: plainBody('نص'), summary: `ملخص ${title}`, title },
        token: as(writer),
      }),
    )
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number | string
    expect(
      await save(writer, id, 'en', {
        body: plainBody('text'),
        summary: `Summary ${title}`,
        title: `EN ${title}`,
      }),
    ).toBe(200)
    return id
  }

  it('refuses the writer after a translator’s one-character change and submission, on every path', async () => {
    const id = await articleBy('editor', 'كتبه رئيس التحرير')
    // An English (translation) change leaves the Arabic source complete: nothing to confirm.
    expect(await save('translator', id, 'en', { summary: 'Summary كتبه رئيس التحرير.' })).toBe(200)
    expect((await transition('translator', id, { transition: 'submit' })).status).toBe(200)

    expect(await reasons('editor', id, 'approve')).toEqual(['fourEyes', 'fourEyes', 'fourEyes'])
    expect(
      (await workflowOf(id, 'editor')).transitions.map((offered: Json) => offered.name),
    ).not.toContain('approve')
    expect(await contributorsOf(id)).toEqual(ids('editor', 'translator'))
    const arabic = await transition('editor', id, { transition: 'approve' })
    expect(arabic.body.errors[0].message).toContain('منذ آخر نشر')

    expect((await transition('reviewer', id, { transition: 'approve' })).status).toBe(200)
    expect(await reasons('editor', id, 'publish')).toEqual(['fourEyes', 'fourEyes', 'fourEyes'])
    const schedule = await transition('editor', id, {
      publishAt: new Date(Date.now() + 60_000).toISOString(),
      transition: 'schedule',
    })
    expect(schedule.body.errors?.[0]?.data?.reason).toBe('fourEyes')
    expect(await publicTitle(id)).toBeNull()

    expect((await transition('editor2', id, { transition: 'publish' })).status).toBe(200)
    expect(await publicTitle(id)).toBe('كتبه رئيس التحرير')
    expect(await contributorsOf(id)).toEqual([])

    // After the publication the count starts afresh: the first writer may approve and publish a colleague's revision.
    expect(await save('author', id, 'ar', { summary: 'ملخص منقح' })).toBe(200)
    expect(
      (await transition('translator', id, { locale: 'en', transition: 'confirm_translation' }))
        .status,
    ).toBe(200)
    expect((await transition('author', id, { transition: 'submit' })).status).toBe(200)
    expect(await reasons('author', id, 'approve')).toEqual(['role', 'role', 'role'])
    expect((await transition('editor', id, { transition: 'approve' })).status).toBe(200)
    expect((await transition('editor', id, { transition: 'publish' })).status).toBe(200)
  }, 120_000)

  it(`publishes the approved version after more than ${MAX_PER_DOC} saves, and keeps ${MAX_PER_DOC} versions besides it`, async () => {
    const title = 'معتمد رغم كثرة الحفظ'
    const id = await articleBy('author', title)
    await transition('author', id, { transition: 'submit' })
    expect((await transition('reviewer', id, { transition: 'approve' })).status).toBe(200)
    const approved = String((await workflowOf(id)).approvedVersion)
    // Saves that change no content: each adds a version, none sends the article back to review.
    for (let count = 0; count <= MAX_PER_DOC; count++)
      expect(await save('translator', id, 'en', { title: `EN ${title}` })).toBe(200)

    const versions = await ctx.payload.findVersions({
      collection: 'articles',
      limit: 0,
      pagination: false,
      where: { parent: { equals: id } },
    })
    expect(versions.docs.map((version) => String(version.id))).toContain(approved)
    expect(versions.docs).toHaveLength(MAX_PER_DOC + 1)
    expect((await workflowOf(id)).state).toBe('approved')
    expect((await transition('editor', id, { transition: 'publish' })).status).toBe(200)
    expect(await publicTitle(id)).toBe(title)
    // Some fifty saves of a whole article: more than jest's default minute on PostgreSQL.
  }, 240_000)
})
