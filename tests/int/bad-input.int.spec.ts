import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { MAX_JSON_BYTES } from '../../src/api/request-guard'
import { MAX_LENGTHS } from '../../src/validation/input-hardening'
import { apiClient } from '../helpers/api'
import { AS_IMPORT, fieldErrors, plainBody } from '../helpers/content'
import { createStaff, type Staff } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

const JSON_HEADERS = { 'accept-language': 'en', 'content-type': 'application/json' }
const EN = { 'accept-language': 'en' }
const AR = { 'accept-language': 'ar' }

describeIntegration('bad input', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff
  let articleId: number | string
  let snapshot: string
  /** Documents the tests create on purpose; the snapshot leaves them out. */
  const created: (number | string)[] = []

  /** Every article, event and user as stored, to prove that nothing changed. */
  const takeSnapshot = async () => {
    const parts = []
    for (const collection of ['articles', 'events', 'users', 'media'] as const) {
      const { docs } = await ctx.payload.find({
        collection,
        depth: 0,
        draft: true,
        limit: 0,
        locale: 'all',
        sort: 'id',
      })
      parts.push(docs.filter((doc) => collection !== 'articles' || !created.includes(doc.id)))
    }
    return JSON.stringify(parts)
  }

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    staff = await createStaff(ctx.payload, api)
    const article = await ctx.payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: {
        _status: 'published',
        body: plainBody('نص المقال'),
        summary: 'ملخص',
        title: 'مقال منشور',
      },
    })
    articleId = article.id
    snapshot = await takeSnapshot()
  })
  afterAll(async () => {
    // Work a successful save starts after answering (index and mention hooks) may still hold a
    // PostgreSQL connection; dropping the database under it would fail the suite, not a test.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    await ctx?.stop()
  })

  const expectClean4xx = async (response: Response, status: number | RegExp, message?: RegExp) => {
    const text = await response.text()
    if (typeof status === 'number') expect(response.status).toBe(status)
    else expect(String(response.status)).toMatch(status)
    expect(text).not.toMatch(/\n\s+at |Something went wrong/)
    const body = JSON.parse(text)
    const messages = [body.errors?.[0]?.message, ...fieldErrors(body).map((e) => e.message)].join(
      ' | ',
    )
    if (message) expect(messages).toMatch(message)
    return body
  }

  it('answers malformed, non-object and wrongly typed bodies with a 400 or 415 in the caller’s language', async () => {
    for (const rawBody of ['{"title": ', 'null', '[1,2]', '"text"', '42']) {
      await expectClean4xx(
        await api.request('POST', '/articles', {
          headers: JSON_HEADERS,
          rawBody,
          token: staff.tokens.author,
        }),
        400,
        /not a valid JSON object/,
      )
    }
    await expectClean4xx(
      await api.request('POST', '/articles', {
        headers: { 'accept-language': 'ar', 'content-type': 'application/json' },
        rawBody: '{',
        token: staff.tokens.author,
      }),
      400,
      /ليس كائن JSON/,
    )
    await expectClean4xx(
      await api.request('POST', '/articles', {
        headers: { ...EN, 'content-type': 'application/x-www-form-urlencoded' },
        rawBody: 'title=x',
        token: staff.tokens.author,
      }),
      415,
      /Unsupported content type/,
    )
    const multipart =
      '--xx\r\nContent-Disposition: form-data; name="file"; filename="a\nb.png"\r\n\r\nabc\r\n--xx--'
    await expectClean4xx(
      await api.request('POST', '/media', {
        headers: { ...EN, 'content-type': 'multipart/form-data; boundary=xx' },
        rawBody: multipart,
        token: staff.tokens.editor,
      }),
      400,
      /multipart/,
    )
    // GraphQL: a body that is not JSON used to escape Payload's handler as an exception (a 500 from Next).
    const graphql = await api.graphql('', { headers: EN, rawBody: '{"query": ' })
    expect(graphql.status).toBe(400)
    expect(graphql.body.errors?.[0]?.message).toMatch(/not a valid JSON object/)
  })

  it('refuses unknown fields and values of the wrong type', async () => {
    const post = (body: unknown, headers = EN) =>
      api.request('POST', '/articles', { body, headers, token: staff.tokens.author })
    await expectClean4xx(await post({ bogus: 1, title: 'x' }), 400, /Unknown fields: bogus/)
    await expectClean4xx(await post({ bogus: 1, title: 'x' }, AR), 400, /حقول غير معروفة/)
    await expectClean4xx(await post({ title: { $gt: '' } }), 400, /must be text/)
    await expectClean4xx(await post({ title: 5 }), 400, /must be text/)
    await expectClean4xx(await post({ title: 'x', topics: [{ $gt: 1 }] }), 400)
    await expectClean4xx(
      await post({ publishedAt: 'not a date', title: 'x' }),
      400,
      /not a valid date/,
    )
    await expectClean4xx(
      await post({ body: 'a string', title: 'x' }),
      400,
      /not a valid Lexical document/,
    )
    await expectClean4xx(
      await post({ body: { root: 5 }, title: 'x' }),
      400,
      /not a valid Lexical document/,
    )
    const patch = await api.request('PATCH', `/articles/${articleId}`, {
      body: { title: ['a'] },
      headers: EN,
      token: staff.tokens.editor,
    })
    expect(patch.status).toBeGreaterThanOrEqual(400)
    expect(patch.status).toBeLessThan(500)
  })

  it('answers ids that are not numbers with a 404 instead of a database error', async () => {
    for (const path of ['/articles/abc', '/articles/1%20OR%201=1', '/articles/versions/abc']) {
      await expectClean4xx(await api.request('GET', path, { headers: EN }), 404, /id is not valid/)
    }
    await expectClean4xx(
      await api.request('PATCH', '/articles/abc', {
        body: { title: 'x' },
        headers: EN,
        token: staff.tokens.editor,
      }),
      404,
    )
    // The words Payload and Jusur route on are not ids.
    expect((await api.request('GET', '/articles/count')).status).toBe(200)
    expect((await api.request('GET', `/users/me`, { token: staff.tokens.author })).status).toBe(200)
  })

  it('refuses unknown locales and malformed depth, limit, page and draft', async () => {
    for (const query of ['locale=xx', "locale=ar';--", 'fallback-locale=xx']) {
      await expectClean4xx(
        await api.request('GET', `/articles?${query}`, { headers: EN }),
        400,
        /Unknown locale/,
      )
    }
    await expectClean4xx(
      await api.request('GET', '/articles?locale=xx', { headers: AR }),
      400,
      /اللغة/,
    )
    for (const query of [
      'depth=1000',
      'depth=-1',
      'depth=abc',
      'limit=-5',
      'limit=99999999999999999999',
      'page=abc',
      'page=0',
      'draft=maybe',
    ]) {
      await expectClean4xx(
        await api.request('GET', `/articles?${query}`, { headers: EN }),
        400,
        /parameter/,
      )
    }
    for (const query of [
      'locale=en',
      'locale=all',
      'depth=2',
      'limit=5&page=1',
      'draft=false',
      'fallback-locale=none',
    ]) {
      expect((await api.request('GET', `/articles?${query}`)).status).toBe(200)
    }
  })

  it('refuses where clauses on unknown or hidden fields, with injection strings, or into rich text', async () => {
    const where = (query: string, token?: string) =>
      api.request('GET', `/articles?${query}`, { headers: EN, token })
    // Unknown and hidden fields: anonymous callers may not filter on workflow state or assignees.
    for (const query of [
      'where[nope][equals]=1',
      'where[workflowState][equals]=draft',
      'where[workflow.assignee][equals]=1',
    ]) {
      await expectClean4xx(await where(query), 400, /cannot be queried/)
    }
    // Users' e-mails are not public, not even to filter on.
    await expectClean4xx(
      await api.request('GET', '/users?where[email][like]=a', { headers: EN }),
      /^40[13]$/,
    )
    // NoSQL operators and SQL in paths or values.
    for (const query of [
      'where[title][$ne]=x',
      'where[$where]=1',
      'where[title][bogus]=x',
      "where[body.root'%20OR%201=1--][equals]=x",
      'where[body.root.children][equals]=x',
      'where[id][equals]=1;DROP%20TABLE%20articles',
      'where[id][in]=a,b',
      'where[createdAt][greater_than]=notadate',
      'where[title][near]=1,2',
      'where[and]=x',
      'where[title][exists]=maybe',
      'where[title][equals][$gt]=',
    ]) {
      await expectClean4xx(await where(query), 400, /where clause is not valid/)
    }
    // A value that looks like SQL is only a value: nothing found, nothing run.
    const sqlValue = await where("where[title][equals]=x'%20OR%20'1'='1")
    expect(sqlValue.status).toBe(200)
    expect((await sqlValue.json()).totalDocs).toBe(0)
    // Sort takes field names only.
    for (const sort of ['title;DROP%20TABLE%20articles', "body.root'", 'title%20desc']) {
      await expectClean4xx(await where(`sort=${sort}`), 400, /sort parameter/)
    }
    await expectClean4xx(await where('sort=workflowState'), 400)
    // The admin's relationship fields send the query string as a form body (Payload's method override): same checks.
    const override = (search: string) =>
      api.request('POST', '/articles', {
        headers: {
          ...EN,
          'content-type': 'application/x-www-form-urlencoded',
          'x-payload-http-method-override': 'GET',
        },
        rawBody: search,
        token: staff.tokens.author,
      })
    expect((await override('depth=0&limit=5&where[title][like]=x')).status).toBe(200)
    await expectClean4xx(await override('where[title][$ne]=x'), 400, /where clause is not valid/)
    await expectClean4xx(
      await override('sort=title;DROP%20TABLE%20articles'),
      400,
      /sort parameter/,
    )
    expect((await where('sort=-createdAt,title')).status).toBe(200)
  })

  it('answers the where, sort and joins shapes that ended in a 500 with a 400 in the caller’s language', async () => {
    const get = (path: string, headers = EN, token?: string) =>
      api.request('GET', path, { headers, token })
    for (const token of [undefined, staff.tokens.editor]) {
      // A one-value operator given a list.
      for (const path of [
        '/articles?where[title][equals][0]=a',
        '/articles?where[title][like][]=x',
        '/articles?where[heroImage.alt][equals][0]=x',
      ]) {
        await expectClean4xx(await get(path, EN, token), 400, /takes one value, not a list/)
      }
      // Rich text, directly, through relations and through joins.
      for (const path of [
        '/articles?where[body][like]=x',
        '/articles?where[events.description.root][equals]=x',
        '/events?joins[articles][where][body.root][equals]=x',
        '/events?joins[articles][where][body][like]=x',
      ]) {
        await expectClean4xx(
          await get(path, EN, token),
          400,
          /where clause is not valid: .*(rich text|JSON)/,
        )
      }
      await expectClean4xx(
        await get('/events?joins[articles][where][title][equals][0]=x', EN, token),
        400,
        /not a list/,
      )
      for (const path of [
        '/events?joins[articles][sort]=body.root',
        '/articles?sort=events.description',
      ]) {
        await expectClean4xx(await get(path, EN, token), 400, /cannot sort by rich text/)
      }
    }
    await expectClean4xx(
      await get('/articles?where[events.description.root][equals]=x', AR),
      400,
      /شرط البحث/,
    )
    // Payload's own refusal of a path is in the caller's language too.
    await expectClean4xx(
      await get('/articles?where[nope][equals]=1', AR),
      400,
      /لا يمكن البحث في هذا المسار: nope/,
    )
    // Still fine: exists on rich text, lists to list operators, fields of related collections.
    for (const path of [
      '/articles?where[body][exists]=true',
      '/articles?where[title][in][0]=a&where[title][in][1]=b',
      '/articles?where[events.title][like]=x',
      '/events?joins[articles][where][title][like]=x',
    ]) {
      expect((await get(path)).status).toBe(200)
    }
    // GraphQL: rich text in where, in sort, and in a join's arguments (resolved for each event found).
    const event = await ctx.payload.create({
      collection: 'events',
      context: AS_IMPORT,
      data: { _status: 'published', title: 'فعالية' } as never,
    })
    for (const query of [
      '{ Articles(where: { body: { like: "x" } }) { docs { id } } }',
      '{ Articles(sort: "events.description.root") { docs { id } } }',
      '{ Events { docs { articles(where: { body: { equals: "x" } }) { docs { id } } } } }',
    ]) {
      const { body, status } = await api.graphql(query, { headers: EN })
      expect(status).toBe(200)
      expect(body.errors?.[0]).toMatchObject({
        extensions: { statusCode: 400 },
        message: expect.stringMatching(/rich text/),
      })
    }
    await ctx.payload.delete({ collection: 'events', id: event.id })
    // The Local API on behalf of a user.
    await expect(
      ctx.payload.find({
        collection: 'articles',
        overrideAccess: false,
        where: { 'events.description.root': { equals: 'x' } },
      }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('refuses links other than http, https, mailto, tel and internal ones in rich text', async () => {
    const withLink = (url: string, type = 'link') => ({
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              {
                type,
                children: [{ type: 'text', text: 'رابط', version: 1 }],
                fields: { linkType: 'custom', url },
                version: 3,
              },
            ],
            version: 1,
          },
        ],
        version: 1,
      },
    })
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'java\tscript:alert(1)',
      ' javascript:alert(1)',
      '//evil.example',
      'vbscript:x',
    ]) {
      const body = await expectClean4xx(
        await api.request('POST', '/articles', {
          body: { body: withLink(url), title: 'x' },
          headers: EN,
          token: staff.tokens.author,
        }),
        400,
        /is not allowed/,
      )
      expect(fieldErrors(body)[0]).toMatchObject({ path: 'body' })
    }
    await expectClean4xx(
      await api.request('POST', '/articles', {
        body: { body: withLink('data:x', 'autolink'), title: 'x' },
        headers: AR,
        token: staff.tokens.author,
      }),
      400,
      /غير مقبول/,
    )
    const ok = await api.request('POST', '/articles', {
      body: { body: withLink('https://example.com/ar'), title: 'x' },
      headers: EN,
      token: staff.tokens.author,
    })
    expect(ok.status).toBe(201)
    created.push((await ok.json()).doc.id)
  })

  it('accepts exactly "draft" and "published" as _status, and keeps system dates the system’s', async () => {
    for (const _status of ['Published', ' draft', 'DRAFT', 1, null]) {
      const body = await expectClean4xx(
        await api.request('POST', '/articles', {
          body: { _status, title: 'x' },
          headers: EN,
          token: staff.tokens.author,
        }),
        400,
        /either "draft" or "published"/,
      )
      expect(fieldErrors(body)).toEqual([expect.objectContaining({ path: '_status' })])
    }
    const response = await api.request('POST', '/articles', {
      body: {
        createdAt: '2001-01-01T00:00:00.000Z',
        title: 'x',
        updatedAt: '2001-01-01T00:00:00.000Z',
      },
      headers: EN,
      token: staff.tokens.author,
    })
    expect(response.status).toBe(201)
    const { doc } = await response.json()
    created.push(doc.id)
    expect(doc.createdAt).not.toBe('2001-01-01T00:00:00.000Z')
    expect(doc.updatedAt).not.toBe('2001-01-01T00:00:00.000Z')
  })

  it('enforces maximum lengths on titles, names and summaries with Payload’s localized message', async () => {
    const long = 'و'.repeat(MAX_LENGTHS.title + 1)
    const ar = await expectClean4xx(
      await api.request('POST', '/articles', {
        body: { title: long },
        headers: AR,
        token: staff.tokens.author,
      }),
      400,
    )
    expect(fieldErrors(ar)).toEqual([expect.objectContaining({ path: 'title' })])
    expect(fieldErrors(ar)[0]!.message).toMatch(/300/)
    expect(fieldErrors(ar)[0]!.message).not.toMatch(/[A-Za-z]{4}/)
    const en = await expectClean4xx(
      await api.request('POST', '/articles', {
        body: { summary: 'x'.repeat(MAX_LENGTHS.summary + 1), title: 'x' },
        headers: EN,
        token: staff.tokens.author,
      }),
      400,
    )
    expect(fieldErrors(en)[0]).toMatchObject({ path: 'summary' })
    expect(fieldErrors(en)[0]!.message).toMatch(/shorter than the max length of 2000/)
    await expectClean4xx(
      await api.request('POST', '/people', {
        body: { name: 'n'.repeat(MAX_LENGTHS.name + 1) },
        headers: EN,
        token: staff.tokens.editor,
      }),
      400,
      /max length/,
    )
    // GraphQL hits the same rule.
    const gql = await api.graphql(
      `mutation { createArticle(data: { title: "${'x'.repeat(MAX_LENGTHS.title + 1)}" }) { id } }`,
      { headers: EN, token: staff.tokens.author },
    )
    expect(gql.status).toBeLessThan(500)
    expect(JSON.stringify(gql.body.errors)).toMatch(/max length of 300/)
  })

  it('strips zero-width and bidi-override characters from titles, keeping the marks Arabic text needs', async () => {
    const response = await api.request('POST', '/articles', {
      body: {
        summary: 'ملخص\u202e مقلوب',
        title: 'وزير\u200b الداخلية\u202e يزور\u2066 بكين\u2069\ufeff \u200fABC\u200c',
      },
      headers: EN,
      token: staff.tokens.author,
    })
    expect(response.status).toBe(201)
    const { doc } = await response.json()
    expect(doc.title).toBe('وزير الداخلية يزور بكين \u200fABC\u200c')
    expect(doc.summary).toBe('ملخص مقلوب')
    created.push(doc.id)
  })

  it('refuses rich text nested deeper than the limit and huge or deeply nested bodies', async () => {
    const nested = (levels: number) => {
      let node: Record<string, unknown> = {
        type: 'text',
        detail: 0,
        format: 0,
        mode: 'normal',
        style: '',
        text: 'x',
        version: 1,
      }
      for (let i = 0; i < levels; i++)
        node = {
          type: 'paragraph',
          children: [node],
          direction: null,
          format: '',
          indent: 0,
          version: 1,
        }
      return {
        root: {
          type: 'root',
          children: [node],
          direction: null,
          format: '',
          indent: 0,
          version: 1,
        },
      }
    }
    // Deeper than the rich-text limit but within the JSON limit: the field says so (also over GraphQL and the Local API).
    await expectClean4xx(
      await api.request('POST', '/articles', {
        body: { body: nested(25), title: 'x' },
        headers: EN,
        token: staff.tokens.author,
      }),
      400,
      /nested more than 20 levels/,
    )
    await expect(
      ctx.payload.create({
        collection: 'articles',
        data: { body: nested(25) as never, title: 'x' },
      }),
    ).rejects.toMatchObject({ status: 400 })
    // Far deeper: the JSON itself is refused before anything walks it (this overflowed the stack: a 500).
    const deep = '{"title":"x","body":' + '{"children":['.repeat(5000) + ']}'.repeat(5000) + '}'
    await expectClean4xx(
      await api.request('POST', '/articles', {
        headers: JSON_HEADERS,
        rawBody: deep,
        token: staff.tokens.author,
      }),
      400,
      /nested too deeply/,
    )
    const arrays = '{"title":"x","summary":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}'
    await expectClean4xx(
      await api.request('POST', '/articles', {
        headers: JSON_HEADERS,
        rawBody: arrays,
        token: staff.tokens.author,
      }),
      400,
      /nested too deeply/,
    )
    const huge = JSON.stringify({ summary: 'y'.repeat(MAX_JSON_BYTES), title: 'x' })
    await expectClean4xx(
      await api.request('POST', '/articles', {
        headers: JSON_HEADERS,
        rawBody: huge,
        token: staff.tokens.author,
      }),
      413,
      /too large/,
    )
    const hugeGraphql = await api.graphql('', {
      headers: EN,
      rawBody: JSON.stringify({
        query: `{ Articles { docs { id } } }${' '.repeat(MAX_JSON_BYTES)}`,
      }),
    })
    expect(hugeGraphql.status).toBe(413)
  })

  it('kept every stored document unchanged and still serves', async () => {
    expect(await takeSnapshot()).toBe(snapshot)
    const response = await api.request('GET', `/articles/${articleId}?locale=ar`)
    expect(response.status).toBe(200)
    expect((await response.json()).title).toBe('مقال منشور')
  })
})
