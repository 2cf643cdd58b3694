import type { Payload } from 'payload'

import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { MAX_RANGE_DAYS } from '../../src/calendar/endpoint'
import { apiClient } from '../helpers/api'
import { AS_IMPORT } from '../helpers/content'
import { createStaff, type Staff } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

const DAY = 24 * 60 * 60 * 1000

describeIntegration('the content calendar (GET /api/calendar)', () => {
  let ctx: TestPayload
  let payload: Payload
  let api: ReturnType<typeof apiClient>
  let staff: Staff
  /** The range the suite reads: the fixtures fall inside it, one event just outside. */
  const from = new Date(Date.UTC(2031, 2, 1))
  const to = new Date(Date.UTC(2031, 3, 1))
  const at = (days: number, hours = 0) => new Date(from.getTime() + days * DAY + hours * 3_600_000)
  const ids = {} as Record<
    'embargoed' | 'event' | 'later' | 'published' | 'scheduled',
    number | string
  >

  const article = async (data: Record<string, unknown>) =>
    (
      await payload.create({
        collection: 'articles',
        context: AS_IMPORT,
        data: data as never,
        locale: 'ar',
      })
    ).id

  beforeAll(async () => {
    ctx = await startTestPayload()
    payload = ctx.payload
    api = apiClient(ctx.config)
    staff = await createStaff(payload, api)
    ids.published = await article({
      _status: 'published',
      lastPublishedAt: at(9, 10).toISOString(),
      title: 'مقال منشور',
      workflowState: 'published',
    })
    await payload.update({
      collection: 'articles',
      context: AS_IMPORT,
      data: { _status: 'published', title: 'A published article' } as never,
      id: ids.published,
      locale: 'en',
    })
    ids.scheduled = await article({
      _status: 'draft',
      title: 'مقال مجدول',
      workflow: { publishAt: at(4, 9).toISOString() },
      workflowState: 'scheduled',
    })
    ids.embargoed = await article({
      _status: 'draft',
      embargoUntil: at(20, 8).toISOString(),
      title: 'مقال محظور',
      workflowState: 'approved',
    })
    const event = async (title: string, date: Date) =>
      (
        await payload.create({
          collection: 'events',
          context: AS_IMPORT,
          data: {
            kind: 'talks',
            startDate: { date: date.toISOString(), precision: 'day' },
            title,
          } as never,
          locale: 'ar',
        })
      ).id
    ids.event = await event('زيارة وفد', at(0))
    // The range's end is not in it.
    ids.later = await event('زيارة لاحقة', to)
  }, 120_000)
  afterAll(() => ctx?.stop())

  const read = async (query: Record<string, string>, token?: string, language = 'ar') => {
    const search = new URLSearchParams({ from: from.toISOString(), to: to.toISOString(), ...query })
    const response = await api.request('GET', `/calendar?${search}`, {
      headers: { 'accept-language': language },
      token,
    })
    return { body: (await response.json()) as Record<string, any>, status: response.status }
  }
  const keys = (items: { collection: string; id: number | string; kind: string }[]) =>
    items.map((item) => `${item.kind}:${item.collection}:${item.id}`)

  it('lists publications scheduled and done, embargoes lifting and events, in date order', async () => {
    const { body, status } = await read({}, staff.tokens.author)
    expect(status).toBe(200)
    expect(body.truncated).toBe(false)
    expect(body.items).toEqual([
      {
        at: at(0).toISOString(),
        collection: 'events',
        id: ids.event,
        kind: 'event',
        state: 'draft',
        title: 'زيارة وفد',
      },
      expect.objectContaining({
        at: at(4, 9).toISOString(),
        id: ids.scheduled,
        kind: 'scheduled',
        state: 'scheduled',
        title: 'مقال مجدول',
      }),
      expect.objectContaining({
        at: at(9, 10).toISOString(),
        id: ids.published,
        kind: 'published',
        title: 'مقال منشور',
      }),
      expect.objectContaining({
        at: at(20, 8).toISOString(),
        id: ids.embargoed,
        kind: 'embargoed',
        state: 'approved',
      }),
    ])
  })

  it('titles items in the language asked for', async () => {
    const { body } = await read({ kinds: 'published', locale: 'en' }, staff.tokens.editor)
    expect(body.items.map((item: { title: string }) => item.title)).toEqual(['A published article'])
  })

  it('filters by collection, kind and workflow state', async () => {
    expect(keys((await read({ collections: 'events' }, staff.tokens.editor)).body.items)).toEqual([
      `event:events:${ids.event}`,
    ])
    expect(
      keys((await read({ kinds: 'scheduled,embargoed' }, staff.tokens.editor)).body.items),
    ).toEqual([`scheduled:articles:${ids.scheduled}`, `embargoed:articles:${ids.embargoed}`])
    expect(
      keys((await read({ states: 'approved,draft' }, staff.tokens.editor)).body.items),
    ).toEqual([`event:events:${ids.event}`, `embargoed:articles:${ids.embargoed}`])
  })

  it('is for staff: 401 without a session (a website’s key is none), 403 for an account with no role', async () => {
    expect(await read({})).toEqual({
      body: { errors: [{ message: 'سجّل الدخول أولًا.' }] },
      status: 401,
    })
    const key = 'a-calendar-test-consumer-key-000000001'
    await payload.create({
      collection: 'consumers',
      data: { apiKey: key, enableAPIKey: true, enabled: true, name: 'موقع' } as never,
    })
    const search = new URLSearchParams({ from: from.toISOString(), to: to.toISOString() })
    const viaKey = await api.request('GET', `/calendar?${search}`, {
      headers: { authorization: `consumers API-Key ${key}` },
    })
    expect(viaKey.status).toBe(401)
    // An account whose roles were taken away in the database (the admin requires one) is no staff.
    const password = 'a long enough password'
    const { id } = await payload.create({
      collection: 'users',
      data: { email: 'retired@example.org', name: 'retired', password, roles: ['author'] },
    })
    await payload.db.updateOne({ collection: 'users', data: { roles: [] }, id })
    const login = await api.request('POST', '/users/login', {
      body: { email: 'retired@example.org', password },
    })
    const { token } = (await login.json()) as { token: string }
    expect(await read({}, token, 'en')).toEqual({
      body: { errors: [{ message: 'This is for editorial staff.' }] },
      status: 403,
    })
  })

  it('refuses a range it cannot read with a 400 that says why, never a 500', async () => {
    const refusal = async (query: Record<string, string>, language = 'ar') => {
      const { body, status } = await read(query, staff.tokens.editor, language)
      expect(status).toBe(400)
      return body.errors[0].message as string
    }
    expect(await refusal({ to: from.toISOString() }, 'en')).toBe('"to" must come after "from".')
    expect(
      await refusal({ to: new Date(from.getTime() + (MAX_RANGE_DAYS + 1) * DAY).toISOString() }),
    ).toBe(`المدى أطول من ${MAX_RANGE_DAYS} يومًا.`)
    expect(await refusal({ kinds: 'published,gossip' }, 'en')).toMatch(
      /^Unknown value in kinds: gossip\./,
    )
    expect(await refusal({ collections: 'users' })).toMatch(
      /^قيمة غير معروفة في collections: users/,
    )
    // Whatever a caller sends, the answer is a 200 or a 400 with a message.
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            collections: fc.oneof(fc.string(), fc.constantFrom('articles', 'events,articles')),
            from: fc.oneof(
              fc.string(),
              fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
            ),
            kinds: fc.oneof(fc.string(), fc.constantFrom('event', 'published,scheduled')),
            states: fc.oneof(fc.string(), fc.constantFrom('draft', 'published,approved')),
            to: fc.oneof(
              fc.string(),
              fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
            ),
          },
          { requiredKeys: [] },
        ),
        async (query) => {
          const search = new URLSearchParams(query as Record<string, string>)
          const response = await api.request('GET', `/calendar?${search}`, {
            token: staff.tokens.editor,
          })
          const body = (await response.json()) as Record<string, any>
          expect([200, 400]).toContain(response.status)
          if (response.status === 400) expect(body.errors[0].message).toEqual(expect.any(String))
        },
      ),
      { numRuns: 40 },
    )
  }, 120_000)
})
