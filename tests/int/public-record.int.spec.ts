import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { WORKFLOW_IMPORT } from '@jusur/editorial-workflow'

import { apiClient } from '../helpers/api'
import { plainBody } from '../helpers/content'
import { publicSearchHits } from '../helpers/search'
import { createStaff, type Staff, type StaffMember } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

type Json = Record<string, any>

/**
 * The public record in Jusur's own config, on SQLite and PostgreSQL:
 * corrections readers see in their language and nobody edits, retracted
 * reports answering 410 with their notice on every REST read path (by id,
 * by slug, by an old slug), tombstones in GraphQL and in links, nothing left
 * in lists, search or the read cache, and embargoes that hold on every
 * publishing path, the scheduler's included.
 */
describeIntegration('the public record of reports', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    staff = await createStaff(ctx.payload, api)
  })
  afterAll(() => ctx?.stop())

  const call = async (
    member: StaffMember | null,
    method: 'DELETE' | 'GET' | 'PATCH' | 'POST',
    path: string,
    body?: Json,
  ) => {
    const response = await api.request(method, path, {
      body,
      token: member ? staff.tokens[member] : undefined,
    })
    return { body: (await response.json()) as Json, status: response.status }
  }
  const transition = (member: StaffMember, id: unknown, body: Json, collection = 'articles') =>
    call(member, 'POST', `/${collection}/${id}/workflow`, body)
  const reason = (reply: { body: Json }) => reply.body.errors?.[0]?.data?.reason
  const save = async (id: unknown, locale: string, body: Json, member: StaffMember = 'author') => {
    const reply = await call(member, 'PATCH', `/articles/${id}?draft=true&locale=${locale}`, body)
    expect(reply.status).toBe(200)
  }
  /** Through review to publication: the translator confirms the English, a reviewer approves, the editor publishes. */
  const publish = async (id: unknown) => {
    await transition('translator', id, { locale: 'en', transition: 'confirm_translation' })
    expect((await transition('author', id, { transition: 'submit' })).status).toBe(200)
    expect((await transition('reviewer', id, { transition: 'approve' })).status).toBe(200)
    const reply = await transition('editor', id, { transition: 'publish' })
    expect(reply.status).toBe(200)
  }
  const article = async (words: string, extra: Json = {}) => {
    const created = await call('author', 'POST', '/articles?draft=true&locale=ar', {
      body: plainBody(`نص ${words}`),
      summary: `ملخص ${words}`,
      title: `تقرير ${words}`,
      ...extra,
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await save(id, 'en', {
      body: plainBody(`Text ${words}`),
      summary: `Summary ${words}`,
      title: `Report ${words}`,
    })
    return id
  }

  it('shows corrections to readers in their language, over REST and GraphQL, and lets nobody edit them', async () => {
    const id = await article('بروتوكول بكين')
    await publish(id)
    await save(id, 'ar', {
      correction: { kind: 'correction', note: 'صُحّح اسم الجهة الموقعة.' },
      summary: 'ملخص مصحح',
    })
    await save(id, 'en', {
      correction: { note: 'The signatory was corrected.' },
      summary: 'Corrected summary',
    })
    await publish(id)

    const arabic = await call(null, 'GET', `/articles/${id}?locale=ar`)
    expect(arabic.body.corrections).toEqual([
      expect.objectContaining({ kind: 'correction', note: 'صُحّح اسم الجهة الموقعة.' }),
    ])
    expect(arabic.body.correction).toBeUndefined()
    expect(arabic.body.lastPublishedAt).toEqual(expect.any(String))
    const graphql = await api.graphql(
      `query ($id: Int!) { Article(id: $id, locale: en) { corrections { kind note at version } } }`,
      { variables: { id: Number(id) } },
    )
    expect(graphql.body.data?.Article.corrections).toEqual([
      expect.objectContaining({ kind: 'correction', note: 'The signatory was corrected.' }),
    ])

    const rest = await call('admin', 'PATCH', `/articles/${id}?draft=true&locale=ar`, {
      corrections: [],
    })
    expect(rest.status).toBe(403)
    const mutation = await api.graphql(
      `mutation ($id: Int!) { updateArticle(id: $id, draft: true, data: { corrections: [] }) { id } }`,
      { token: staff.tokens.admin, variables: { id: Number(id) } },
    )
    expect((mutation.body.errors?.[0] as Json | undefined)?.extensions?.statusCode).toBe(403)
    await expect(
      ctx.payload.update({
        collection: 'articles',
        data: { corrections: [] },
        draft: true,
        id,
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await call(null, 'GET', `/articles/${id}?locale=ar`)).body.corrections).toHaveLength(1)
  })

  it('answers 410 with the notice on every REST read path, a tombstone in GraphQL and links, and nothing in lists, search or cache', async () => {
    const event = await call('author', 'POST', '/events?draft=true&locale=ar', {
      kind: 'official_visit',
      title: 'زيارة وفد غينيا',
    })
    const eventId = event.body.doc.id
    await call('author', 'PATCH', `/events/${eventId}?draft=true&locale=en`, {
      title: 'Guinean delegation visit',
    })
    for (const [member, name] of [
      ['author', 'submit'],
      ['reviewer', 'approve'],
      ['editor', 'publish'],
    ] as const)
      expect((await transition(member, eventId, { transition: name }, 'events')).status).toBe(200)
    const id = await article('وفد غينيا', { events: [eventId], slug: 'wafd-ghinia' })
    await publish(id)
    // The slug changes after publication: readers may hold links with the old one.
    await save(id, 'ar', { slug: 'wafd-ghinia-alqahira' })
    await publish(id)
    expect((await call(null, 'GET', '/articles/by-slug/wafd-ghinia?locale=ar')).status).toBe(301)
    // Readers have read it (the cache holds it) and searched it.
    expect((await call(null, 'GET', `/articles/${id}?locale=ar`)).status).toBe(200)
    expect(await publicSearchHits(ctx.payload, 'Guinean', ['events'])).toBeGreaterThan(0)

    const notice = {
      ar: 'سُحب الخبر لأن الزيارة أُجّلت.',
      en: 'Withdrawn: the visit was postponed.',
    }
    expect(
      (await transition('editor', eventId, { notice, transition: 'retract' }, 'events')).status,
    ).toBe(200)
    expect((await transition('editor', id, { notice, transition: 'retract' })).status).toBe(200)

    for (const path of [
      `/articles/${id}?locale=ar`,
      '/articles/by-slug/wafd-ghinia-alqahira?locale=ar',
      '/articles/by-slug/wafd-ghinia?locale=ar',
    ]) {
      const reply = await call(null, 'GET', path)
      expect({ path, status: reply.status }).toEqual({ path, status: 410 })
      expect(reply.body.errors[0].data.retracted).toMatchObject({
        notice: notice.ar,
        title: 'تقرير وفد غينيا',
      })
      expect(reply.body.errors[0].message).toContain(notice.ar)
    }
    const english = await call(null, 'GET', `/articles/${id}?locale=en`)
    expect(english.status).toBe(410)
    expect(english.body.errors[0].data.retracted).toMatchObject({
      notice: notice.en,
      title: 'Report وفد غينيا',
    })

    const graphql = await api.graphql(
      `query ($id: Int!) { Article(id: $id, locale: en) { id slug title summary body retracted { at notice title } } Articles(limit: 100) { docs { id } } }`,
      { variables: { id: Number(id) } },
    )
    expect(graphql.body.data?.Article).toMatchObject({
      body: null,
      retracted: { notice: notice.en, title: 'Report وفد غينيا' },
      summary: null,
      title: null,
    })
    expect(graphql.body.data?.Article.slug).toEqual(expect.any(String))
    expect(graphql.body.data?.Articles.docs.map((doc: Json) => doc.id)).not.toContain(id)
    const list = await call(null, 'GET', '/articles?limit=100&locale=ar')
    expect(list.body.docs.map((doc: Json) => doc.id)).not.toContain(id)
    expect(await publicSearchHits(ctx.payload, 'Guinean', ['events'])).toBe(0)

    // The retracted event an article links to shows as retracted, not missing (staff see the whole article).
    const other = await article('أخبار الأسبوع', { events: [eventId] })
    const draftView = await call('editor', 'GET', `/articles/${other}?draft=true&depth=1`)
    expect(draftView.body.events[0].title).toBe('زيارة وفد غينيا')
    const linked = await api.graphql(
      `query ($id: Int!) { Event(id: $id) { id title retracted { notice } } }`,
      { variables: { id: Number(eventId) } },
    )
    expect(linked.body.data?.Event).toMatchObject({ retracted: { notice: notice.ar }, title: null })
  })

  it('holds an embargoed report on every publishing path, the scheduler’s included', async () => {
    const id = await article('اتفاق التدريب')
    const until = new Date(Date.now() + 3_600_000).toISOString()
    await save(id, 'ar', { embargoUntil: until, embargoUntil_tz: 'Africa/Cairo' }, 'editor')
    await transition('translator', id, { locale: 'en', transition: 'confirm_translation' })
    await transition('author', id, { transition: 'submit' })
    await transition('reviewer', id, { transition: 'approve' })
    const now = await transition('editor', id, { transition: 'publish' })
    expect(now.status).toBe(409)
    expect(reason(now)).toBe('embargoed')
    // The message names the time in Cairo's zone, in the caller's language.
    const inEnglish = await api.request('POST', `/articles/${id}/workflow`, {
      body: { transition: 'publish' },
      headers: { 'accept-language': 'en' },
      token: staff.tokens.editor,
    })
    const message = ((await inEnglish.json()) as Json).errors[0].message as string
    expect(message).toContain('embargo')
    expect(message).toMatch(/GMT\+2|EET/)
    const early = new Date(Date.now() + 60_000).toISOString()
    expect(
      reason(await transition('editor', id, { publishAt: early, transition: 'schedule' })),
    ).toBe('embargoed')

    // Scheduled within the embargo's bounds, then embargoed further by an import: the scheduler refuses when due.
    await save(id, 'ar', { embargoUntil: null }, 'editor')
    const soon = new Date(Date.now() + 1500).toISOString()
    expect(
      (await transition('editor', id, { publishAt: soon, transition: 'schedule' })).status,
    ).toBe(200)
    await ctx.payload.update({
      collection: 'articles',
      context: { [WORKFLOW_IMPORT]: true },
      data: { embargoUntil: until },
      draft: true,
      id,
    })
    await new Promise((resolve) => setTimeout(resolve, 1600))
    await ctx.payload.jobs.run({ queue: 'editorial-workflow' })
    expect((await call(null, 'GET', `/articles/${id}`)).status).toBe(404)
    expect((await call('editor', 'GET', `/articles/${id}/workflow`)).body.state).toBe('scheduled')
  })
})
