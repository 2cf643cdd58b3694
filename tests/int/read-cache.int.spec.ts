import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { getPayload, type Payload } from 'payload'

import { jusurConfig } from '../../src/config/jusur-config'
import { closeDatabase } from '../../src/db/close-database'
import { readGeneration } from '../../src/read-cache/generation'
import { CACHE_HEADER } from '../../src/read-cache/with-read-cache'
import { apiClient } from '../helpers/api'
import {
  AS_IMPORT,
  bodyLinkingTo,
  publishedArticleNamingAPerson,
  writeArticle,
} from '../helpers/content'
import { recordStatements } from '../helpers/sql-statements'
import { createStaff, type Staff } from '../helpers/staff'
import {
  describeIntegration,
  PROJECT_ROOT,
  startTestPayload,
  type TestPayload,
} from '../helpers/test-payload'

type Json = Record<string, any>

const PAGE = `{ Articles(sort: "-publishedAt", locale: ar) { docs { id title people { name } } } }`
const titles = (body: Json): string[] =>
  (body.data?.Articles.docs as Json[]).map((doc) => doc.title)

/**
 * The published-read cache (src/read-cache) as consumers meet it, through
 * Payload's own route handlers: anonymous reads come from memory until
 * anything public changes, on this instance or another one sharing the
 * database; drafts and logged-in callers never touch it.
 */
