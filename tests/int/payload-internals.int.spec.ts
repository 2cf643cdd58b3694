/**
 * Payload internals the app relies on, pinned against the installed Payload and its adapters on a
 * real database (issue #17): an upgrade that changes one of them fails here, in one place, with what
 * to do, instead of silently serving wrong data. Every test names the file that relies on the shape.
 *
 * Pinned here (and the dataloader key's field order in tests/unit/payload-internals.spec.ts):
 *   1. Request dataloader: populations (Local API/REST depth, GraphQL relationship resolvers) load
 *      related documents through `req.payloadDataLoader.load(key)`, replaceable from a collection
 *      beforeOperation hook, with createDataloaderCacheKey's keys (transaction, access, hidden
 *      fields, draft at their places). src/read-cache/payload-dataloader.ts, document-cache.ts.
 *   2. SQL adapters: `payload.db.sessions[id]` holds the open transaction's drizzle as `db`, and
 *      `payload.db.drizzle` runs SQL (`run` on libsql, `execute` on node-postgres) to `{ rows }`.
 *      src/db/adapter-internals.ts, sql-runner.ts (read-cache generation, search stores, backup).
 *   3. Connections: the PostgreSQL adapter's pg pool (`connect`, pg-pool's `_clients` and `_idle`),
 *      the SQLite adapter's `client.close`. src/db/adapter-internals.ts, close-database.ts, migrations.ts.
 *   4. SQLite adapter: `init` gives an object whose `connect` keeps a client set on it before, whose
 *      `beginTransaction` opens drizzle's transaction through `client.transaction()`, and which opens
 *      none without `transactionOptions`. src/db/sqlite-transactions.ts, src/db/database-adapter.ts.
 *      (That Payload's operations call `beginTransaction` in the work that then writes is pinned by
 *      tests/int/auth.int.spec.ts: forgot-password writes outside the transaction it holds.)
 *   5. Drizzle schema: `tableNameMap` with `_<slug>_v` version tables, `versionsSuffix`,
 *      `schemaName`, `upsertRow`; `*_locales` tables with `_parentID` and the extra index the
 *      afterSchemaInit hook adds. src/backup/database-writes.ts, src/db/locale-parent-indexes.ts.
 *   6. Auth: `executeAuthStrategies({ headers, isGraphQL, payload })` answers `{ user }`; credentials
 *      only in Authorization or the `<cookiePrefix>-token` cookie; the `DisableAutologin` header; the
 *      `<cookiePrefix>-lng` language cookie. src/cost/read-budget.ts, src/read-cache/request-key.ts,
 *      src/api/request-guard.ts (requestLanguage).
 *   7. GraphQL: `graphQL.validationRules(args)` gets the request as `args.contextValue.req` and the
 *      variables; join fields carry their Payload field in `extensions.field`; query extensions
 *      get `types.localeInputType`. src/graphql/cost-rule.ts, src/search/graphql.ts.
 *   8. REST routes: every route Payload lists under a collection passes the request guard's id
 *      check. src/api/request-guard.ts.
 *   9. The Local API writes the locale it is given onto the caller's `req`.
 *      src/hooks/read-in-all-locales.ts.
 * Not pinned: MongoDB's `payload.db.connection` (src/search/mongo-store.ts); no MongoDB server here.
 */
import type { Client, TransactionMode } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { GraphQLField, GraphQLNamedType } from 'graphql'
import type { PayloadRequest } from 'payload'

import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { sql as postgresSql } from '@payloadcms/db-postgres'
import { sqliteAdapter, sql as sqliteSql } from '@payloadcms/db-sqlite'
import { getTableConfig as sqliteTableConfig } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import { getTableConfig as postgresTableConfig } from '@payloadcms/db-postgres/drizzle/pg-core'
import { upsertRow } from '@payloadcms/drizzle'
import { configToSchema } from '@payloadcms/graphql'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { isObjectType } from 'graphql'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createLocalReq, executeAuthStrategies, getRequestLanguage } from 'payload'

