import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { createLocalReq } from 'payload'

import { DEFAULT_TRANSITIONS, performTransition } from '@jusur/editorial-workflow'
import type { Json, Reply } from './helpers/api'
import { DEFAULT_OPTIONS, resolvedDefaults } from './helpers/options'
import {
  describeIntegration,
  loose,
  type LooseLocalAPI,
  Posts,
  sleep,
  Users,
} from './helpers/test-payload'
import { startWorkflowBed, type WorkflowBed } from './helpers/workflow-bed'

/**
 * Four eyes over everything changed since the last publication, and approval
 * surviving version pruning, on a test bed that keeps only MAX_PER_DOC
 * versions per post.
 */

const MAX_PER_DOC = 3

const STAFF = {
  admin: { roles: ['admin'] },
  author: { roles: ['author'] },
  // Confirms translations (not an edit) so that publications are not held up by parity.
  confirmer: { roles: ['translator'] },
  editor: { roles: ['editor'] },
  editor2: { roles: ['editor'] },
  reviewer: { roles: ['reviewer'] },
  translator: { roles: ['translator'] },
}

type StaffName = keyof typeof STAFF

describeIntegration('editorial-workflow: four eyes and version pruning', () => {
  let { api, bed, staff, stop } = {} as WorkflowBed<StaffName>
  let local: LooseLocalAPI

  beforeAll(async () => {
    const posts = {
      ...Posts,
      versions: { drafts: { schedulePublish: true }, maxPerDoc: MAX_PER_DOC },
    }
    ;({ api, bed, staff, stop } = await startWorkflowBed(STAFF, DEFAULT_OPTIONS, {
      collections: [Users, posts],
    }))
    local = loose(bed.payload)
  })
  afterAll(() => stop?.())

  const token = (member: StaffName) => staff[member].token
  const transition = (
    member: StaffName,
    id: number | string,
    body: Json,
    headers?: Record<string, string>,
  ) => api.request('POST', `/posts/${id}/workflow`, { body, headers, token: token(member) })
  const save = (member: StaffName, id: number | string, locale: string, body: Json) =>
    api.request('PATCH', `/posts/${id}?draft=true&locale=${locale}`, { body, token: token(member) })
  const refusal = (reply: Reply) => ({
    reason: reply.body.errors?.[0]?.data?.reason,
    status: reply.status,
  })
  const workflowOf = async (id: number | string, member: StaffName = 'admin') =>
    (await api.request('GET', `/posts/${id}/workflow`, { token: token(member) })).body
  const stored = async (id: number | string) =>
    (await local.findByID({ collection: 'posts', depth: 0, draft: true, id })).workflow as Json
  const contributorsOf = async (id: number | string) =>
    ((await stored(id)).contributors as (number | string)[]).map(String).sort()
  const ids = (...members: StaffName[]) => members.map((member) => String(staff[member].id)).sort()
  const publicTitle = async (id: number | string): Promise<null | string> => {
    const reply = await api.request('GET', `/posts/${id}?locale=ar`)
    return reply.status === 200 ? (reply.body.title as string) : null
  }
  const confirmTranslations = async (id: number | string) => {
    for (const locale of ['ar', 'en'])
      expect(
        (await transition('confirmer', id, { locale, transition: 'confirm_translation' })).status,
      ).toBe(200)
  }

  /** Written in both languages by `writer`. */
  const postBy = async (writer: StaffName, title: string) => {
    const created = await api.request('POST', '/posts?draft=true&locale=ar', {
      body: { body: `نص ${title}`, title },
      token: token(writer),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number | string
    expect(
      (await save(writer, id, 'en', { body: `Text ${title}`, title: `EN ${title}` })).status,
    ).toBe(200)
    return id
  }

  const mutation = `mutation($id: ID!, $t: String!) { workflowTransition(collection: "posts", id: $id, transition: $t) { state } }`
  const graphQLRefusal = async (member: StaffName, id: number | string, name: string) => {
    const reply = await api.graphql(mutation, {
      token: token(member),
      variables: { id: String(id), t: name },
    })
    const extensions = reply.body.errors?.[0]?.extensions
    return { reason: extensions?.data?.reason, status: extensions?.statusCode }
  }
  const localRefusal = async (member: StaffName, id: number | string, name: string) => {
    const req = await createLocalReq({ user: staff[member].user as never }, bed.payload)
    try {
      await performTransition({
        input: { transition: name },
        options: resolvedDefaults(bed.payload.config),
        req,
        target: { collection: 'posts', id },
      })
    } catch (error) {
      const { data, status } = error as { data?: { reason?: string }; status?: number }
      return { reason: data?.reason, status }
    }
    return { reason: 'accepted', status: 200 }
  }
  const everyPath = async (member: StaffName, id: number | string, name: string) => [
    refusal(await transition(member, id, { transition: name })),
    await graphQLRefusal(member, id, name),
    await localRefusal(member, id, name),
  ]
  const FOUR_EYES = { reason: 'fourEyes', status: 403 }

  it('refuses the writer after a translator’s one-character change and submission, on REST, GraphQL and the Local API', async () => {
    const id = await postBy('editor', 'كتبه رئيس التحرير')
    expect((await save('translator', id, 'en', { title: 'EN كتبه رئيس التحرير.' })).status).toBe(
      200,
    )
    await confirmTranslations(id)
    expect((await transition('translator', id, { transition: 'submit' })).status).toBe(200)
    expect(await everyPath('editor', id, 'approve')).toEqual([FOUR_EYES, FOUR_EYES, FOUR_EYES])
    expect(await contributorsOf(id)).toEqual(ids('editor', 'translator'))
    expect(
      (await workflowOf(id, 'editor')).transitions.map((offered: Json) => offered.name),
    ).not.toContain('approve')
    const english = await transition(
      'editor',
      id,
      { transition: 'approve' },
      { 'accept-language': 'en' },
    )
    expect(english.body.errors[0].message).toMatch(
      /whose content you changed since it was last published/,
    )

    expect((await transition('reviewer', id, { transition: 'approve' })).status).toBe(200)
    expect(await everyPath('editor', id, 'publish')).toEqual([FOUR_EYES, FOUR_EYES, FOUR_EYES])
    expect(
      refusal(
        await transition('editor', id, {
          publishAt: new Date(Date.now() + 60_000).toISOString(),
          transition: 'schedule',
        }),
      ),
    ).toEqual(FOUR_EYES)
    expect(
      (await workflowOf(id, 'editor')).transitions.map((offered: Json) => offered.name),
    ).not.toContain('publish')
    expect((await workflowOf(id)).state).toBe('approved')

    expect((await transition('editor2', id, { transition: 'publish' })).status).toBe(200)
    expect(await publicTitle(id)).toBe('كتبه رئيس التحرير')
  })

  it('starts the contributors afresh with each publication', async () => {
    const id = await postBy('editor', 'دورة ثانية')
    await transition('editor', id, { transition: 'submit' })
    await transition('reviewer', id, { transition: 'approve' })
    expect((await transition('editor2', id, { transition: 'publish' })).status).toBe(200)
    expect(await contributorsOf(id)).toEqual([])

    expect((await save('author', id, 'ar', { body: 'نص منقح بعد النشر' })).status).toBe(200)
    expect(await contributorsOf(id)).toEqual(ids('author'))
    await confirmTranslations(id)
    expect((await transition('author', id, { transition: 'submit' })).status).toBe(200)
    // The first writer changed nothing since the publication: they approve the author's revision, and may publish it too.
    expect((await transition('editor', id, { transition: 'approve' })).status).toBe(200)
    expect((await transition('editor', id, { transition: 'publish' })).status).toBe(200)
    expect(await contributorsOf(id)).toEqual([])
  })

  it('counts restores and duplicates, and lets no caller rewrite the contributors', async () => {
    const id = await postBy('author', 'مساهمون')
    expect(refusal(await save('author', id, 'ar', { workflow: { contributors: [] } }))).toEqual({
      reason: 'publishOutsideWorkflow',
      status: 403,
    })
    const graphQL = await api.graphql(
      `mutation($id: Int!) { updatePost(id: $id, draft: true, data: { workflow: { contributors: [] } }) { id } }`,
      {
        token: token('author'),
        variables: { id: Number(id) },
      },
    )
    expect(graphQL.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const withAccess = local.update({
      collection: 'posts',
      data: { workflow: { contributors: [] } },
      draft: true,
      id,
      overrideAccess: false,
      user: staff.author.user,
    })
    await expect(withAccess).rejects.toMatchObject({ status: 403 })
    expect(await contributorsOf(id)).toEqual(ids('author'))

    const [first] = (
      await local.findVersions({
        collection: 'posts',
        sort: 'createdAt',
        where: { parent: { equals: id } },
      })
    ).docs
    expect(
      (
        await api.request('POST', `/posts/versions/${first.id}?draft=true`, {
          token: token('reviewer'),
        })
      ).status,
    ).toBe(200)
    expect(await contributorsOf(id)).toEqual(ids('author', 'reviewer'))

    // A copy's content is its source's: their contributors come along.
    const copy = await api.request('POST', `/posts/${id}/duplicate`, {
      body: {},
      token: token('editor'),
    })
    expect(copy.status).toBe(200)
    expect(await contributorsOf(copy.body.doc.id)).toEqual(ids('author', 'editor', 'reviewer'))
  })

  describe('version pruning', () => {
    const versionsOf = async (id: number | string) =>
      (
        await local.findVersions({
          collection: 'posts',
          limit: 0,
          where: { parent: { equals: id } },
        })
      ).docs.map((version) => String(version.id))

    const approvedAfterManySaves = async (title: string) => {
      const id = await postBy('author', title)
      await transition('author', id, { transition: 'submit' })
      expect((await transition('reviewer', id, { transition: 'approve' })).status).toBe(200)
      const approved = String((await stored(id)).approvedVersion)
      // Saves and transitions that change no content: each adds a version, none sends the post back.
      for (let save_ = 0; save_ < MAX_PER_DOC * 3; save_++)
        expect((await save('translator', id, 'en', { title: `EN ${title}` })).status).toBe(200)
      await confirmTranslations(id)
      expect((await workflowOf(id)).state).toBe('approved')
      const kept = await versionsOf(id)
      expect(kept).toContain(approved)
      expect(kept).toHaveLength(MAX_PER_DOC + 1)
      return id
    }

    it('never deletes the approved version: it is still published after more saves than maxPerDoc', async () => {
      const id = await approvedAfterManySaves('معتمد رغم التنظيف')
      expect((await transition('editor', id, { transition: 'publish' })).status).toBe(200)
      expect(await publicTitle(id)).toBe('معتمد رغم التنظيف')
    })

    it('never deletes the version a scheduled publication will publish', async () => {
      const id = await postBy('author', 'مجدول رغم التنظيف')
      await transition('author', id, { transition: 'submit' })
      await transition('reviewer', id, { transition: 'approve' })
      const publishAt = new Date(Date.now() + 1500).toISOString()
      expect((await transition('editor', id, { publishAt, transition: 'schedule' })).status).toBe(
        200,
      )
      for (let save_ = 0; save_ < MAX_PER_DOC * 3; save_++)
        expect((await save('translator', id, 'en', { title: 'EN مجدول رغم التنظيف' })).status).toBe(
          200,
        )
      expect((await workflowOf(id)).state).toBe('scheduled')
      await sleep(Math.max(0, Date.parse(publishAt) - Date.now() + 100))
      await bed.payload.jobs.run({ queue: 'editorial-workflow' })
      expect(await workflowOf(id)).toMatchObject({ published: true, state: 'published' })
      expect(await publicTitle(id)).toBe('مجدول رغم التنظيف')
    })

    it('keeps the limit for everything else', async () => {
      const id = await postBy('author', 'مسودة كثيرة التعديل')
      for (let edit = 0; edit < MAX_PER_DOC * 2; edit++)
        expect((await save('author', id, 'ar', { body: `تعديل ${edit}` })).status).toBe(200)
      expect(await versionsOf(id)).toHaveLength(MAX_PER_DOC)
      // Once the approval is superseded by a new one, the old approved version goes like any other.
      const twice = await approvedAfterManySaves('اعتماد ثان')
      const before = String((await stored(twice)).approvedVersion)
      await save('author', twice, 'ar', { body: 'تعديل يعيده للمراجعة' })
      await confirmTranslations(twice)
      expect((await transition('reviewer', twice, { transition: 'approve' })).status).toBe(200)
      for (let save_ = 0; save_ < MAX_PER_DOC; save_++)
        await save('translator', twice, 'en', { title: 'EN اعتماد ثان' })
      const kept = await versionsOf(twice)
      expect(kept).not.toContain(before)
      expect(kept).toContain(String((await stored(twice)).approvedVersion))
      expect(kept).toHaveLength(MAX_PER_DOC + 1)
    })
  })

  it('refuses approve and publish to exactly those who changed the content since the last publication, or submitted (property)', async () => {
    const actors: StaffName[] = ['admin', 'author', 'editor', 'editor2', 'reviewer', 'translator']
    const step = fc.oneof(
      {
        arbitrary: fc.record({
          kind: fc.constant('edit' as const),
          locale: fc.constantFrom('ar', 'en'),
          who: fc.constantFrom(...actors),
        }),
        weight: 3,
      },
      {
        arbitrary: fc.record({
          kind: fc.constantFrom('submit' as const, 'approve' as const, 'publish' as const),
          who: fc.constantFrom(...actors),
        }),
        weight: 4,
      },
    )
    const roleAllows = (who: StaffName, name: string) =>
      DEFAULT_TRANSITIONS.find((candidate) => candidate.name === name)!.roles.some((role) =>
        STAFF[who].roles.includes(role),
      )
    let run = 0

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...actors),
        fc.constantFrom(...actors),
        fc.array(step, { maxLength: 10, minLength: 3 }),
        async (writer, translator, steps) => {
          run++
          const id = await postBy(writer, `خاصية ${run}`)
          expect((await save(translator, id, 'en', { title: `EN خاصية ${run}.` })).status).toBe(200)
          // The model: who changed the content since the last publication, and who submitted.
          const contributors = new Set<StaffName>([writer, translator])
          let submitter: null | StaffName = null
          let edits = 0
          for (const { kind, who, ...rest } of steps) {
            if (kind === 'edit') {
              const { locale } = rest as { locale: string }
              expect(
                (await save(who, id, locale, { body: `تعديل ${run}-${edits++}` })).status,
              ).toBe(200)
              contributors.add(who)
            } else if (kind === 'submit') {
              if ((await transition(who, id, { transition: 'submit' })).status === 200)
                submitter = who
            } else {
              if (kind === 'publish') await confirmTranslations(id)
              const state = (await workflowOf(id)).state as string
              const reply = await transition(who, id, { transition: kind })
              const from = DEFAULT_TRANSITIONS.find((candidate) => candidate.name === kind)!.from
              if (roleAllows(who, kind) && from.includes(state)) {
                const refused = contributors.has(who) || submitter === who
                expect(refusal(reply).reason === 'fourEyes').toBe(refused)
                if (!refused) expect(reply.status).toBe(200)
              }
              if (kind === 'publish' && reply.status === 200) contributors.clear()
            }
            expect(await contributorsOf(id)).toEqual(ids(...contributors))
          }
        },
      ),
      { numRuns: 12 },
    )
  }, 240_000)
})
