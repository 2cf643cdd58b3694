import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { apiClient } from '../helpers/api'
import { AS_IMPORT, fieldErrors, plainBody } from '../helpers/content'
import { createStaff, type Staff } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

/**
 * Property: whatever bad input reaches REST or GraphQL, as an anonymous caller or as an
 * author, the answer is a 4xx (or a 200 for a harmless read), never a 5xx, never a stack
 * trace; the server keeps answering; and no stored document changes. The seed is fixed
 * (FC_SEED overrides it) and printed by fast-check on failure with the shrunk input.
 */
const SEED = Number(process.env.FC_SEED ?? 20261129)
const NUM_RUNS = Number(process.env.FC_RUNS ?? 150)

const INJECTIONS = [
  "' OR '1'='1",
  '1; DROP TABLE articles; --',
  'title;DROP TABLE articles',
  '$ne',
  '$where',
  '$gt',
  '{"$gt": ""}',
  "body->>'root'",
  "body.root.children[0]' OR 1=1 --",
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '\u202e\u2066evil\u2069',
  '\u200b',
  '\u0000',
  'NaN',
  'Infinity',
  '-1',
  '99999999999999999999999',
  '1e309',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'workflowState',
  'workflow.assignee',
  'email',
  'hash',
  'salt',
  'xx',
  'all',
  '*',
  '',
]

const hostile = fc.oneof(
  { arbitrary: fc.constantFrom(...INJECTIONS), weight: 4 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ maxLength: 40, unit: 'binary' }), weight: 1 },
  { arbitrary: fc.integer().map(String), weight: 1 },
  { arbitrary: fc.constant('x'.repeat(5000)), weight: 1 },
)

const FIELDS = [
  'id',
  'title',
  'summary',
  'body',
  'slug',
  'topics',
  'publishedAt',
  'createdAt',
  'name',
  'workflowState',
  'workflow.assignee',
  'email',
  'body.root.children',
  'nope',
]
const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'like',
  'contains',
  'exists',
  'greater_than',
  'near',
  '$ne',
  '$gt',
  '$regex',
  'bogus',
]
const COLLECTIONS = ['articles', 'events', 'people', 'users', 'media', 'topics']

/** A query string of bad or odd parameters. */
const queryString = fc
  .array(
    fc.oneof(
      fc
        .tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...OPERATORS), hostile)
        .map(([f, o, v]) => `where[${f}][${o}]=${encodeURIComponent(v)}`),
      fc
        .tuple(
          fc.constantFrom('and', 'or'),
          fc.nat(3),
          fc.constantFrom(...FIELDS),
          fc.constantFrom(...OPERATORS),
          hostile,
        )
        .map(([c, i, f, o, v]) => `where[${c}][${i}][${f}][${o}]=${encodeURIComponent(v)}`),
      fc
        .tuple(
          fc.constantFrom(
            'sort',
            'locale',
            'fallback-locale',
            'depth',
            'limit',
            'page',
            'draft',
            'select[title]',
            'joins[x][limit]',
          ),
          hostile,
        )
        .map(([k, v]) => `${k}=${encodeURIComponent(v)}`),
      fc.constantFrom('sort=-createdAt', 'locale=en', 'depth=1', 'limit=2', 'where[title][like]=x'),
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join('&'))

/** One thing certainly wrong with a write, so that no generated write may succeed. */
const badEntry = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('bogus', '__proto__x', '$where', 'workflow_state', 'hash'),
      fc.anything({ maxDepth: 2 }),
    )
    .map(([k, v]) => ({ [k]: v })),
  fc
    .oneof(
      fc.integer(),
      fc.boolean(),
      fc.array(fc.string(), { minLength: 1 }),
      fc.dictionary(fc.string(), fc.string(), { minKeys: 1 }),
    )
    .map((v) => ({ title: v })),
  fc.constant({ title: 'x'.repeat(301) }),
  fc
    .oneof(fc.string(), fc.integer(), fc.constant({ root: 5 }), fc.constant([]))
    .map((v) => ({ body: v })),
  hostile.filter((v) => Number.isNaN(new Date(v).getTime())).map((v) => ({ publishedAt: v })),
  fc.constant({ topics: [{ $gt: 1 }] }),
)