import { checkRestQuery, requestLanguage } from '../../src/api/request-guard'
import {
  adapterDrizzle,
  postgresPool,
  sqliteClient,
  transactionSession,
} from '../../src/db/adapter-internals'
import { localeParentIndexName, LOCALES_SUFFIX } from '../../src/db/locale-parent-indexes'
import { openSqliteClient } from '../../src/db/sqlite-transactions'
import { runnerFor } from '../../src/db/sql-runner'
import { inTransaction } from '../../src/db/transaction'
import { DocumentStore, withSharedDocuments } from '../../src/read-cache/document-cache'
import { parseDataloaderKey } from '../../src/read-cache/payload-dataloader'
import { apiClient } from '../helpers/api'
import { readScopeOf } from '../helpers/read-scope'
import { publishedArticleNamingAPerson } from '../helpers/content'
import {
  databaseUnderTest,
  describeIntegration,
  startTestPayload,
  type TestPayload,
} from '../helpers/test-payload'

type Json = Record<string, any>

/** The read cache's document store, recording the keys of the documents it is given to share. */
class RecordingStore extends DocumentStore {
  readonly keys: string[] = []

  constructor() {
    super(2 ** 20)
  }

  override set(key: string, entry: Parameters<DocumentStore['set']>[1], doc: unknown): void {
    this.keys.push(key)
    super.set(key, entry, doc)
  }

  /** The keys of shared documents of `collection`, taken apart. */
  of(collection: string) {
    return this.keys.map(parseDataloaderKey).filter((key) => key.collection === collection)
  }
}

const PASSWORD = 'correct horse battery staple'

