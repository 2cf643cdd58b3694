import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import type { PayloadRequest } from 'payload'

import { CONSUMER_CACHE_CONTROL } from '../../src/api/fair-limits'
import { KEY_MESSAGES } from '../../src/consumers/consumer-key'
import { usageMeterOf } from '../../src/consumers/usage-meter'
import { CACHE_HEADER } from '../../src/read-cache/with-read-cache'
import { apiClient } from '../helpers/api'
import { importDraftArticle, importDraftEdit, importPublishedArticle } from '../helpers/content'
import { createStaff, type Staff } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

/**
 * Consumer keys (docs/consumer-keys.md): a request with a consumer's key reads
 * what anyone reads, published content only, whatever it asks and wherever
 * (REST, GraphQL, by id, versions, the accounts API, the consumers
 * themselves), with a private answer; a key unknown, rotated, disabled or
 * deleted is refused at once with a 401 in the caller's language, one used
 * from an origin its consumer does not allow with a 403; usage is counted;
 * only admins see and manage consumers; and Payload itself, were it to take a
 * key as a user, gives that user nothing the public does not have.
 */
const SEED = Number(process.env.FC_SEED ?? 20261203)
const NUM_RUNS = Number(process.env.FC_RUNS ?? 30)

const PUBLISHED = 'تقرير منشور للمستهلكين'
const DRAFT_EDIT = 'تعديل مسودة لم يُنشر'
const DRAFT_ONLY = 'مسودة فقط لم تُنشر أبدًا'
const DRAFT_MARK = /مسودة|تعديل مسودة/

type Json = Record<string, any>

const keyHeader = (key: string) => ({ authorization: `consumers API-Key ${key}` })