const writeBody = fc
  .tuple(
    fc.dictionary(fc.constantFrom('title', 'summary', 'name', 'slug', 'credit'), hostile, {
      maxKeys: 3,
    }),
    badEntry,
  )
  .map(([noise, bad]) => JSON.stringify({ ...noise, ...bad }))

const rawBody = fc.oneof(
  writeBody,
  fc.constantFrom(
    '{',
    'null',
    '[]',
    '"x"',
    '{"title": "x"',
    '{"a":' + '['.repeat(200) + ']'.repeat(200) + '}',
  ),
  fc.string({ maxLength: 60 }),
)

const restRequest = fc.record({
  as: fc.constantFrom('anonymous', 'author') as fc.Arbitrary<'anonymous' | 'author'>,
  body: rawBody,
  collection: fc.constantFrom(...COLLECTIONS),
  id: fc.oneof(fc.constant('EXISTING'), hostile.map(encodeURIComponent)),
  method: fc.constantFrom('GET', 'GET', 'POST', 'PATCH') as fc.Arbitrary<'GET' | 'PATCH' | 'POST'>,
  byId: fc.boolean(),
  query: queryString,
})

const gqlStringOf = (values: fc.Arbitrary<string>) => values.map((v) => JSON.stringify(v))
const gqlString = gqlStringOf(hostile)
const graphqlRequest = fc.record({
  as: fc.constantFrom('anonymous', 'author') as fc.Arbitrary<'anonymous' | 'author'>,
  query: fc.oneof(
    fc
      .tuple(
        fc.constantFrom('Articles', 'Events', 'People', 'Users', 'Media'),
        fc.constantFrom(...FIELDS.filter((f) => !f.includes('.'))),
        fc.constantFrom('equals', 'like', 'in', 'contains', 'exists', 'near'),
        gqlString,
        gqlString,
        fc.integer({ max: 10_000, min: -10 }),
        fc.constantFrom('ar', 'en', 'xx', 'all'),
      )
      .map(
        ([list, field, op, value, sort, limit, locale]) =>
          `{ ${list}(where: { ${field}: { ${op}: ${value} } }, sort: ${sort}, limit: ${limit}, locale: ${locale}) { docs { id } } }`,
      ),
    fc
      .tuple(
        fc.constantFrom('Article', 'Event', 'Person'),
        gqlString,
        fc.integer({ max: 50, min: -1 }),
      )
      .map(([one, id, depth]) => `{ ${one}(id: ${id}, draft: true) { id } } # depth ${depth}`),
    fc
      .tuple(gqlString, gqlString)
      .map(
        ([title, summary]) =>
          `mutation { updateArticle(id: EXISTING, data: { title: ${title}, summary: ${summary}, bogus: 1 }) { id } }`,
      ),
    fc
      .tuple(
        fc.oneof(
          fc.integer().map(String),
          fc.constant(JSON.stringify('x'.repeat(301))),
          fc.constant('{ a: 1 }'),
        ),
      )
      .map(
        ([title]) =>
          `mutation { updatePerson(id: EXISTING_PERSON, data: { name: ${title} }) { id } }`,
      ),
    fc
      .tuple(gqlString)
      .map(([v]) => `mutation { createArticle(data: { title: ${v}, body: ${v} }) { id } }`),
    fc.string({ maxLength: 80 }),
    fc.constantFrom(
      '{ Articles { docs { id ',
      'query { __typename }',
      `{ ${'a: Articles { docs { id } } '.repeat(3)} }`,
    ),
  ),
})

