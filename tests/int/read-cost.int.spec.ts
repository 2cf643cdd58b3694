import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { configToSchema } from '@payloadcms/graphql'
import fc from 'fast-check'
import {
  type FragmentDefinitionNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql'

import { graphqlHandler } from '../../src/api/route-handlers'
import { readBudget } from '../../src/settings/security'
import { COST_MESSAGES } from '../../src/cost/messages'
import { restReadCost } from '../../src/cost/rest-cost'
import { operationCost } from '../../src/graphql/cost-rule'
import { seedDemoContent } from '../../src/seed'
import { apiClient } from '../helpers/api'
import { recordStatements } from '../helpers/sql-statements'
import { createStaff, type Staff } from '../helpers/staff'
import {
  describeIntegration,
  SEEDING_TIMEOUT_MS,
  startTestPayload,
  type TestPayload,
} from '../helpers/test-payload'

/**
 * The read budget (src/cost): every GraphQL query and REST read is costed
 * before it runs (limit, depth, joins, aliases) and refused with a 400 in the
 * caller's language when anonymous callers (as Payload decides it) ask for more
 * than their budget; what passes is also limited in documents really read.
 */
const SEED = Number(process.env.FC_SEED ?? 20261202)
const NUM_RUNS = Number(process.env.FC_RUNS ?? 30)

const EN = { 'accept-language': 'en' }
const BUDGET = readBudget().anonymousCost

/** Fifteen aliases of a thousand countries, each with joins two levels down: inside every other limit. */
const ATTACK = `{ ${Array.from(
  { length: 15 },
  (_, i) =>
    `c${i}: Countries(limit: 1000) { docs { name events { docs { title subEvents { docs { title } } } } } }`,
).join(' ')} }`

/** A consumer's query (docs/graphql.md): the latest articles with their events. */
const CONSUMER = `query Latest($locale: LocaleInputType) {
  Articles(locale: $locale, sort: "-publishedAt", limit: 20, page: 1) {
    totalDocs
    docs { title slug events { title delegations { name } } }
  }
}`

const messageOf = async (response: Response) =>
  ((await response.json()) as { errors: { message: string }[] }).errors[0]!.message

describeIntegration('read budget: the cost of a read, before it runs', () => {
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let staff: Staff
  let schema: GraphQLSchema
  /** The GraphQL handler without the read cache: what it sends to the database is the query's own. */
  let uncached: ReturnType<typeof graphqlHandler>

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    await seedDemoContent(ctx.payload)
    staff = await createStaff(ctx.payload, api)
    schema = configToSchema(ctx.config).schema
    uncached = graphqlHandler(ctx.config, { cache: false })
  }, 2 * SEEDING_TIMEOUT_MS) // the demo content and eight staff logins
  afterAll(() => ctx?.stop())

  const post = (query: string, headers: Record<string, string> = {}) =>
    uncached(
      new Request('http://localhost:3000/api/graphql', {
        body: JSON.stringify({ query }),
        headers: { 'content-type': 'application/json', ...headers },
        method: 'POST',
      }),
    )

  const costOf = (query: string): number => {
    const document = parse(query)
    const fragments = Object.fromEntries(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    )
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    )!
    return operationCost(schema, operation, fragments, {})
  }

  it('refuses the fifteen-alias query with a 400 in Arabic, or English when asked, whatever the Authorization header says', async () => {
    expect(costOf(ATTACK)).toBeGreaterThan(BUDGET)
    const arabic = await api.graphql(ATTACK)
    expect(arabic.status).toBe(400)
    expect(arabic.body.data).toBeUndefined()
    expect(arabic.body.errors![0]!.message).toBe(COST_MESSAGES.tooCostly(costOf(ATTACK), BUDGET).ar)
    const english = await api.graphql(ATTACK, { headers: EN })
    expect(english.status).toBe(400)
    expect(english.body.errors![0]!.message).toBe(
      COST_MESSAGES.tooCostly(costOf(ATTACK), BUDGET).en,
    )
    const byCookie = await api.graphql(ATTACK, { headers: { cookie: 'jusur-lng=en' } })
    expect(byCookie.body.errors![0]!.message).toBe(
      COST_MESSAGES.tooCostly(costOf(ATTACK), BUDGET).en,
    )
    for (const authorization of [
      'JWT not-a-token',
      'Bearer x',
      `JWT ${staff.tokens.author}x`,
      'users API-Key 0000',
    ]) {
      const faked = await api.graphql(ATTACK, { headers: { authorization } })
      expect(faked.status).toBe(400)
    }
  })

  it('answers consumer queries (docs/graphql.md) as before', async () => {
    expect(costOf(CONSUMER)).toBeLessThanOrEqual(BUDGET)
    const { body, status } = await api.graphql(CONSUMER, { variables: { locale: 'en' } })
    expect(body.errors).toBeUndefined()
    expect(status).toBe(200)
    expect(body.data!.Articles.totalDocs).toBeGreaterThan(0)
  })

  it('admits the default page of every public collection (depth 2, limit 10), and 100 articles at depth 2, for anonymous readers', async () => {
    expect((await api.request('GET', '/articles?limit=100&depth=2')).status).toBe(200)
    for (const slug of [
      'articles',
      'events',
      'delegations',
      'agreements',
      'people',
      'organizations',
      'countries',
      'topics',
      'media',
    ]) {
      expect(restReadCost(ctx.config, slug, {})).toBeLessThanOrEqual(BUDGET)
      const response = await api.request('GET', `/${slug}`)
      expect([slug, response.status]).toEqual([slug, 200])
    }
  })

  it('gives verified staff the larger budget, so the admin keeps working', async () => {
    const heavy =
      '{ Countries(limit: 1000) { docs { name events(limit: 600) { docs { title } } } } }'
    expect(costOf(heavy)).toBeGreaterThan(BUDGET)
    expect(costOf(heavy)).toBeLessThanOrEqual(readBudget().staffCost)
    expect((await api.graphql(heavy)).status).toBe(400)
    const asEditor = await api.graphql(heavy, { token: staff.tokens.editor })
    expect(asEditor.body.errors).toBeUndefined()
    expect(asEditor.status).toBe(200)
    // The admin's own REST reads: a relationship field's options, a document with its relations, a bulk count.
    for (const path of [
      '/organizations?depth=0&limit=10',
      '/organizations?depth=2&limit=10',
      '/articles?depth=0&limit=0',
    ]) {
      expect((await api.request('GET', path, { token: staff.tokens.editor })).status).toBe(200)
    }
  })

  it('refuses a costly REST read with a 400 in the caller language, by GET and by a POST read, with or without fake credentials', async () => {
    const path = '/countries?limit=1000&depth=2'
    const cost = restReadCost(ctx.config, 'countries', { depth: 2, limit: 1000 })
    expect(cost).toBeGreaterThan(BUDGET)
    const arabic = await api.request('GET', path)
    expect(arabic.status).toBe(400)
    expect(await messageOf(arabic)).toBe(COST_MESSAGES.tooCostly(cost, BUDGET).ar)
    const english = await api.request('GET', path, {
      headers: { ...EN, authorization: 'JWT forged' },
    })
    expect(english.status).toBe(400)
    expect(await messageOf(english)).toBe(COST_MESSAGES.tooCostly(cost, BUDGET).en)
    const override = await api.request('POST', '/countries', {
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-payload-http-method-override': 'GET',
      },
      rawBody: 'limit=1000&depth=2',
    })
    expect(override.status).toBe(400)
    expect((await api.request('GET', '/countries?limit=10&depth=1')).status).toBe(200)
    expect((await api.request('GET', path, { token: staff.tokens.editor })).status).toBe(200)
  })

  it('costs more for more limit, aliases, depth and joins (property)', () => {
    const selection = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constant('title'),
        tie('node').map((inner) => `subEvents { docs { ${inner} } }`),
        fc.constant('participants { name }'),
        fc.constant('host { name }'),
        fc
          .tuple(fc.integer({ max: 50, min: 1 }), tie('node'))
          .map(([limit, inner]) => `subEvents(limit: ${limit}) { docs { ${inner} } }`),
      ),
    })).node
    fc.assert(
      fc.property(
        fc.integer({ max: 1000, min: 1 }),
        fc.integer({ max: 200, min: 1 }),
        fc.integer({ max: 14, min: 1 }),
        selection,
        (limit, more, aliases, inner) => {
          const query = (l: number, a: number, sel: string) =>
            `{ ${Array.from({ length: a }, (_, i) => `e${i}: Events(limit: ${l}) { docs { ${sel} } }`).join(' ')} }`
          const base = costOf(query(limit, aliases, inner))
          expect(costOf(query(limit + more, aliases, inner))).toBeGreaterThan(base)
          expect(costOf(query(limit, aliases + 1, inner))).toBeGreaterThan(base)
          expect(
            costOf(query(limit, aliases, `title subEvents { docs { ${inner} } }`)),
          ).toBeGreaterThan(base)
          expect(costOf(query(limit, aliases, `${inner} participants { name }`))).toBeGreaterThan(
            base,
          )
        },
      ),
      { numRuns: 200, seed: SEED },
    )
    fc.assert(
      fc.property(
        fc.constantFrom('articles', 'events', 'countries', 'organizations', 'people'),
        fc.integer({ max: 1000, min: 1 }),
        fc.integer({ max: 9, min: 0 }),
        (slug, limit, depth) => {
          const cost = restReadCost(ctx.config, slug, { depth, limit })
          expect(restReadCost(ctx.config, slug, { depth, limit: limit + 1 })).toBeGreaterThan(cost)
          expect(restReadCost(ctx.config, slug, { depth: depth + 1, limit })).toBeGreaterThan(cost)
        },
      ),
      { numRuns: 200, seed: SEED },
    )
  })

  it('refuses whatever is over the budget before any SQL runs, and answers what is under it (property)', async () => {
    const query = fc
      .record({
        aliases: fc.integer({ max: 15, min: 1 }),
        collection: fc.constantFrom('Countries', 'Events', 'Organizations'),
        join: fc.constantFrom(
          '',
          'articles { docs { title } }',
          'articles(limit: 100) { docs { title } }',
        ),
        limit: fc.integer({ max: 1000, min: 1 }),
      })
      .map(({ aliases, collection, join, limit }) => {
        const name = collection === 'Events' ? 'title' : 'name'
        return `{ ${Array.from({ length: aliases }, (_, i) => `q${i}: ${collection}(limit: ${limit}) { docs { ${name} ${join} } }`).join(' ')} }`
      })
    await fc.assert(
      fc.asyncProperty(query, async (text) => {
        const over = costOf(text) > BUDGET
        let response: Response | undefined
        const statements = await recordStatements(ctx.payload, async () => {
          response = await post(text, { 'x-test': 'cost' })
        })
        const body = (await response!.json()) as { errors?: { extensions?: { code?: string } }[] }
        if (over) {
          expect(response!.status).toBe(400)
          expect(body.errors![0]!.extensions?.code).toBe('QUERY_TOO_COSTLY')
          expect(statements).toEqual([])
        } else {
          expect((body.errors ?? []).map((error) => error.extensions?.code)).not.toContain(
            'QUERY_TOO_COSTLY',
          )
          expect(statements.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    )
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('countries', 'events', 'organizations'),
        fc.integer({ max: 1000, min: 1 }),
        fc.integer({ max: 4, min: 0 }),
        async (slug, limit, depth) => {
          const over = restReadCost(ctx.config, slug, { depth, limit }) > BUDGET
          let status = 0
          const statements = await recordStatements(ctx.payload, async () => {
            status = (
              await api.request(
                'GET',
                `/${slug}?limit=${limit}&depth=${depth}&probe=${Math.random()}`,
              )
            ).status
          })
          // The read cache may look up its generation; the collection's own tables are never touched.
          const touching = statements.filter((statement) => statement.sql.includes(`"${slug}"`))
          if (over) {
            expect(status).toBe(400)
            expect(touching).toEqual([])
          } else expect(status).toBe(200)
        },
      ),
      { numRuns: NUM_RUNS, seed: SEED },
    )
  })

  it('stops an anonymous read that reads more documents than allowed, in any API, and the server carries on', async () => {
    const previous = process.env.READ_MAX_DOCUMENTS
    process.env.READ_MAX_DOCUMENTS = '3'
    const strict = apiClient(ctx.config)
    if (previous === undefined) delete process.env.READ_MAX_DOCUMENTS
    else process.env.READ_MAX_DOCUMENTS = previous

    const rest = await strict.request('GET', '/countries?limit=20&depth=0', { headers: EN })
    expect(rest.status).toBe(400)
    expect(await messageOf(rest)).toBe(COST_MESSAGES.tooManyDocuments.en)
    const graphql = await strict.graphql('{ Countries(limit: 20) { docs { name } } }')
    expect(graphql.status).toBe(400)
    expect(graphql.body.data).toBeUndefined()
    expect(graphql.body.errors![0]!.message).toBe(COST_MESSAGES.tooManyDocuments.ar)
    // Staff have no such count; a small read passes; the ordinary client is unaffected.
    expect(
      (await strict.request('GET', '/countries?limit=20&depth=0', { token: staff.tokens.editor }))
        .status,
    ).toBe(200)
    expect((await strict.request('GET', '/countries?limit=2&depth=0')).status).toBe(200)
    expect((await api.request('GET', '/countries?limit=20&depth=0')).status).toBe(200)
  })
})