describeIntegration('published-read cache', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff
  let person: number | string
  let article: number | string

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    staff = await createStaff(ctx.payload, api)
    const fixture = await publishedArticleNamingAPerson(ctx.payload)
    article = fixture.article
    person = fixture.person
  })
  afterAll(() => ctx?.stop())

  it('answers a repeated anonymous query from memory, with the same ETag, and 304 to If-None-Match', async () => {
    const first = await api.graphql(PAGE)
    const second = await api.graphql(PAGE)
    expect(first.headers.get(CACHE_HEADER)).toBe('MISS')
    expect(second.headers.get(CACHE_HEADER)).toBe('HIT')
    expect(second.body).toEqual(first.body)
    const etag = second.headers.get('etag')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get('etag')).toBe(etag)
    expect(second.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')

    const revalidated = await api.graphql(PAGE, { headers: { 'if-none-match': etag } })
    expect(revalidated.status).toBe(304)
    expect(revalidated.body).toEqual({})
    expect(
      (await api.graphql(PAGE, { headers: { 'if-none-match': '"something-else"' } })).status,
    ).toBe(200)
  })

  it('keys on the normalized request: white space and variable order do not matter, the locale does', async () => {
    const query =
      'query Page($limit: Int, $locale: LocaleInputType) { Articles(limit: $limit, locale: $locale) { docs { title } } }'
    await api.graphql(query, { variables: { limit: 5, locale: 'ar' } })
    const reordered = await api.graphql(`  ${query.replace(/ /g, '\n  ')} `, {
      variables: { locale: 'ar', limit: 5 },
    })
    expect(reordered.headers.get(CACHE_HEADER)).toBe('HIT')
    const english = await api.graphql(query, { variables: { limit: 5, locale: 'en' } })
    expect(english.headers.get(CACHE_HEADER)).toBe('MISS')
  })

  it('serves the new content at once after a publish on this instance', async () => {
    await api.graphql(PAGE)
    expect((await api.graphql(PAGE)).headers.get(CACHE_HEADER)).toBe('HIT')
    await ctx.payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: {
        _status: 'published',
        publishedAt: '2026-02-01T00:00:00.000Z',
        title: 'مقال نُشر للتو',
      } as never,
    })
    const after = await api.graphql(PAGE)
    expect(after.headers.get(CACHE_HEADER)).toBe('MISS')
    expect(titles(after.body)[0]).toBe('مقال نُشر للتو')
  })

  it('serves a linked entity’s new name once its review publishes it (REST edit by staff)', async () => {
    expect(JSON.stringify((await api.graphql(PAGE)).body)).toContain('سلمى حسن')
    const edit = await api.request('PATCH', `/people/${person}?draft=true&locale=ar`, {
      body: { name: 'سلمى حسن الشريف' },
      token: staff.tokens.editor,
    })
    expect(edit.status).toBe(200)
    expect(JSON.stringify((await api.graphql(PAGE)).body)).not.toContain('سلمى حسن الشريف')
    const transition = (name: string, token: string) =>
      api.request('POST', `/people/${person}/workflow`, { body: { transition: name }, token })
    expect((await transition('submit', staff.tokens.editor)).status).toBe(200)
    expect((await transition('approve_publish', staff.tokens.reviewer)).status).toBe(200)
    const after = await api.graphql(PAGE)
    expect(after.headers.get(CACHE_HEADER)).toBe('MISS')
    expect(JSON.stringify(after.body)).toContain('سلمى حسن الشريف')
  })

  it('never serves a draft: a newer draft leaves the published answer as it was, and unpublishing removes it', async () => {
    await api.graphql(PAGE)
    await ctx.payload.update({
      collection: 'articles',
      context: AS_IMPORT,
      data: { title: 'عنوان مسودة لم يُنشر' } as never,
      draft: true,
      id: article,
      locale: 'ar',
    })
    const afterDraft = await api.graphql(PAGE)
    expect(titles(afterDraft.body)).toContain('المقال الأول')
    expect(JSON.stringify(afterDraft.body)).not.toContain('عنوان مسودة لم يُنشر')

    await ctx.payload.update({
      collection: 'articles',
      context: AS_IMPORT,
      data: { _status: 'draft' } as never,
      id: article,
      locale: 'ar',
    })
    const afterUnpublish = await api.graphql(PAGE)
    expect(afterUnpublish.headers.get(CACHE_HEADER)).toBe('MISS')
    expect(titles(afterUnpublish.body)).not.toContain('المقال الأول')
    expect(JSON.stringify(afterUnpublish.body)).not.toContain('عنوان مسودة لم يُنشر')
  })

  it('keeps its answers while the newsroom works: drafts, autosaves, reviews and draft restores change nothing readers see', async () => {
    const generation = await readGeneration(ctx.payload)
    await api.graphql(PAGE)
    const hit = async (step: string) =>
      expect({ cache: (await api.graphql(PAGE)).headers.get(CACHE_HEADER), step }).toEqual({
        cache: 'HIT',
        step,
      })
    const as = (member: 'author' | 'editor' | 'reviewer' | 'translator') => staff.tokens[member]
    const created = await api.request('POST', '/articles?draft=true&locale=ar', {
      body: { summary: 'ملخص', title: 'مقال قيد الكتابة' },
      token: as('author'),
    })
    const id = ((await created.json()) as Json).doc.id
    await hit('a new draft')
    for (const [query, body] of [
      ['draft=true&locale=en', { summary: 'Summary', title: 'An article being written' }],
      ['draft=true&autosave=true&locale=ar', { title: 'مقال قيد الكتابة والحفظ التلقائي' }],
    ] as const) {
      const saved = await api.request('PATCH', `/articles/${id}?${query}`, {
        body,
        token: as('author'),
      })
      expect(saved.status).toBe(200)
      await hit(query)
    }
    const step = (name: string, member: 'author' | 'reviewer' | 'translator', target = id) =>
      api.request('POST', `/articles/${target}/workflow`, {
        body: { comment: 'ملاحظة', locale: 'en', transition: name },
        token: as(member),
      })
    for (const [name, member] of [
      ['submit', 'author'],
      ['request_changes', 'reviewer'],
      ['submit', 'author'],
      ['approve', 'reviewer'],
    ] as const) {
      expect((await step(name, member)).status).toBe(200)
      await hit(name)
    }
    // A published article's next draft, and a draft restore of an old version.
    await api.request('PATCH', `/articles/${article}?draft=true&locale=ar`, {
      body: { summary: 'ملخص مسودة لاحقة' },
      token: as('author'),
    })
    await hit('a published article’s next draft')
    const { docs } = await ctx.payload.findVersions({
      collection: 'articles',
      sort: 'createdAt',
      where: { parent: { equals: article } },
    })
    const restored = await api.request('POST', `/articles/versions/${docs[0]!.id}`, {
      token: as('author'),
    })
    expect(restored.status).toBe(200)
    await hit('a draft restore')
    expect(await readGeneration(ctx.payload)).toBe(generation)
  })

  it('keeps the answers a publication cannot affect, and every answer through staff-only writes', async () => {
    const country = (
      await ctx.payload.create({
        collection: 'countries',
        context: AS_IMPORT,
        data: { _status: 'published', code: 'OM', name: 'عُمان' } as never,
      })
    ).id
    const unlinked = (
      await ctx.payload.create({
        collection: 'people',
        context: AS_IMPORT,
        data: { _status: 'published', country, name: 'شخص لا يذكره مقال' } as never,
      })
    ).id
    const other = await publishedArticleNamingAPerson(ctx.payload)
    const topic = async (key: string, name: string) =>
      (
        await ctx.payload.create({
          collection: 'topics',
          context: AS_IMPORT,
          data: { _status: 'published', key, name } as never,
        })
      ).id
    const [linkedTopic, unlinkedTopic] = [
      await topic('linked-topic', 'موضوع سيذكره مقال'),
      await topic('unlinked-topic', 'موضوع لا يذكره مقال'),
    ]
    const unaffected = [
      () => api.request('GET', `/countries/${country}?locale=ar`),
      () => api.request('GET', `/people/${unlinked}?depth=1&locale=en`),
      () => api.request('GET', `/articles/${other.article}?depth=1&locale=ar`),
      () => api.request('GET', `/topics/${unlinkedTopic}?depth=1&locale=ar`),
    ]
    const linkedTopicRead = () => api.request('GET', `/topics/${linkedTopic}?depth=1&locale=ar`)
    const cacheOf = async (read: () => Promise<Response>) =>
      (await read()).headers.get(CACHE_HEADER)
    for (const read of [...unaffected, linkedTopicRead]) await read()
    await api.graphql(PAGE)
    // Staff-only: a new user, and a profile change.
    const user = await ctx.payload.create({
      collection: 'users',
      data: {
        email: 'new.author@example.org',
        name: 'كاتب جديد',
        password: 'a long password 1',
        roles: ['author'],
      },
    })
    await ctx.payload.update({ collection: 'users', data: { name: 'كاتب' }, id: user.id })
    for (const read of [...unaffected, linkedTopicRead]) expect(await cacheOf(read)).toBe('HIT')
    expect((await api.graphql(PAGE)).headers.get(CACHE_HEADER)).toBe('HIT')

    const published = await ctx.payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: {
        _status: 'published',
        publishedAt: '2026-01-15T00:00:00.000Z',
        title: 'مقال لا يمس البقية',
        topics: [linkedTopic],
      } as never,
    })
    expect(await Promise.all(unaffected.map(cacheOf))).toEqual(['HIT', 'HIT', 'HIT', 'HIT'])
    // The lists of articles are affected, and so is the join of the topic it links.
    const page = await api.graphql(PAGE)
    expect(page.headers.get(CACHE_HEADER)).toBe('MISS')
    expect(titles(page.body)).toContain('مقال لا يمس البقية')
    const joined = await linkedTopicRead()
    expect(joined.headers.get(CACHE_HEADER)).toBe('MISS')
    expect(((await joined.json()) as Json).articles.docs.map((doc: Json) => doc.id)).toEqual([
      published.id,
    ])
    // A change of the country shows in the person's answer (it names the country at depth 1).
    await ctx.payload.update({
      collection: 'countries',
      context: AS_IMPORT,
      data: { _status: 'published', name: 'سلطنة عُمان' } as never,
      id: country,
      locale: 'ar',
    })
    const [countryRead, personRead, ...rest] = unaffected
    expect(await Promise.all(rest.map(cacheOf))).toEqual(['HIT', 'HIT'])
    expect(((await (await countryRead!()).json()) as Json).name).toBe('سلطنة عُمان')
    const person = await personRead!()
    expect(person.headers.get(CACHE_HEADER)).toBe('MISS')
    expect(((await person.json()) as Json).country.name).toBeDefined()
  })

  it('keeps reads by slug through other publications, and drops them when their article or its slug changes', async () => {
    const article = (slug: string, title: string) =>
      ctx.payload.create({
        collection: 'articles',
        context: AS_IMPORT,
        // Older than the other tests' articles: the pages they read stay theirs.
        data: {
          _status: 'published',
          publishedAt: '2025-06-01T00:00:00.000Z',
          slug,
          title,
        } as never,
        locale: 'ar',
      })
    const write = (id: number | string, data: Json) => writeArticle(ctx.payload, id, data)
    const kept = await article('ziyara-baqiya', 'زيارة تبقى كما هي')
    const moved = await article('ziyara-tantaqil', 'زيارة يتغير رابطها')
    const reads = {
      graphql: () =>
        api.graphql(
          `{ Articles(locale: ar, where: { slug: { equals: "ziyara-baqiya" } }) { docs { id title } } }`,
        ),
      kept: () => api.request('GET', '/articles/by-slug/ziyara-baqiya?locale=ar'),
      moved: () => api.request('GET', '/articles/by-slug/ziyara-tantaqil?locale=ar'),
    }
    const cacheOf = async (read: () => Promise<{ headers: Headers }>) =>
      (await read()).headers.get(CACHE_HEADER)
    for (const read of Object.values(reads)) await read()

    // Another article published, and one retitled: neither has these slugs.
    await article('ziyara-ukhra', 'زيارة أخرى')
    await write(moved.id, { title: 'زيارة يتغير رابطها لاحقًا' })
    expect(await cacheOf(reads.kept)).toBe('HIT')
    expect(await cacheOf(reads.graphql)).toBe('HIT')
    expect(await cacheOf(reads.moved)).toBe('MISS')

    // The article read by slug changes: both reads of it are dropped, and show the change.
    await write(kept.id, { title: 'زيارة تغير عنوانها' })
    const bySlug = await reads.kept()
    expect(bySlug.headers.get(CACHE_HEADER)).toBe('MISS')
    expect(((await bySlug.json()) as Json).title).toBe('زيارة تغير عنوانها')
    expect(titles((await reads.graphql()).body)).toEqual(['زيارة تغير عنوانها'])

    // A slug that changes hands: the old one now redirects, and another article can take it.
    await write(moved.id, { slug: 'ziyara-intaqalat' })
    const redirected = await reads.moved()
    expect(redirected.status).toBe(301)
    expect(await cacheOf(reads.kept)).toBe('HIT')
    await write(kept.id, { slug: 'ziyara-tantaqil' })
    const taken = await reads.moved()
    expect(taken.status).toBe(200)
    expect(((await taken.json()) as Json).id).toBe(kept.id)
    expect((await reads.kept()).status).toBe(301)
  })

  it('passes logged-in callers, draft queries and mutations by, and keeps them out of shared caches', async () => {
    const staffRead = await api.graphql(PAGE, { token: staff.tokens.editor })
    expect(staffRead.headers.get(CACHE_HEADER)).toBe('BYPASS')
    expect(staffRead.headers.get('cache-control')).toBe('private, no-store')
    // What staff saw (drafts included) is not what the public gets next.
    const anonymous = await api.graphql(PAGE)
    expect(anonymous.headers.get(CACHE_HEADER)).not.toBe('BYPASS')
    expect(JSON.stringify(anonymous.body)).not.toContain('عنوان مسودة لم يُنشر')

    const draft = await api.graphql(`{ Articles(draft: true) { docs { title } } }`)
    expect(draft.headers.get(CACHE_HEADER)).toBe('BYPASS')
    const restDraft = await api.request('GET', '/articles?draft=true')
    expect(restDraft.headers.get(CACHE_HEADER)).toBe('BYPASS')
    const mutation = await api.graphql(
      `mutation { loginUser(email: "nobody@example.com", password: "x") { token } }`,
    )
    expect(mutation.headers.get(CACHE_HEADER)).toBe('BYPASS')
  })

  it('caches REST reads too, and only successful ones', async () => {
    const list = '/articles?locale=ar&limit=5&depth=1'
    expect((await api.request('GET', list)).headers.get(CACHE_HEADER)).toBe('MISS')
    const again = await api.request('GET', list)
    expect(again.headers.get(CACHE_HEADER)).toBe('HIT')
    expect(((await again.json()) as Json).docs.length).toBeGreaterThan(0)
    const missing = await api.request('GET', '/articles/999999')
    expect(missing.status).toBe(404)
    expect(missing.headers.get(CACHE_HEADER)).toBe('BYPASS')
    const invalid = await api.graphql('{ Articles { docs { noSuchField } } }')
    expect(invalid.headers.get(CACHE_HEADER)).toBe('BYPASS')
  })

  describe('an answer not yet in memory', () => {
    let event: number | string
    let unpublishedEvent: number | string
    const eventsOf = (fields: string) =>
      `{ Articles(where: { title: { equals: "مقال عن الزيارة" } }, locale: ar) { docs { title events { ${fields} } } } }`
    /** The statements that read a table (the FROM of Payload's select, quoted on both databases). */
    const eventsIn = (body: Json): Json[] => body.data.Articles.docs[0].events
    const reading = (statements: { sql: string }[], table: string) =>
      statements.filter((statement) => new RegExp(`from\\s+"${table}"`, 'i').test(statement.sql))

    beforeAll(async () => {
      event = (
        await ctx.payload.create({
          collection: 'events',
          context: AS_IMPORT,
          data: {
            _status: 'published',
            description: bodyLinkingTo({ relationTo: 'people', value: person }, 'سلمى'),
            kind: 'workshop',
            title: 'زيارة إلى القاهرة',
          } as never,
        })
      ).id
      unpublishedEvent = (
        await ctx.payload.create({
          collection: 'events',
          context: AS_IMPORT,
          data: { kind: 'other', title: 'فعالية لم تُنشر' } as never,
        })
      ).id
      await ctx.payload.create({
        collection: 'articles',
        context: AS_IMPORT,
        data: {
          _status: 'published',
          events: [event, unpublishedEvent],
          publishedAt: '2025-06-01T00:00:00.000Z',
          title: 'مقال عن الزيارة',
        } as never,
      })
    })

    it('is made from the documents other answers read, without reading them again', async () => {
      const first = await api.graphql(eventsOf('id title'))
      expect(eventsIn(first.body)).toEqual([{ id: event, title: 'زيارة إلى القاهرة' }])
      let other: Awaited<ReturnType<typeof api.graphql>> | undefined
      // Another query: a new answer, whose events are those the first one read.
      const statements = await recordStatements(
        ctx.payload,
        async () => (other = await api.graphql(eventsOf('title slug'))),
      )
      expect(other!.headers.get(CACHE_HEADER)).toBe('MISS')
      expect(eventsIn(other!.body)).toEqual([
        { slug: expect.any(String), title: 'زيارة إلى القاهرة' },
      ])
      expect(reading(statements, 'articles').length).toBeGreaterThan(0)
      expect(reading(statements, 'events')).toEqual([])
    })

    it('reads the documents again once anything public has changed, and shows the change', async () => {
      await api.graphql(eventsOf('title'))
      await ctx.payload.update({
        collection: 'events',
        context: AS_IMPORT,
        data: { title: 'زيارة رسمية إلى القاهرة' } as never,
        id: event,
        locale: 'ar',
      })
      let after: Awaited<ReturnType<typeof api.graphql>> | undefined
      const statements = await recordStatements(
        ctx.payload,
        async () => (after = await api.graphql(eventsOf('id title'))),
      )
      expect(eventsIn(after!.body)).toEqual([{ id: event, title: 'زيارة رسمية إلى القاهرة' }])
      expect(reading(statements, 'events').length).toBeGreaterThan(0)
    })

    it('gives each request its own copy: a rich text populated for one answer stays as stored for the next', async () => {
      const description = (body: Json) => JSON.stringify(eventsIn(body)[0]!.description)
      const populated = await api.graphql(eventsOf('description(depth: 1)'))
      expect(description(populated.body)).toContain('"name":"سلمى حسن')
      const asStored = await api.graphql(eventsOf('description(depth: 0)'))
      expect(asStored.headers.get(CACHE_HEADER)).toBe('MISS')
      expect(description(asStored.body)).not.toContain('"name":')
      expect(description(asStored.body)).toContain(`"value":${JSON.stringify(person)}`)
    })

    it('never hands a logged-in caller what was read for the public, nor the reverse', async () => {
      const anonymous = await api.graphql(eventsOf('title'))
      expect(eventsIn(anonymous.body).map((e: Json) => e.title)).toEqual([
        'زيارة رسمية إلى القاهرة',
      ])
      const staffRead = await api.graphql(eventsOf('id title'), { token: staff.tokens.editor })
      expect(eventsIn(staffRead.body).map((e: Json) => e.id)).toEqual([event, unpublishedEvent])
      const anonymousAgain = await api.graphql(eventsOf('id title slug'))
      expect(eventsIn(anonymousAgain.body).map((e: Json) => e.id)).toEqual([event])
    })
  })

  describe('with a second app instance on the same database', () => {
    let other: Payload

    beforeAll(async () => {
      other = await getPayload({
        config: await jusurConfig({ databaseUrl: ctx.databaseUrl, rootDir: PROJECT_ROOT }),
        key: 'read-cache-second-instance',
      })
    })
    afterAll(() => closeDatabase(other))

    it('sees a publish made by the other instance on its next read', async () => {
      await api.graphql(PAGE)
      expect((await api.graphql(PAGE)).headers.get(CACHE_HEADER)).toBe('HIT')
      await other.create({
        collection: 'articles',
        context: AS_IMPORT,
        data: {
          _status: 'published',
          publishedAt: '2026-03-01T00:00:00.000Z',
          title: 'نُشر من النسخة الأخرى',
        } as never,
      })
      const after = await api.graphql(PAGE)
      expect(after.headers.get(CACHE_HEADER)).toBe('MISS')
      expect(titles(after.body)[0]).toBe('نُشر من النسخة الأخرى')
    })

    it('never misses a change made through the other instance, whatever it affects', async () => {
      const setting = process.env.READ_CACHE
      process.env.READ_CACHE = 'off'
      const fresh = apiClient(ctx.config)
      if (setting === undefined) delete process.env.READ_CACHE
      else process.env.READ_CACHE = setting
      const reads = [
        `/articles/${article}?depth=1&locale=ar`,
        `/people/${person}?depth=0&locale=ar`,
        '/articles?depth=1&limit=3&sort=-publishedAt&locale=ar',
      ]
      const changes = [
        () =>
          other.update({
            collection: 'people',
            context: AS_IMPORT,
            data: { _status: 'published', name: 'سلمى حسن (ب)' } as never,
            id: person,
            locale: 'ar',
          }),
        () =>
          other.update({
            collection: 'articles',
            context: AS_IMPORT,
            data: { _status: 'published', title: 'المقال الأول، معدّلًا من النسخة الأخرى' } as never,
            id: article,
            locale: 'ar',
          }),
        () =>
          other.update({
            collection: 'articles',
            context: AS_IMPORT,
            data: { _status: 'draft' } as never,
            id: article,
            locale: 'ar',
          }),
        () =>
          other.update({
            collection: 'articles',
            context: AS_IMPORT,
            data: { _status: 'published' } as never,
            id: article,
            locale: 'ar',
          }),
      ]
      const answer = async (client: ReturnType<typeof apiClient>, path: string) => {
        const response = await client.request('GET', path)
        return { body: await response.text(), status: response.status }
      }
      for (const change of changes) {
        for (const path of reads) await api.request('GET', path)
        await change()
        for (const path of reads) expect(await answer(api, path)).toEqual(await answer(fresh, path))
      }
    })
  })

  it('lists a relation’s documents in the stored order, whichever of them are already shared, cached or not', async () => {
    const person = async (name: string) =>
      (
        await ctx.payload.create({
          collection: 'people',
          context: AS_IMPORT,
          data: { _status: 'published', name } as never,
        })
      ).id
    const [first, second, third] = [await person('أ'), await person('ب'), await person('ج')]
    const article = (title: string, people: (number | string)[]) =>
      ctx.payload.create({
        collection: 'articles',
        context: AS_IMPORT,
        data: {
          _status: 'published',
          people,
          publishedAt: '2026-02-01T00:00:00.000Z',
          title,
        } as never,
      })
    const list = (...titles: string[]) =>
      `{ Articles(where: { title: { in: ${JSON.stringify(titles)} } }, sort: "title", locale: ar) { docs { people { name } } } }`
    const names = (body: Json) =>
      (body.data.Articles.docs as Json[]).map((doc) => (doc.people as Json[]).map((p) => p.name))
    // The second and third people are shared before the next list is read; the first is not.
    await article('ترتيب ١', [third, second])
    expect(names((await api.graphql(list('ترتيب ١'))).body)).toEqual([['ج', 'ب']])
    await article('ترتيب ٢', [first, second, third])
    const answer = await api.graphql(list('ترتيب ١', 'ترتيب ٢'))
    expect(answer.headers.get(CACHE_HEADER)).toBe('MISS')
    expect(names(answer.body)).toEqual([
      ['ج', 'ب'],
      ['أ', 'ب', 'ج'],
    ])
    // Without the cache too (a staff read): Payload's own resolver lists loads as they resolve, in one
    // batch the order the first article asked for them (src/graphql/stored-order.ts puts them back).
    const uncached = await api.graphql(list('ترتيب ١', 'ترتيب ٢'), { token: staff.tokens.editor })
    expect(names(uncached.body)).toEqual(names(answer.body))
  })
})