/** Paths from a collection, through relationships and joins, to a rich-text field of the related collection. */
const RICH_TEXT_ROUTES: [collection: 'articles' | 'events', path: string][] = [
  ['articles', 'body'],
  ['articles', 'events.description'],
  ['articles', 'events.parentEvent.description'],
  ['articles', 'events.articles.body'],
  ['events', 'description'],
  ['events', 'parentEvent.description'],
  ['events', 'articles.body'],
  ['events', 'agreements.events.description'],
]
const INSIDE = ['.root', '.root.children', '.en.root', '.ar.root.children.0.text', '.root.type']
const SINGLE_OPERATORS = [
  'equals',
  'not_equals',
  'like',
  'not_like',
  'contains',
  'greater_than',
  'less_than_equal',
]
const SCALAR_ROUTES: [collection: 'articles' | 'events', path: string][] = [
  ['articles', 'title'],
  ['articles', 'slug'],
  ['articles', 'title.en'],
  ['articles', 'events.title'],
  ['articles', 'heroImage.alt'],
  ['articles', 'events.parentEvent.title'],
  ['events', 'title'],
  ['events', 'parentEvent.title'],
]
const LANGUAGES = ['ar', 'en', undefined] as const

/** A where condition on rich text: inside it (any operator), or on it with an operator other than exists. */
const richTextCondition = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...RICH_TEXT_ROUTES),
      fc.constantFrom(...INSIDE),
      fc.constantFrom(...SINGLE_OPERATORS, 'exists', 'in'),
    )
    .map(([[c, p], inside, op]) => [c, `${p}${inside}`, op] as const),
  fc
    .tuple(
      fc.constantFrom(...RICH_TEXT_ROUTES),
      fc.constantFrom('', '.en'),
      fc.constantFrom(...SINGLE_OPERATORS, 'in'),
    )
    .map(([[c, p], locale, op]) => [c, `${p}${locale}`, op] as const),
)
/** A one-value operator given a list (`[]=` or `[0]=`), on any field. */
const listToSingleOperator = fc
  .tuple(
    fc.constantFrom(...SCALAR_ROUTES, ...RICH_TEXT_ROUTES),
    fc.constantFrom(...SINGLE_OPERATORS),
    fc.constantFrom('[]', '[0]', '[1]'),
  )
  .map(([[c, p], op, index]) => [c, p, op, index] as const)