describeIntegration('Consumer keys', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff
  let publishedId: number | string
  let draftId: number | string
  let consumerId: number | string
  const KEY = 'a-consumer-key-for-tests-000000000001'

  const makeConsumer = async (data: Json) =>
    ctx.payload.create({
      collection: 'consumers',
      data: { enableAPIKey: true, enabled: true, ...data } as never,
    })

  /** A REST read with the consumer's key: status, headers and body as text. */
  const rest = async (path: string, key = KEY, headers: Record<string, string> = {}) => {
    const response = await api.request('GET', path, { headers: { ...keyHeader(key), ...headers } })
    return { headers: response.headers, status: response.status, text: await response.text() }
  }

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    staff = await createStaff(ctx.payload, api)
    publishedId = await importPublishedArticle(ctx.payload, { ar: PUBLISHED })
    await importDraftEdit(ctx.payload, publishedId, DRAFT_EDIT)
    draftId = await importDraftArticle(ctx.payload, DRAFT_ONLY)
    consumerId = (await makeConsumer({ apiKey: KEY, name: 'موقع شريك', owner: 'Partner' })).id
  })
  afterAll(() => ctx?.stop())

  it('reads published content only, whatever it asks, over REST', async () => {
    const staffView = await api.request('GET', '/articles?draft=true&locale=ar', {
      token: staff.tokens.editor,
    })
    expect(JSON.stringify(await staffView.json())).toContain(DRAFT_EDIT)

    const list = await rest('/articles?locale=ar')
    expect(list.status).toBe(200)
    expect(JSON.parse(list.text).docs.map((doc: Json) => doc.title)).toEqual([PUBLISHED])
    expect(list.headers.get('cache-control')).toBe(CONSUMER_CACHE_CONTROL)
    // Asking for drafts gets what anyone asking for them gets: never a draft.
    const drafts = await rest('/articles?draft=true&locale=ar')
    expect(drafts.status).toBe(200)
    expect(drafts.text).not.toMatch(DRAFT_MARK)
    expect(drafts.text).toBe(
      await (await api.request('GET', '/articles?draft=true&locale=ar')).text(),
    )

    const byId = await rest(`/articles/${publishedId}?draft=true&locale=ar`)
    expect(JSON.parse(byId.text).title).toBe(PUBLISHED)
    expect((await rest(`/articles/${draftId}?draft=true`)).status).toBe(404)
    expect((await rest(`/articles/${draftId}`)).status).toBe(404)
    const where = await rest('/articles?where[_status][equals]=draft&draft=true')
    expect(JSON.parse(where.text).docs).toEqual([])

    for (const path of [
      '/articles/versions',
      `/articles/versions?where[parent][equals]=${draftId}`,
    ]) {
      const versions = await rest(path)
      expect(versions.status).toBe(403)
      expect(versions.text).not.toMatch(DRAFT_MARK)
    }
    expect((await rest('/users')).status).toBe(403)
    expect(JSON.parse((await rest('/users/me')).text).user).toBeNull()
    expect(JSON.parse((await rest('/consumers/me')).text).user).toBeNull()
    expect((await rest('/consumers')).status).toBe(403)
    expect((await rest(`/consumers/${consumerId}`)).status).toBe(403)
    expect((await rest('/consumer-usage')).status).toBe(403)
  })

  it('shares the public cache: a key gets the public answer, private to it', async () => {
    const path = '/articles?locale=ar&limit=5'
    const anonymous = await api.request('GET', path)
    expect(anonymous.headers.get(CACHE_HEADER)).toBe('MISS')
    const keyed = await rest(path)
    expect(keyed.headers.get(CACHE_HEADER)).toBe('HIT')
    expect(keyed.text).toBe(await anonymous.text())
    expect(keyed.headers.get('cache-control')).toBe(CONSUMER_CACHE_CONTROL)
    // Revalidation works as for anyone.
    const etag = keyed.headers.get('etag')!
    expect((await rest(path, KEY, { 'if-none-match': etag })).status).toBe(304)
  })

  it('reads published content only over GraphQL, drafts asked for or not', async () => {
    const ask = (query: string, variables?: Json) =>
      api.graphql(query, { headers: keyHeader(KEY), variables })
    const list = await ask('{ Articles(locale: ar) { docs { id title } } }')
    expect(list.body.data?.Articles.docs.map((doc: Json) => doc.title)).toEqual([PUBLISHED])
    expect(list.headers.get('cache-control')).toBe(CONSUMER_CACHE_CONTROL)
    const drafts = await ask('{ Articles(draft: true, locale: ar) { docs { id title } } }')
    expect(drafts.body.data?.Articles).toBeDefined()
    expect(JSON.stringify(drafts.body)).not.toMatch(DRAFT_MARK)
    const byId = await ask(
      'query ($id: Int!) { Article(id: $id, draft: true, locale: ar) { title } }',
      {
        id: Number(draftId),
      },
    )
    expect(JSON.stringify(byId.body)).not.toMatch(DRAFT_MARK)
    const versions = await ask('{ versionsArticles { docs { version { title } } } }')
    expect(JSON.stringify(versions.body)).not.toMatch(DRAFT_MARK)
    expect(versions.body.errors?.[0]).toBeDefined()
    const me = await ask('{ meUser { user { id } } meConsumer { user { id } } }')
    expect(me.body.data).toEqual({ meConsumer: { user: null }, meUser: { user: null } })
    const consumers = await ask('{ Consumers { docs { id name } } }')
    expect(consumers.body.errors?.[0]).toBeDefined()
    expect(JSON.stringify(consumers.body)).not.toContain('موقع شريك')
    // Over GET as well.
    const overGet = await api.graphql('{ Articles(draft: true) { docs { title } } }', {
      headers: keyHeader(KEY),
      method: 'GET',
    })
    expect(JSON.stringify(overGet.body)).not.toMatch(DRAFT_MARK)
  })

  it('never writes: a key on a write is an anonymous write, refused', async () => {
    const response = await api.request('PATCH', `/articles/${publishedId}`, {
      body: { title: 'changed by a key' },
      headers: keyHeader(KEY),
    })
    expect(response.status).toBe(403)
    const mutation = await api.graphql(
      `mutation { updateArticle(id: ${Number(publishedId)}, data: { title: "x" }) { id } }`,
      { headers: keyHeader(KEY) },
    )
    expect(mutation.body.errors?.[0]).toBeDefined()
  })

  it('refuses an unknown key with a 401 in the caller language, never as an anonymous read', async () => {
    const misspelled = [
      { authorization: 'consumers API-Key not-a-key' },
      { authorization: 'consumers API-Key' },
      { authorization: `Consumers api-key ${KEY}` },
      { authorization: `consumers  API-Key ${KEY}` },
    ]
    for (const headers of misspelled) {
      const response = await api.request('GET', '/articles', {
        headers: { ...headers, 'accept-language': 'en' },
      })
      expect({ headers, status: response.status }).toEqual({ headers, status: 401 })
      expect(((await response.json()) as Json).errors[0].message).toBe(KEY_MESSAGES.unknownKey.en)
    }
    expect(JSON.parse((await rest('/articles', 'nope')).text).errors[0].message).toBe(
      KEY_MESSAGES.unknownKey.ar,
    )
    const graphql = await api.graphql('{ Articles { totalDocs } }', { headers: keyHeader('nope') })
    expect(graphql.status).toBe(401)
  })

  it('stops a key at once when it is rotated, disabled or its consumer deleted', async () => {
    const key = 'a-consumer-key-for-tests-000000000002'
    const { id } = await makeConsumer({ apiKey: key, name: 'Rotating' })
    expect((await rest('/articles', key)).status).toBe(200)

    const rotated = 'a-consumer-key-for-tests-000000000003'
    await ctx.payload.update({ collection: 'consumers', data: { apiKey: rotated } as never, id })
    expect((await rest('/articles', key)).status).toBe(401)
    expect((await rest('/articles', rotated)).status).toBe(200)

    await api.request('PATCH', `/consumers/${id}`, {
      body: { enabled: false },
      token: staff.tokens.admin,
    })
    expect((await rest('/articles', rotated)).status).toBe(401)
    await ctx.payload.update({ collection: 'consumers', data: { enabled: true } as never, id })
    expect((await rest('/articles', rotated)).status).toBe(200)

    // Payload's own revocation: the key turned off in its key UI.
    await ctx.payload.update({
      collection: 'consumers',
      data: { enableAPIKey: false } as never,
      id,
    })
    expect((await rest('/articles', rotated)).status).toBe(401)
    await ctx.payload.update({
      collection: 'consumers',
      data: { apiKey: rotated, enableAPIKey: true } as never,
      id,
    })
    expect((await rest('/articles', rotated)).status).toBe(200)

    usageMeterOf(ctx.payload).count(id)
    await usageMeterOf(ctx.payload).flush()
    const deleted = await api.request('DELETE', `/consumers/${id}`, { token: staff.tokens.admin })
    expect(deleted.status).toBe(200)
    expect((await rest('/articles', rotated)).status).toBe(401)
    // Counts of a consumer deleted meanwhile are dropped, not an error.
    usageMeterOf(ctx.payload).count(id)
    await usageMeterOf(ctx.payload).flush()
    const left = await ctx.payload.count({
      collection: 'consumer-usage',
      where: { consumer: { equals: id } },
    })
    expect(left.totalDocs).toBe(0)
  })

  it('accepts a key restricted to origins from those origins only', async () => {
    const key = 'a-consumer-key-for-tests-000000000004'
    await makeConsumer({
      allowedOrigins: ['https://partner.example'],
      apiKey: key,
      name: 'Browser app',
    })
    expect((await rest('/articles', key, { origin: 'https://partner.example' })).status).toBe(200)
    for (const origin of ['https://evil.example', 'https://partner.example.evil', 'null']) {
      const refused = await rest('/articles', key, { 'accept-language': 'en', origin })
      expect(refused.status).toBe(403)
      expect(JSON.parse(refused.text).errors[0].message).toBe(KEY_MESSAGES.originNotAllowed.en)
    }
    expect((await rest('/articles', key)).status).toBe(403)
    // Origins are checked when saved.
    const bad = await api.request('POST', '/consumers', {
      body: { allowedOrigins: ['https://partner.example/path'], name: 'Bad origin' },
      headers: { 'accept-language': 'en' },
      token: staff.tokens.admin,
    })
    expect(bad.status).toBe(400)
  })

  it('counts usage per day, written by the meter, shown to admins only', async () => {
    const key = 'a-consumer-key-for-tests-000000000005'
    const { id } = await makeConsumer({ apiKey: key, name: 'Counted' })
    for (let i = 0; i < 7; i++) expect((await rest('/articles?limit=1', key)).status).toBe(200)
    await api.graphql('{ Articles { totalDocs } }', { headers: keyHeader(key) })
    // Nothing written per request: the meter writes every few seconds.
    const rows = { collection: 'consumer-usage', where: { consumer: { equals: id } } } as const
    expect((await ctx.payload.count(rows)).totalDocs).toBe(0)
    await usageMeterOf(ctx.payload).flush()
    await rest('/articles?limit=1', key)
    await usageMeterOf(ctx.payload).flush()

    const response = await api.request('GET', `/consumers/${id}`, { token: staff.tokens.admin })
    const consumer = (await response.json()) as Json
    const today = new Date().toISOString().slice(0, 10)
    expect(consumer.usage.docs).toEqual([expect.objectContaining({ day: today, requests: 9 })])
    expect(Date.now() - new Date(consumer.lastSeen).getTime()).toBeLessThan(60_000)
    // The key itself is never in what the API answers.
    expect(JSON.stringify(consumer)).not.toContain(key)
    expect(consumer.apiKeyIndex).toBeUndefined()
  })

  it('lets admins only read or edit consumers and their usage', async () => {
    for (const member of ['editor', 'reviewer', 'author', 'translator'] as const) {
      const token = staff.tokens[member]
      expect((await api.request('GET', '/consumers', { token })).status).toBe(403)
      expect((await api.request('GET', `/consumers/${consumerId}`, { token })).status).toBe(403)
      expect((await api.request('GET', '/consumer-usage', { token })).status).toBe(403)
      const edit = await api.request('PATCH', `/consumers/${consumerId}`, {
        body: { rateLimit: 1 },
        token,
      })
      expect(edit.status).toBe(403)
      const create = await api.request('POST', '/consumers', { body: { name: 'x' }, token })
      expect(create.status).toBe(403)
    }
    expect((await api.request('GET', '/consumers', { token: staff.tokens.admin })).status).toBe(200)
    // Usage is the meter's: nobody writes it through the API.
    const forged = await api.request('POST', '/consumer-usage', {
      body: { consumer: consumerId, day: '2026-01-01', requests: 1 },
      token: staff.tokens.admin,
    })
    expect(forged.status).toBe(403)
  })

  it('gives a consumer, were Payload to take it as a user, nothing the public does not have', async () => {
    const consumer = {
      ...(await ctx.payload.findByID({ collection: 'consumers', id: consumerId })),
      collection: 'consumers',
    }
    const asks = async (user: unknown) => {
      const results: Record<string, unknown> = {}
      for (const collection of ctx.payload.config.collections) {
        for (const [operation, access] of Object.entries(collection.access ?? {})) {
          if (typeof access !== 'function') continue
          const req = {
            context: {},
            headers: new Headers(),
            payload: ctx.payload,
            user,
          } as unknown as PayloadRequest
          results[`${collection.slug}.${operation}`] = await (access as (args: unknown) => unknown)(
            { req },
          )
        }
        const visitFields = async (fields: Json[], path: string) => {
          for (const field of fields) {
            for (const [operation, access] of Object.entries(field.access ?? {})) {
              if (typeof access !== 'function') continue
              const req = {
                context: {},
                headers: new Headers(),
                payload: ctx.payload,
                user,
              } as unknown as PayloadRequest
              results[`${collection.slug}.${path}${field.name}.${operation}`] = await (
                access as (args: unknown) => unknown
              )({ data: {}, doc: {}, req, siblingData: {} })
            }
            if (Array.isArray(field.fields))
              await visitFields(field.fields, `${path}${field.name ?? ''}.`)
          }
        }
        await visitFields(collection.flattenedFields as Json[], '')
      }
      return results
    }
    const anonymous = await asks(null)
    expect(Object.keys(anonymous).length).toBeGreaterThan(50)
    const granted = await asks(consumer)
    for (const [rule, result] of Object.entries(granted)) {
      // Payload's own collections for any user (preferences, document locks, migrations…): out of reach, since
      // Payload never takes a key as a credential (see the test below).
      if (/^payload-/.test(rule)) continue
      // The same as the public, or less (a consumer has no session to read).
      expect({ rule, result: result === false ? anonymous[rule] && false : result }).toEqual({
        rule,
        result: result === false ? false : anonymous[rule],
      })
    }

    // And through the Local API with access control: published only, drafts asked or not.
    const found = await ctx.payload.find({
      collection: 'articles',
      draft: true,
      overrideAccess: false,
      user: consumer,
    })
    expect(JSON.stringify(found.docs)).not.toMatch(DRAFT_MARK)
  })

  it('is no credential to Payload itself: its API-key strategy for consumers is taken out', async () => {
    const { executeAuthStrategies } = await import('payload')
    for (const isGraphQL of [false, true]) {
      const { user } = await executeAuthStrategies({
        headers: new Headers(keyHeader(KEY)),
        isGraphQL,
        payload: ctx.payload,
      })
      expect(user).toBeNull()
    }
    expect(ctx.payload.authStrategies.map((strategy) => strategy.name)).not.toContain(
      'consumers-api-key',
    )
  })

  describe('a property over request shapes', () => {
    it('never answers a keyed request with a draft', async () => {
      const paths = fc.oneof(
        fc.constantFrom('/articles', '/articles/versions', '/search', '/changes'),
        fc.constant(`/articles/${String(draftId)}`),
        fc.constant(`/articles/${String(publishedId)}`),
      )
      const params = fc.subarray([
        'draft=true',
        'locale=ar',
        'locale=all',
        'depth=2',
        'where[_status][equals]=draft',
        'where[title][like]=مسودة',
        'q=مسودة',
        'trash=true',
      ])
      await fc.assert(
        fc.asyncProperty(paths, params, fc.boolean(), async (path, query, graphql) => {
          if (graphql) {
            const args = query.includes('draft=true') ? '(draft: true)' : ''
            const answer = await api.graphql(`{ Articles${args} { docs { title } } }`, {
              headers: keyHeader(KEY),
            })
            expect(JSON.stringify(answer.body)).not.toMatch(DRAFT_MARK)
            return
          }
          const answer = await rest(`${path}?${query.join('&')}`)
          expect(answer.status).not.toBe(500)
          expect(answer.text).not.toMatch(DRAFT_MARK)
        }),
        { numRuns: NUM_RUNS, seed: SEED },
      )
    })
  })
})