describeIntegration('Payload internals the app relies on', () => {
  const database = databaseUnderTest()
  let ctx: TestPayload
  let api: ReturnType<typeof apiClient>
  let person: number | string
  let article: number | string
  let user: { email: string; id: number | string; token: string }

  beforeAll(async () => {
    ctx = await startTestPayload()
    api = apiClient(ctx.config)
    const email = 'internals@example.org'
    const created = await ctx.payload.create({
      collection: 'users',
      data: { email, name: 'internals', password: PASSWORD, roles: ['editor'] },
    })
    user = { email, id: created.id, token: await api.login(email, PASSWORD) }
    const fixture = await publishedArticleNamingAPerson(ctx.payload)
    article = fixture.article
    person = fixture.person
  })
  afterAll(() => ctx?.stop())

  // --- 1. The request dataloader -----------------------------------------------------------------

  const readArticle = (options: Json = {}) =>
    ctx.payload.findByID({
      collection: 'articles',
      depth: 1,
      id: article,
      locale: 'ar',
      overrideAccess: false,
      ...options,
    }) as Promise<Json>

  // Relied on by src/read-cache/document-cache.ts. If this fails, Payload no longer populates through
  // req.payloadDataLoader.load (or builds its keys otherwise): the shared documents are out of the
  // path, or shared wrongly; find the new population path and hook the read cache there.
  it('1. populates a related document through the request dataloader, with a key the read cache reads', async () => {
    const store = new RecordingStore()
    const doc = await withSharedDocuments(await readScopeOf(ctx.payload, store), () =>
      readArticle(),
    )
    expect(doc.people[0]).toMatchObject({ id: person, name: 'سلمى حسن' })
    const [key, ...others] = store.of('people')
    expect(others).toEqual([])
    expect(String(key!.id)).toBe(String(person))
    expect(key).toMatchObject({
      currentDepth: 2,
      depth: 1,
      draft: false,
      locale: 'ar',
      overrideAccess: false,
    })
    expect(key!.showHiddenFields).toBeFalsy()
    expect(key!.transactionID).toBeFalsy()
  })

  // Relied on by src/read-cache/document-cache.ts (what may be shared). If this fails, a flag moved in
  // the dataloader key: documents read with more rights than the public's would be shared with it;
  // fix parseDataloaderKey (src/read-cache/payload-dataloader.ts) before anything else.
  it('1. marks in the key a load with access overridden, hidden fields, drafts or in a transaction', async () => {
    const cases: [string, () => Promise<Json>][] = [
      ['overrideAccess', () => readArticle({ overrideAccess: true })],
      ['showHiddenFields', () => readArticle({ showHiddenFields: true })],
      ['draft', () => readArticle({ draft: true })],
      ['transaction', () => inTransaction(ctx.payload, (req) => readArticle({ req }))],
    ]
    for (const [name, read] of cases) {
      const store = new RecordingStore()
      const doc = await withSharedDocuments(await readScopeOf(ctx.payload, store), read)
      // The person was loaded (populated), but not given to the shared store.
      expect([name, doc.people[0]?.name]).toEqual([name, 'سلمى حسن'])
      expect([name, store.of('people')]).toEqual([name, []])
    }
  })

  // Relied on by src/read-cache/document-cache.ts for GraphQL answers. If this fails, Payload's GraphQL
  // relationship resolvers stopped loading through context.req.payloadDataLoader: GraphQL answers
  // no longer share documents (slower, not wrong); find where they load now.
  it('1. resolves a GraphQL relationship through the same dataloader and keys', async () => {
    const store = new RecordingStore()
    const response = await withSharedDocuments(await readScopeOf(ctx.payload, store), () =>
      GRAPHQL_POST(ctx.config)(
        new Request('http://localhost:3000/api/graphql', {
          body: JSON.stringify({
            query: `{ Articles(locale: ar, where: { id: { equals: ${article} } }) { docs { people { name } } } }`,
          }),
          headers: { 'content-type': 'application/json' },
          method: 'POST',
        }),
      ),
    )
    const body = (await response.json()) as Json
    expect(body.data.Articles.docs[0].people).toEqual([{ name: 'سلمى حسن' }])
    const keys = store.of('people')
    expect(keys.map((key) => String(key.id))).toEqual([String(person)])
    expect(keys[0]).toMatchObject({ draft: false, overrideAccess: false, showHiddenFields: false })
  })

  // --- 2. Sessions and drizzle -------------------------------------------------------------------

  const method = database === 'postgres' ? 'execute' : 'run'
  const sql = database === 'postgres' ? postgresSql : sqliteSql
  const generation = async (req?: PayloadRequest) =>
    Number(
      (
        await runnerFor(ctx.payload, method)(
          sql.raw('SELECT value FROM content_generation WHERE id = 1'),
          req,
        )
      )[0]!.value,
    )

  // Relied on by src/db/adapter-internals.ts and sql-runner.ts (the content generation, search rows,
  // backup). If this fails, the adapter keeps its transactions or its drizzle elsewhere: SQL meant to
  // be in a transaction would run outside it; update transactionSession / adapterDrizzle.
  it(`2. keeps each open transaction's drizzle in db.sessions and runs plain SQL on db.drizzle (${method})`, async () => {
    const plain = await adapterDrizzle<Record<string, (q: unknown) => Promise<Json>>>(ctx.payload)[
      method
    ](sql.raw('SELECT 1 AS one'))
    expect(plain.rows.map((row: Json) => Number(row.one))).toEqual([1])

    const before = await generation()
    const failure = new Error('rolled back on purpose')
    await expect(
      inTransaction(ctx.payload, async (req) => {
        const session = transactionSession<Json>(ctx.payload, req.transactionID as string)
        expect(typeof session?.db?.[method]).toBe('function')
        await runnerFor(ctx.payload, method)(
          sql.raw('UPDATE content_generation SET value = value + 1 WHERE id = 1'),
          req,
        )
        expect(await generation(req)).toBe(before + 1)
        // Not committed: outside the transaction, the old value.
        expect(await generation()).toBe(before)
        throw failure
      }),
    ).rejects.toBe(failure)
    expect(await generation()).toBe(before)
  })

  // --- 3. Connections ----------------------------------------------------------------------------

  if (database === 'postgres') {
    // Relied on by src/db/close-database.ts (and migrations.ts: pool.connect for the migration lock).
    // If this fails, pg-pool renamed its lists: closeDatabase would wait forever in pool.end();
    // update PostgresPool in src/db/adapter-internals.ts and endPool.
    it('3. [postgres] exposes the pg pool, which lists checked-out clients in _clients and idle ones in _idle', async () => {
      const pool = postgresPool(ctx.payload)!
      const idle = () => pool._idle!.map((entry) => entry.client)
      const client = await pool.connect()
      expect(pool._clients).toContain(client)
      expect(idle()).not.toContain(client)
      await client.query('SELECT 1')
      client.release()
      expect(idle()).toContain(client)
      expect(sqliteClient(ctx.payload)).toBeUndefined()
    })
  } else {
    // Relied on by src/db/close-database.ts. If this fails, the SQLite adapter keeps its client
    // elsewhere: closeDatabase would leave the file open; update sqliteClient.
    it('3. [sqlite] exposes the libsql client it runs on, which can be closed', async () => {
      const client = sqliteClient(ctx.payload) as Client
      expect(typeof client.close).toBe('function')
      expect((await client.execute('SELECT 1 AS one')).rows[0]?.one).toBe(1)
      expect(postgresPool(ctx.payload)).toBeUndefined()
    })
  }

  // --- 4. The SQLite adapter under sqlite-transactions (checked on both databases) -----------------

  // Relied on by src/db/sqlite-transactions.ts. If this fails, the SQLite adapter's connect or
  // transactions changed: withSqliteTransactions no longer puts its client under Payload (writes
  // would meet SQLITE_BUSY, transactions block the process); rework it on the new adapter.
  it('4. SQLite adapter: connect keeps the client it is given, and transactions go through client.transaction()', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jusur-internals-'))
    const url = `file:${path.join(dir, 'adapter.db')}`
    const client = await openSqliteClient({ busyTimeout: 1000, url })
    try {
      let transactions = 0
      const transaction = client.transaction.bind(client)
      client.transaction = (mode?: TransactionMode) => {
        transactions += 1
        return transaction(mode)
      }
      const adapter = sqliteAdapter({ client: { url }, push: false, transactionOptions: {} }).init({
        payload: ctx.payload,
      }) as unknown as SQLiteAdapter
      expect(adapter.client).toBeUndefined()
      adapter.client = client
      await adapter.connect!()
      expect(adapter.client).toBe(client)

      const id = (await adapter.beginTransaction()) as string
      expect(transactions).toBe(1)
      const session = adapter.sessions[id]!.db as unknown as Record<'run', (q: unknown) => unknown>
      await session.run(sqliteSql.raw('CREATE TABLE pinned (x)'))
      const tables = async () =>
        (await client.execute("SELECT name FROM sqlite_master WHERE name = 'pinned'")).rows.length
      expect(await tables()).toBe(0)
      await adapter.commitTransaction(id)
      expect(adapter.sessions[id]).toBeUndefined()
      expect(await tables()).toBe(1)
    } finally {
      client.close()
      fs.rmSync(dir, { force: true, recursive: true })
    }
  })

  // Relied on by src/db/database-adapter.ts (transactionOptions: {}). If this fails, the SQLite adapter
  // now opens transactions by default: the empty transactionOptions can go.
  it('4. SQLite adapter: opens no transaction without transactionOptions', async () => {
    const adapter = sqliteAdapter({ client: { url: 'file::memory:' }, push: false }).init({
      payload: ctx.payload,
    })
    expect(await adapter.beginTransaction()).toBeNull()
  })

  // --- 5. The drizzle schema ---------------------------------------------------------------------

  // Relied on by src/backup/database-writes.ts (the import's row writer). If this fails, the import
  // cannot find tables or write rows: follow Payload's new table naming or row writer there.
  it('5. names tables in tableNameMap, versions as _<slug>_v, in the schema the connection uses; exports upsertRow', async () => {
    const adapter = ctx.payload.db as unknown as {
      schemaName?: string
      tableNameMap: Map<string, string>
      versionsSuffix?: string
    }
    expect(adapter.versionsSuffix).toBe('_v')
    expect(adapter.tableNameMap.get('articles')).toBe('articles')
    expect(adapter.tableNameMap.get('_articles_v')).toBe('_articles_v')
    expect(adapter.tableNameMap.get('payload_preferences')).toBe('payload_preferences')
    expect(typeof upsertRow).toBe('function')
    if (database === 'postgres') {
      const [row] = await runnerFor(
        ctx.payload,
        'execute',
      )(postgresSql.raw('SELECT current_schema() AS schema'))
      expect(adapter.schemaName || 'public').toBe(row!.schema)
    }
  })

  // Relied on by src/db/locale-parent-indexes.ts. If this fails, the afterSchemaInit hook no longer
  // finds the locale tables or their `_parentID` column: localized reads scan whole tables again.
  it('5. gives every *_locales table a _parentID column and the index the schema hook adds', () => {
    const tables = Object.entries(
      (ctx.payload.db as unknown as { tables: Record<string, never> }).tables,
    ).filter(([name]) => name.endsWith(LOCALES_SUFFIX))
    expect(tables.map(([name]) => name)).toEqual(
      expect.arrayContaining(['articles_locales', '_articles_v_locales']),
    )
    const tableConfig = (table: never): ReturnType<typeof sqliteTableConfig> =>
      (database === 'postgres' ? postgresTableConfig(table) : sqliteTableConfig(table)) as never
    for (const [name, table] of tables) {
      const { columns, indexes } = tableConfig(table)
      expect([name, columns.some((column) => column.name === '_parent_id')]).toEqual([name, true])
      expect([name, indexes.map((index) => index.config.name)]).toEqual([
        name,
        expect.arrayContaining([localeParentIndexName(name)]),
      ])
    }
  })

  // --- 6. Auth -----------------------------------------------------------------------------------

  const authenticate = (headers: Record<string, string>, isGraphQL = false) =>
    executeAuthStrategies({ headers: new Headers(headers), isGraphQL, payload: ctx.payload })

  // Relied on by src/cost/read-budget.ts (who is anonymous) and src/read-cache/request-key.ts (which
  // requests may carry credentials). If this fails, Payload finds users elsewhere (a new strategy,
  // header or cookie): the read cache could serve a logged-in caller the public answer or worse;
  // update mayCarryCredentials/forwardedHeaders and hasUser to the new ways.
  it('6. finds the user only in an Authorization header or the <cookiePrefix>-token cookie', async () => {
    expect(ctx.payload.authStrategies.map((strategy) => strategy.name)).toEqual(['local-jwt'])
    expect(ctx.payload.config.auth.jwtOrder).toEqual(['JWT', 'Bearer', 'cookie'])
    expect(ctx.config.cookiePrefix).toBe('jusur')
    expect((await authenticate({ authorization: `JWT ${user.token}` })).user?.id).toBe(user.id)
    expect((await authenticate({ authorization: `JWT ${user.token}` }, true)).user?.id).toBe(
      user.id,
    )
    // A browser's own request (the CSRF check wants Origin or Sec-Fetch-Site with the cookie).
    const sameOrigin = { 'sec-fetch-site': 'same-origin' }
    const cookie = (name: string) =>
      authenticate({ ...sameOrigin, cookie: `${name}=${user.token}` })
    expect((await cookie('jusur-token')).user?.id).toBe(user.id)
    expect((await cookie('payload-token')).user).toBeNull()
    expect((await cookie('jusur-session')).user).toBeNull()
    expect((await authenticate({})).user).toBeNull()
  })

  // Relied on by src/read-cache/request-key.ts (forwardedHeaders). If this fails, Payload's development
  // auto-login no longer listens to DisableAutologin: an anonymous cached read could run as a user.
  it('6. logs nobody in automatically when the DisableAutologin header says so', async () => {
    const admin = ctx.payload.config.admin as { autoLogin?: unknown }
    const autoLogin = admin.autoLogin
    admin.autoLogin = { email: user.email }
    try {
      expect((await authenticate({})).user?.id).toBe(user.id)
      expect((await authenticate({ disableautologin: 'true' })).user).toBeNull()
    } finally {
      admin.autoLogin = autoLogin
    }
  })

  // Relied on by src/api/request-guard.ts (requestLanguage, the language of error messages). If this
  // fails, Payload picks the caller's language otherwise: follow it in languageOf.
  it('6. picks the caller’s language as requestLanguage does: <cookiePrefix>-lng, then Accept-Language', () => {
    const cases: Record<string, string>[] = [
      {},
      { cookie: 'jusur-lng=en' },
      { 'accept-language': 'en-GB,en;q=0.9' },
      { 'accept-language': 'en', cookie: 'jusur-lng=ar' },
      { cookie: 'payload-lng=en' },
    ]
    for (const headers of cases) {
      const cookies = new Map(
        (headers.cookie ?? '')
          .split(';')
          .filter(Boolean)
          .map((cookie) => cookie.trim().split('=') as [string, string]),
      )
      const payloadLanguage = getRequestLanguage({
        config: ctx.config,
        cookies,
        headers: new Headers(headers),
      })
      const request = new Request('http://localhost/api/articles', { headers })
      expect([headers, requestLanguage(request, ctx.config.cookiePrefix)]).toEqual([
        headers,
        payloadLanguage,
      ])
    }
  })

  // --- 7. GraphQL --------------------------------------------------------------------------------

  // Relied on by src/graphql/cost-rule.ts (callerCostRule: whose budget, which variables). If this
  // fails, the cost rule costs every query as anonymous (or without its variables); follow the new args.
  it('7. calls graphQL.validationRules with the request (user included) and the variables', async () => {
    const graphQL = ctx.config.graphQL as unknown as { validationRules: (args: Json) => unknown[] }
    const rules = graphQL.validationRules
    const seen: Json[] = []
    graphQL.validationRules = (args) => {
      seen.push(args)
      return rules(args)
    }
    try {
      const answer = await api.graphql(
        'query Page($limit: Int) { Articles(limit: $limit) { docs { id } } }',
        { token: user.token, variables: { limit: 1 } },
      )
      expect(answer.body.errors).toBeUndefined()
    } finally {
      graphQL.validationRules = rules
    }
    expect(seen).toHaveLength(1)
    expect(seen[0]!.contextValue.req.user.id).toBe(user.id)
    expect(seen[0]!.variableValues).toEqual({ limit: 1 })
  })

  // Relied on by src/graphql/cost-rule.ts (a join without a limit reads all) and src/search/graphql.ts
  // (the search query's locale argument). If this fails, joins are costed as plain lists (too cheap)
  // or search takes its locale as a plain string: follow the schema's new shape there.
  it('7. builds join fields carrying their Payload field, and hands query extensions the locale type', () => {
    const { schema } = configToSchema(ctx.config)
    const joinFields = (type: GraphQLNamedType): string[] =>
      isObjectType(type)
        ? Object.values(type.getFields() as Record<string, GraphQLField<unknown, unknown>>)
            .filter(
              (field) => (field.extensions as { field?: { type?: string } }).field?.type === 'join',
            )
            .map((field) => `${type.name}.${field.name}`)
        : []
    const joins = Object.values(schema.getTypeMap()).flatMap(joinFields)
    const configured = ctx.config.collections.flatMap((collection) =>
      collection.flattenedFields.filter((field) => field.type === 'join'),
    )
    expect(configured.length).toBeGreaterThan(0)
    // Each collection's type has them (so do its versions' types).
    expect(new Set(joins.map((join) => join.split('.')[1]))).toEqual(
      new Set(configured.map((field) => field.name)),
    )
    const person = schema.getQueryType()!.getFields().Person!
    expect(joinFields(person.type as GraphQLNamedType)).toEqual(
      expect.arrayContaining(['Person.articles', 'Person.mentionedIn']),
    )
    const locale = schema
      .getQueryType()!
      .getFields()
      .search!.args.find((arg) => arg.name === 'locale')!
    expect(String(locale.type)).toBe('LocaleInputType')
  })

  // --- 8. REST routes ----------------------------------------------------------------------------

  // Relied on by src/api/request-guard.ts (checkRestQuery: a non-numeric id is a 404 unless it is a
  // word of the collection's sanitized `endpoints`). If this fails, Payload serves a route it no
  // longer lists there: the guard would refuse it as a bad id; teach the guard its word.
  it('8. lets every route Payload lists under a collection through the request guard', () => {
    const users = ctx.config.collections.find((collection) => collection.slug === 'users')!
    expect(users.endpoints ? users.endpoints.map((endpoint) => endpoint.path) : []).toEqual(
      expect.arrayContaining(['/login', '/me', '/count', '/versions/:id', '/:id']),
    )
    const refused: string[] = []
    for (const collection of ctx.config.collections) {
      for (const endpoint of collection.endpoints || []) {
        const slug = [
          collection.slug,
          ...endpoint.path
            .split('/')
            .filter(Boolean)
            .map((part) => (part.startsWith(':') ? '1' : part)),
        ]
        const url = new URL(`http://localhost/api/${slug.join('/')}`)
        try {
          checkRestQuery(ctx.config, url, slug)
        } catch {
          refused.push(url.pathname)
        }
      }
    }
    expect(refused).toEqual([])
  })

  // --- 9. The Local API and req.locale ------------------------------------------------------------

  // Relied on by src/hooks/read-in-all-locales.ts. If this fails, Payload no longer writes the Local
  // API's locale onto the caller's req: the restore there has become unnecessary and can go.
  it('9. writes the locale a Local API call is given onto the caller’s req', async () => {
    const req = await createLocalReq({ locale: 'ar' }, ctx.payload)
    await ctx.payload.findByID({
      collection: 'articles',
      depth: 0,
      id: article,
      locale: 'all',
      req,
    })
    expect(req.locale).toBe('all')
  })
})