/** A query no API may answer with anything but a 400: REST where, sort and joins, GraphQL where, sort and join arguments. */
const badQuery = fc.oneof(
  fc.tuple(richTextCondition, hostile).map(([[c, p, op], v]) => ({
    kind: 'rest' as const,
    path: `/${c}?where[${p}][${op}]=${encodeURIComponent(v)}`,
  })),
  fc.tuple(listToSingleOperator, hostile).map(([[c, p, op, index], v]) => ({
    kind: 'rest' as const,
    path: `/${c}?where[${p}][${op}]${index}=${encodeURIComponent(v)}`,
  })),
  fc
    .tuple(fc.constantFrom('and', 'or'), richTextCondition, hostile)
    .map(([group, [c, p, op], v]) => ({
      kind: 'rest' as const,
      path: `/${c}?where[${group}][0][title][exists]=true&where[${group}][1][${p}][${op}]=${encodeURIComponent(v)}`,
    })),
  fc
    .tuple(
      fc.constantFrom('-', ''),
      fc.constantFrom(...RICH_TEXT_ROUTES),
      fc.constantFrom('', ...INSIDE),
    )
    .map(([dir, [c, p], inside]) => ({
      kind: 'rest' as const,
      path: `/${c}?sort=${dir}${p}${inside}`,
    })),
  fc
    .tuple(
      richTextCondition.filter(([c]) => c === 'articles'),
      hostile,
    )
    .map(([[, p, op], v]) => ({
      kind: 'rest' as const,
      path: `/events?joins[articles][where][${p}][${op}]=${encodeURIComponent(v)}`,
    })),
  fc
    .tuple(
      fc.constantFrom('title', 'events.title', 'body.root'),
      fc.constantFrom(...SINGLE_OPERATORS),
      hostile,
    )
    .map(([p, op, v]) => ({
      kind: 'rest' as const,
      path: `/events?joins[articles][where][${p}][${op}][0]=${encodeURIComponent(v)}`,
    })),
  fc
    .tuple(fc.constantFrom('body', 'body.root', 'events.description', 'events.description.root'))
    .map(([p]) => ({ kind: 'rest' as const, path: `/events?joins[articles][sort]=${p}` })),
  fc
    .tuple(fc.constantFrom('equals', 'like', 'contains', 'not_equals'), gqlStringOf(hostile))
    .map(([op, v]) => ({
      kind: 'graphql' as const,
      query: `{ Articles(where: { body: { ${op}: ${v} } }) { docs { id } } }`,
    })),
  fc
    .tuple(fc.constantFrom('equals', 'like', 'contains', 'not_equals'), gqlStringOf(hostile))
    .map(([op, v]) => ({
      kind: 'graphql' as const,
      query: `{ Events { docs { articles(where: { body: { ${op}: ${v} } }) { docs { id } } } } }`,
    })),
  fc
    .tuple(fc.constantFrom(...RICH_TEXT_ROUTES), fc.constantFrom('', ...INSIDE))
    .map(([[c, p], inside]) => ({
      kind: 'graphql' as const,
      query: `{ ${c === 'articles' ? 'Articles' : 'Events'}(sort: "${p}${inside}") { docs { id } } }`,
    })),
  fc.constantFrom('body.root', 'events.description', 'body').map((p) => ({
    kind: 'graphql' as const,
    query: `{ Events { docs { articles(sort: "${p}") { docs { id } } } } }`,
  })),
)

/** Characters a slug may not hold that no earlier rule strips away. */
const UNSAFE_SLUG_PIECES = [
  '/',
  '.',
  '..',
  '%',
  '%2F',
  ' ',
  '\\',
  '?',
  '#',
  ':',
  '~',
  '+',
  "'",
  '"',
  '<',
  '\t',
  '\n',
  '\u00a0',
  '\u3000',
  '\u00ad',
  '\u0301',
  '\u064e',
  '\u2028',
  '--',
]
const slugWord = fc.constantFrom('مقال', 'admin', 'زياره', '2024', 'cairo')
const unsafeSlug = fc
  .oneof(
    fc.constantFrom('../../admin', '..', '.', '/', 'a/../b', '%2e%2e%2fadmin', '-'),
    fc
      .tuple(
        fc.option(slugWord, { nil: '' }),
        fc.constantFrom(...UNSAFE_SLUG_PIECES),
        fc.option(slugWord, { nil: '' }),
      )
      .map(([a, piece, b]) => `${a}${piece}${b}`),
  )
  // A blank slug is no slug: one is made from the title.
  .filter((slug) => slug.trim() !== '')

/** Link URLs with a scheme other than http, https, mailto, tel, or one disguised by case, whitespace, controls or encodings. */
const unsafeUrl = fc
  .tuple(
    fc.constantFrom(
      'javascript',
      'JaVaScRiPt',
      'data',
      'DATA',
      'vbscript',
      'file',
      'ftp',
      'blob',
      'https',
      'mailto',
    ),
    fc.constantFrom(
      '',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u0001',
      '\u200b',
      '\ufeff',
      '\u00a0',
      '&#x09;',
      '%09',
    ),
    fc.nat(10),
    fc.constantFrom(
      ':alert(1)',
      ':text/html;base64,PHNjcmlwdD4=',
      '&#58;alert(1)',
      '&colon;alert(1)',
    ),
  )
  .filter(
    ([scheme, junk, , tail]) =>
      !(['https', 'mailto'].includes(scheme) && junk === '' && tail.startsWith(':')),
  )
  .map(([scheme, junk, at, tail]) => scheme.slice(0, at) + junk + scheme.slice(at) + tail)
  .chain((url) => fc.constantFrom(url, `//evil.example/${url}`, ` ${url}`))

const linkBody = (url: string, type: 'autolink' | 'link') => ({
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          {
            type,
            children: [
              {
                type: 'text',
                detail: 0,
                format: 0,
                mode: 'normal',
                style: '',
                text: 'رابط',
                version: 1,
              },
            ],
            direction: 'rtl',
            fields: { linkType: 'custom', newTab: false, url },
            format: '',
            indent: 0,
            version: 3,
          },
        ],
        direction: 'rtl',
        format: '',
        indent: 0,
        textFormat: 0,
        version: 1,
      },
    ],
    direction: 'rtl',
    format: '',
    indent: 0,
    version: 1,
  },
})

const badStatus = fc.oneof(
  fc.constantFrom(
    'Published',
    'DRAFT',
    ' draft',
    'draft ',
    'published\u200b',
    'pending',
    'approved',
    '',
    'null',
  ),
  fc.string({ maxLength: 12 }).filter((s) => s !== 'draft' && s !== 'published'),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(['published']),
)

/** One write each API must refuse with a field error: [field, data]. */
const badWrite = fc.oneof(
  unsafeSlug.map((slug) => ['slug', { slug }] as const),
  fc
    .tuple(unsafeUrl, fc.constantFrom('link', 'autolink') as fc.Arbitrary<'autolink' | 'link'>)
    .map(([url, type]) => ['body', { body: linkBody(url, type) }] as const),
  badStatus.map((status) => ['_status', { _status: status }] as const),
)

describeIntegration('bad input: property-based', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff
  let articleId: number | string
  let personId: number | string
  /** A draft article, which editors may change (a published one only through the workflow: a 403 first). */
  let draftId: number | string
  let snapshot: string

  const takeSnapshot = async () => {
    const parts: unknown[] = []
    for (const collection of [
      'articles',
      'events',
      'people',
      'topics',
      'users',
      'media',
    ] as const) {
      parts.push(
        (
          await ctx.payload.find({
            collection,
            depth: 0,
            draft: true,
            limit: 0,
            locale: 'all',
            sort: 'id',
          })
        ).docs,
      )
    }
    return JSON.stringify(parts)
  }

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    staff = await createStaff(ctx.payload, api)
    // A published event with a published article: GraphQL resolves the event's join to articles.
    const event = await ctx.payload.create({
      collection: 'events',
      context: AS_IMPORT,
      data: { _status: 'published', title: 'فعالية منشورة' } as never,
    })
    const published = await ctx.payload.create({
      collection: 'articles',
      context: AS_IMPORT,
      data: {
        _status: 'published',
        body: plainBody('نص منشور'),
        events: [event.id],
        summary: 'ملخص',
        title: 'مقال منشور',
      },
    })
    draftId = (
      await ctx.payload.create({
        collection: 'articles',
        data: { body: plainBody('مسودة'), title: 'مسودة للتعديل' },
      })
    ).id
    await ctx.payload.create({
      collection: 'articles',
      data: { body: plainBody('مسودة'), title: 'مسودة سرية' },
      user: {
        ...(await ctx.payload.findByID({ collection: 'users', id: staff.ids.author2 })),
        collection: 'users',
      },
    })
    const person = await ctx.payload.create({ collection: 'people', data: { name: 'شخص' } })
    articleId = published.id
    personId = person.id
    snapshot = await takeSnapshot()
  })
  afterAll(async () => {
    // Work a successful save starts after answering (index and mention hooks) may still hold a
    // PostgreSQL connection; dropping the database under it would fail the suite, not a test.
    await new Promise((resolve) => setTimeout(resolve, 1000))
    await ctx?.stop()
  })

  const tokenFor = (as: 'anonymous' | 'author') =>
    as === 'author' ? staff.tokens.author : undefined

  const stillServing = async () => {
    const response = await api.request('GET', `/articles/${articleId}`)
    expect(response.status).toBe(200)
  }

  it(`REST: ${NUM_RUNS} generated bad requests get a 4xx or a harmless 200, never a 5xx or a stack`, async () => {
    await fc.assert(
      fc.asyncProperty(restRequest, async ({ as, body, byId, collection, id, method, query }) => {
        const target =
          id === 'EXISTING' ? String(collection === 'people' ? personId : articleId) : id
        const path = `/${collection}${byId || method === 'PATCH' ? `/${target}` : ''}${query ? `?${query}` : ''}`
        const headers = { 'accept-language': 'en', 'content-type': 'application/json' }
        const response = await api.request(method, path, {
          headers,
          rawBody: method === 'GET' ? undefined : body,
          token: tokenFor(as),
        })
        const text = await response.text()
        expect(response.status).toBeLessThan(500)
        expect(text).not.toMatch(/\n\s+at |"stack"/)
        // A write always carried something wrong: it must not succeed.
        if (method !== 'GET') expect(response.status).toBeGreaterThanOrEqual(400)
        else expect([200, 400, 401, 403, 404]).toContain(response.status)
      }),
      { numRuns: NUM_RUNS, seed: SEED, verbose: 1 },
    )
    await stillServing()
    expect(await takeSnapshot()).toBe(snapshot)
  })

  it(`GraphQL: ${NUM_RUNS} generated bad queries and mutations never get a 5xx or a stack`, async () => {
    await fc.assert(
      fc.asyncProperty(graphqlRequest, async ({ as, query }) => {
        const text = query
          .replace('EXISTING_PERSON', String(personId))
          .replace('EXISTING', String(articleId))
        const { body, status } = await api.graphql(text, {
          headers: { 'accept-language': 'en' },
          token: tokenFor(as),
        })
        expect(status).toBeLessThan(500)
        expect(JSON.stringify(body)).not.toMatch(/\\n\s+at |"stack"/)
        for (const error of body.errors ?? []) {
          const statusCode = (error as { extensions?: { statusCode?: number } }).extensions
            ?.statusCode
          if (statusCode !== undefined) expect(statusCode).toBeLessThan(500)
        }
        // No generated mutation is valid for an anonymous caller.
        if (as === 'anonymous' && /^mutation/.test(text))
          expect(Object.values(body.data ?? {}).filter(Boolean)).toEqual([])
      }),
      { numRuns: NUM_RUNS, seed: SEED, verbose: 1 },
    )
    await stillServing()
    // createArticle with a plain string title may legitimately create a new draft for the author;
    // what existed before is unchanged.
    const before = JSON.parse(snapshot) as unknown[][]
    const ids = (before[0] as { id: number | string }[]).map((doc) => doc.id)
    const { docs } = await ctx.payload.find({
      collection: 'articles',
      depth: 0,
      draft: true,
      limit: 0,
      locale: 'all',
      sort: 'id',
      where: { id: { in: ids } },
    })
    expect(JSON.stringify(docs)).toBe(JSON.stringify(before[0]))
    const after = JSON.parse(await takeSnapshot()) as unknown[][]
    expect(after.slice(1)).toEqual(before.slice(1))
  })
  const readableIn = (language: 'ar' | 'en' | undefined, message: unknown) => {
    expect(typeof message).toBe('string')
    if (language === 'en')
      expect(message).toMatch(/^The (where clause is not valid|sort parameter)/)
    else expect(message).toMatch(/^(شرط البحث where غير صالح|لا يمكن الترتيب)/)
  }

  it(`queries into rich text (through relations and joins) and lists given to one-value operators: ${NUM_RUNS} generated ones, always a 400 in the caller's language`, async () => {
    const baseline = await takeSnapshot()
    await fc.assert(
      fc.asyncProperty(
        badQuery,
        fc.constantFrom(...LANGUAGES),
        fc.constantFrom('anonymous', 'author') as fc.Arbitrary<'anonymous' | 'author'>,
        async (query, language, as) => {
          const headers: Record<string, string> = language ? { 'accept-language': language } : {}
          if (query.kind === 'rest') {
            const response = await api.request('GET', query.path, { headers, token: tokenFor(as) })
            const body = await response.json()
            expect(response.status).toBe(400)
            readableIn(language, body.errors?.[0]?.message)
          } else {
            const { body, status } = await api.graphql(query.query, {
              headers,
              token: tokenFor(as),
            })
            expect(status).toBeLessThan(500)
            expect(body.errors?.length).toBeGreaterThan(0)
            const error = body.errors![0] as {
              extensions?: { statusCode?: number }
              message: string
            }
            expect(error.extensions?.statusCode).toBe(400)
            readableIn(language, error.message)
          }
        },
      ),
      { numRuns: NUM_RUNS, seed: SEED, verbose: 1 },
    )
    await stillServing()
    expect(await takeSnapshot()).toBe(baseline)
  })

  it(`unsafe slugs, link URLs and statuses: ${NUM_RUNS} generated writes refused with a field error on REST, GraphQL and the Local API`, async () => {
    const baseline = await takeSnapshot()
    const editor = {
      ...(await ctx.payload.findByID({ collection: 'users', id: staff.ids.editor })),
      collection: 'users' as const,
    }
    await fc.assert(
      fc.asyncProperty(
        badWrite,
        fc.constantFrom(
          'rest-create',
          'rest-update',
          'local-create',
          'local-update',
          'graphql-update',
        ),
        fc.constantFrom(...LANGUAGES),
        async ([field, bad], channel, language) => {
          const headers: Record<string, string> = language ? { 'accept-language': language } : {}
          const data = { title: 'عنوان', ...bad }
          let errors: { message: string; path: string }[]
          if (channel === 'rest-create' || channel === 'rest-update') {
            const response =
              channel === 'rest-create'
                ? await api.request('POST', '/articles', {
                    body: data,
                    headers,
                    token: staff.tokens.author,
                  })
                : await api.request('PATCH', `/articles/${draftId}`, {
                    body: bad,
                    headers,
                    token: staff.tokens.editor,
                  })
            expect(response.status).toBe(400)
            errors = fieldErrors(await response.json())
          } else if (channel === 'graphql-update') {
            if (field === '_status') return // an enum in GraphQL's schema: refused before any resolver runs
            const { body, status } = await api.graphql(
              'mutation ($data: mutationArticleUpdateInput!) { updateArticle(id: ' +
                draftId +
                ', data: $data) { id } }',
              { headers, token: staff.tokens.editor, variables: { data: bad } },
            )
            expect(status).toBeLessThan(500)
            const error = body.errors?.[0] as
              | {
                  extensions?: {
                    data?: { errors?: { message: string; path: string }[] }
                    statusCode?: number
                  }
                }
              | undefined
            expect(error?.extensions?.statusCode).toBe(400)
            errors = error?.extensions?.data?.errors ?? []
          } else {
            const write =
              channel === 'local-create'
                ? ctx.payload.create({
                    collection: 'articles',
                    data: data as never,
                    overrideAccess: false,
                    user: editor,
                  })
                : ctx.payload.update({
                    collection: 'articles',
                    data: bad as never,
                    id: draftId,
                    overrideAccess: false,
                    user: editor,
                  })
            const error = (await write.then(
              () => undefined,
              (e: unknown) => e,
            )) as
              | { data?: { errors?: { message: string; path: string }[] }; status?: number }
              | undefined
            expect(error?.status).toBe(400)
            errors = error?.data?.errors ?? []
          }
          expect(errors.map((e) => e.path)).toContain(field)
          const message = errors.find((e) => e.path === field)!.message
          // The Local API has no caller language: Arabic, the default.
          if (language === 'en' && !channel.startsWith('local'))
            expect(message).toMatch(/[A-Za-z]{4}/)
          else expect(message).toMatch(/[\u0600-\u06ff]{3}/)
        },
      ),
      { numRuns: NUM_RUNS, seed: SEED, verbose: 1 },
    )
    await stillServing()
    expect(await takeSnapshot()).toBe(baseline)
  })

  it('system dates: whatever createdAt and updatedAt a caller sends, on REST, GraphQL or the Local API without overrideAccess, the stored ones are the system’s', async () => {
    const baseline = await takeSnapshot()
    const editor = {
      ...(await ctx.payload.findByID({ collection: 'users', id: staff.ids.editor })),
      collection: 'users' as const,
    }
    const draft = await ctx.payload.create({
      collection: 'articles',
      data: { title: 'مسودة للتواريخ' },
      user: editor,
    })
    const created: (number | string)[] = [draft.id]
    const dates = fc
      .date({ max: new Date('2100-01-01'), min: new Date('1970-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString())
    await fc.assert(
      fc.asyncProperty(
        fc.record({ createdAt: dates, updatedAt: dates }, { requiredKeys: [] }),
        fc.constantFrom(
          'rest-create',
          'rest-update',
          'local-create',
          'local-update',
          'graphql-update',
        ),
        async (systemDates, channel) => {
          const before = await ctx.payload.findByID({
            collection: 'articles',
            draft: true,
            id: draft.id,
          })
          const startedAt = Date.now()
          let id = draft.id
          if (channel === 'rest-create') {
            const response = await api.request('POST', '/articles', {
              body: { title: 'تواريخ', ...systemDates },
              token: staff.tokens.author,
            })
            expect(response.status).toBe(201)
            id = (await response.json()).doc.id
            created.push(id)
          } else if (channel === 'local-create') {
            id = (
              await ctx.payload.create({
                collection: 'articles',
                data: { title: 'تواريخ', ...systemDates },
                overrideAccess: false,
                user: editor,
              })
            ).id
            created.push(id)
          } else if (channel === 'rest-update') {
            expect(
              (
                await api.request('PATCH', `/articles/${draft.id}`, {
                  body: { summary: 'ملخص', ...systemDates },
                  token: staff.tokens.editor,
                })
              ).status,
            ).toBe(200)
          } else if (channel === 'local-update') {
            await ctx.payload.update({
              collection: 'articles',
              data: { summary: 'ملخص', ...systemDates },
              id: draft.id,
              overrideAccess: false,
              user: editor,
            })
          } else {
            const { body } = await api.graphql(
              `mutation ($data: mutationArticleUpdateInput!) { updateArticle(id: ${draft.id}, data: $data) { id } }`,
              {
                token: staff.tokens.editor,
                variables: { data: { summary: 'ملخص', ...systemDates } },
              },
            )
            // GraphQL's input type may not offer the dates at all; then nothing was written.
            if (body.errors) return
          }
          const after = await ctx.payload.findByID({ collection: 'articles', draft: true, id })
          const isNow = (value: unknown) => {
            const time = new Date(String(value)).getTime()
            return time >= startedAt - 1000 && time <= Date.now() + 1000
          }
          if (id === draft.id) expect(after.createdAt).toBe(before.createdAt)
          else expect(isNow(after.createdAt)).toBe(true)
          expect(isNow(after.updatedAt)).toBe(true)
        },
      ),
      { numRuns: Math.min(NUM_RUNS, 40), seed: SEED, verbose: 1 },
    )
    // The trusted Local API (seeders) still sets them.
    const seeded = await ctx.payload.create({
      collection: 'articles',
      data: { createdAt: '2020-01-02T03:04:05.000Z', title: 'مستورد' },
    })
    expect(seeded.createdAt).toBe('2020-01-02T03:04:05.000Z')
    created.push(seeded.id)
    await ctx.payload.delete({ collection: 'articles', where: { id: { in: created } } })
    expect(await takeSnapshot()).toBe(baseline)
  })
})
