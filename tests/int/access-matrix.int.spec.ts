import type { CollectionSlug, Payload } from 'payload'

import { afterAll, beforeAll, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { performTransition, resolveWorkflowOptions } from '@jusur/editorial-workflow'
import { createLocalReq } from 'payload'

import { ROLES, type Role } from '../../src/access/roles'
import { WORKFLOW_OPTIONS } from '../../src/editorial/workflow'
import { apiClient } from '../helpers/api'
import { AS_IMPORT } from '../helpers/content'
import { createStaff, type Staff } from '../helpers/staff'
import { describeIntegration, startTestPayload, type TestPayload } from '../helpers/test-payload'

/**
 * The access-control matrix: every role and anonymous × every collection ×
 * every operation × REST, GraphQL and the Local API with access control,
 * checked against the one table below. The table's keys must be exactly the
 * config's collections, so a new collection fails this suite until someone
 * decides who may do what with it.
 */

type Actor = 'anonymous' | Role
type Operation = 'create' | 'delete' | 'read' | 'readVersions' | 'submit' | 'update'
type Rules = Partial<Record<Operation, Actor[]>> & {
  /** Who reads published documents only: drafts are invisible to them. */
  readPublishedOnly?: Actor[]
}

const STAFF: Actor[] = [...ROLES]
const WRITERS: Actor[] = ['admin', 'editor', 'author', 'translator']
const EDITORS: Actor[] = ['admin', 'editor']

const REPORTS: Rules = {
  create: ['admin', 'editor', 'author'],
  delete: EDITORS,
  read: STAFF,
  readPublishedOnly: ['anonymous'],
  readVersions: [...WRITERS, 'reviewer'],
  // The first workflow transition; who may take each of the others is the workflow suite's matter.
  submit: WRITERS,
  update: WRITERS,
}
/** Reference data: drafts and a one-step review (issue #16), public once published. */
const REFERENCE: Rules = { ...REPORTS, create: WRITERS }
/** Media: written by staff; the public reads only items a public document uses (the "published" fixture: a published person's photo). */
const MEDIA: Rules = {
  create: WRITERS,
  delete: EDITORS,
  read: STAFF,
  readPublishedOnly: ['anonymous'],
  update: WRITERS,
}
/** Payload's own bookkeeping: nobody outside may touch it; what staff may is Payload's business. */
const INTERNAL = 'internal' as const

const EXPECTED: Record<string, Rules | typeof INTERNAL> = {
  agreements: REPORTS,
  articles: REPORTS,
  countries: { ...REFERENCE, create: ['admin'], delete: ['admin'], update: ['admin'] },
  delegations: REPORTS,
  events: REPORTS,
  media: MEDIA,
  organizations: REFERENCE,
  'payload-jobs': INTERNAL,
  'payload-kv': INTERNAL,
  'payload-locked-documents': INTERNAL,
  'payload-migrations': INTERNAL,
  'payload-preferences': INTERNAL,
  people: REFERENCE,
  // The feed's storage: written by the workflow alone, read by everyone through GET /api/changes.
  'public-changes': { create: [], delete: [], read: STAFF, update: [] },
  // Never public; who may take its transitions is the workflow's (tests/int/releases.int.spec.ts).
  releases: { create: WRITERS, delete: EDITORS, read: STAFF, readVersions: STAFF, update: WRITERS },
  topics: REFERENCE,
  // Websites' keys (docs/consumer-keys.md): admins only; their usage is written by the server alone.
  consumers: { create: ['admin'], delete: ['admin'], read: ['admin'], update: ['admin'] },
  'consumer-usage': { create: [], delete: [], read: ['admin'], update: [] },
  // Staff see each other (to assign reviews); only admins manage accounts (everyone may edit their own: tested elsewhere).
  users: { create: ['admin'], delete: ['admin'], read: STAFF, update: ['admin'] },
  // Webhooks (docs/webhooks.md): endpoints and their secrets are the admins'; the log is written by the system alone.
  'webhook-deliveries': { create: [], delete: ['admin'], read: ['admin'], update: [] },
  'webhook-endpoints': { create: ['admin'], delete: ['admin'], read: ['admin'], update: ['admin'] },
  'workflow-events': { create: [], delete: [], read: STAFF, update: [] },
  // Each user's inbox: written by the workflow alone; a notification (here another user's) is read and marked read by its recipient only (plugin.int.spec.ts).
  'workflow-notifications': { create: [], delete: [], read: [], update: [] },
}

const ACTORS: Actor[] = ['anonymous', ...ROLES]

// Webhook endpoints may point to this host only (src/settings/webhooks.ts).
process.env.WEBHOOK_ALLOWED_HOSTS = 'hooks.example.org'

describeIntegration('access-control matrix', () => {
  let ctx: TestPayload
  let payload: Payload
  let api: ReturnType<typeof apiClient>
  let staff: Staff
  let counter = 0
  const countries: (number | string)[] = []
  let consumer: number | string
  /** A user none of the actors is: the recipient of the notifications made here. */
  let bystander: number | string
  let png: Buffer

  beforeAll(async () => {
    ctx = await startTestPayload()
    payload = ctx.payload
    api = apiClient(ctx.config)
    staff = await createStaff(payload, api)
    for (const code of ['EG', 'CN'])
      countries.push(
        (await payload.create({ collection: 'countries', data: { code, name: code } })).id,
      )
    consumer = (await payload.create({ collection: 'consumers', data: { name: 'A website' } })).id
    bystander = (
      await payload.create({
        collection: 'users',
        data: {
          email: 'bystander@example.org',
          name: 'bystander',
          password: 'a long enough password',
          roles: ['author'],
        },
      })
    ).id
    png = await sharp({ create: { background: '#2a6', channels: 3, height: 8, width: 8 } })
      .png()
      .toBuffer()
    // GraphQL builds its schema on the first request; the input type names come from it.
    await api.graphql('{ __typename }')
  }, 120_000)
  afterAll(() => ctx?.stop())

  const token = (actor: Actor) => (actor === 'anonymous' ? undefined : staff.tokens[actor])
  const userOf = async (actor: Actor) =>
    actor === 'anonymous'
      ? undefined
      : await payload.findByID({ collection: 'users', id: staff.ids[actor] })

  /** Valid data for a new document of the collection, unique each time. */
  const sample = (slug: string): Record<string, unknown> => {
    const n = ++counter
    switch (slug) {
      case 'agreements':
        return {
          kind: 'protocol',
          parties: countries.map((country) => ({ country })),
          status: 'signed',
          title: `اتفاق ${n}`,
        }
      case 'articles':
        return { title: `مقال ${n}` }
      case 'consumers':
        return { name: `موقع ${n}` }
      case 'consumer-usage':
        return { consumer, day: `2026-01-01+${n}`, requests: n }
      case 'countries':
        // Two capital letters, never a code the suite uses for real countries.
        return {
          code: `${'QXZJ'[Math.floor(n / 26) % 4]}${String.fromCharCode(65 + (n % 26))}`,
          name: `بلد ${n}`,
        }
      case 'delegations':
        return { direction: 'incoming', name: `وفد ${n}` }
      case 'events':
        return { kind: 'talks', title: `فعالية ${n}` }
      case 'media':
        return { alt: `صورة ${n}` }
      case 'organizations':
      case 'people':
        return { name: `اسم ${n}` }
      case 'releases':
        return { title: `إصدار ${n}` }
      case 'topics':
        return { key: `topic-${n}`, name: `موضوع ${n}` }
      case 'public-changes':
        return {
          at: new Date().toISOString(),
          collection: 'articles',
          document: String(n),
          kind: 'published',
          locales: ['ar'],
        }
      case 'workflow-notifications':
        return {
          action: { ar: 'نشر', en: 'Publish' },
          collection: 'articles',
          document: String(n),
          recipient: bystander,
          title: { ar: `مقال ${n}` },
          transition: 'publish',
        }
      case 'webhook-endpoints':
        return { description: `نقطة ${n}`, url: `https://hooks.example.org/${n}` }
      case 'webhook-deliveries':
        return { body: { event: 'published' }, event: 'published', status: 'pending' }
      case 'users':
        return {
          email: `user-${n}@example.org`,
          name: `user ${n}`,
          password: 'a long enough password',
          roles: ['author'],
        }
      default:
        return {
          collection: 'articles',
          document: '1',
          from: 'draft',
          sequence: 1000 + n,
          sequenceKey: `forged:${n}`,
          to: 'published',
          transition: 'publish',
        }
    }
  }

  const drafts = (slug: string) =>
    Boolean(payload.collections[slug as CollectionSlug].config.versions?.drafts)

  /**
   * A document made by the system, for reading, updating and deleting. A "published" media
   * item is one a public document uses: a person's photo; an unpublished one, used by nothing.
   */
  const fixture = async (slug: string, published = false) => {
    const data = {
      ...sample(slug),
      ...(drafts(slug) ? { _status: published ? 'published' : 'draft' } : {}),
    }
    const file =
      slug === 'media'
        ? { data: png, mimetype: 'image/png', name: `m${counter}.png`, size: png.length }
        : undefined
    const { id } = await payload.create({
      collection: slug as CollectionSlug,
      context: AS_IMPORT,
      data: data as never,
      file,
    })
    if (slug === 'media' && published) {
      await payload.create({
        collection: 'people',
        context: AS_IMPORT,
        data: {
          ...(sample('people') as { name: string }),
          _status: 'published',
          photo: id as number,
        },
      })
    }
    return id
  }

  /** Whether the collection's documents come published and unpublished (drafts, or media used or not). */
  const hasUnpublished = (slug: string) => drafts(slug) || slug === 'media'

  const graphQLNames = (slug: string) => {
    const { graphQL } = payload.collections[slug as CollectionSlug] as unknown as {
      graphQL?: {
        mutationInputType?: { ofType: { name: string } }
        pluralName: string
        singularName: string
        updateMutationInputType?: { ofType: { name: string } }
      }
    }
    return graphQL
  }

  /** Whether each API let the actor do it: [REST, GraphQL (undefined when GraphQL has no such operation), Local API]. */
  const attempt = async (
    slug: string,
    operation: Operation,
    actor: Actor,
    id?: number | string,
  ) => {
    const draftQuery = drafts(slug) ? '?draft=true' : ''
    const user = await userOf(actor)
    const names = graphQLNames(slug)
    const gql = async (query: string, variables: Record<string, unknown> = {}) => {
      const { body } = await api.graphql(query, { token: token(actor), variables })
      return !body.errors && Object.values(body.data ?? {}).every((value) => value !== null)
    }
    const local = (run: () => Promise<unknown>) =>
      run().then(
        () => true,
        () => false,
      )
    const slugAs = slug as CollectionSlug

    switch (operation) {
      case 'create': {
        let rest: Response
        if (slug === 'media') {
          const form = new FormData()
          form.append(
            'file',
            new Blob([new Uint8Array(png)], { type: 'image/png' }),
            `rest-${counter}.png`,
          )
          form.append('_payload', JSON.stringify(sample(slug)))
          rest = await api.request('POST', `/${slug}`, { form, token: token(actor) })
        } else {
          rest = await api.request('POST', `/${slug}${draftQuery}`, {
            body: sample(slug),
            token: token(actor),
          })
        }
        const viaGraphQL =
          names?.mutationInputType && slug !== 'media'
            ? await gql(
                `mutation($data: ${names.mutationInputType.ofType.name}!) { create${names.singularName}(data: $data) { id } }`,
                {
                  data: sample(slug),
                },
              )
            : undefined
        const file =
          slug === 'media'
            ? { data: png, mimetype: 'image/png', name: `local-${counter}.png`, size: png.length }
            : undefined
        const viaLocal = await local(() =>
          payload.create({
            collection: slugAs,
            data: sample(slug) as never,
            file,
            overrideAccess: false,
            user,
          }),
        )
        return [rest.status === 201, viaGraphQL, viaLocal]
      }
      case 'read': {
        const rest = await api.request('GET', `/${slug}/${id}${draftQuery}`, {
          token: token(actor),
        })
        const viaGraphQL = names
          ? await gql(
              `query($id: ${typeof id === 'number' ? 'Int' : 'String'}!) { ${names.singularName}(id: $id${drafts(slug) ? ', draft: true' : ''}) { id } }`,
              { id },
            )
          : undefined
        const viaLocal = await local(() =>
          payload.findByID({
            collection: slugAs,
            draft: true,
            id: id!,
            overrideAccess: false,
            user,
          }),
        )
        return [rest.status === 200, viaGraphQL, viaLocal]
      }
      case 'update': {
        const change = { ...sample(slug) }
        delete change.password
        const rest = await api.request('PATCH', `/${slug}/${id}${draftQuery}`, {
          body: change,
          token: token(actor),
        })
        const idType = typeof id === 'number' ? 'Int' : 'String'
        const viaGraphQL = names?.updateMutationInputType
          ? await gql(
              `mutation($id: ${idType}!, $data: ${names.updateMutationInputType.ofType.name}!) { update${names.singularName}(id: $id, data: $data${drafts(slug) ? ', draft: true' : ''}) { id } }`,
              { data: change, id },
            )
          : undefined
        const viaLocal = await local(() =>
          payload.update({
            collection: slugAs,
            data: change as never,
            draft: drafts(slug),
            id: id!,
            overrideAccess: false,
            user,
          }),
        )
        return [rest.status === 200, viaGraphQL, viaLocal]
      }
      case 'delete': {
        const [forRest, forGraphQL, forLocal] = [
          await fixture(slug),
          await fixture(slug),
          await fixture(slug),
        ]
        const rest = await api.request('DELETE', `/${slug}/${forRest}`, { token: token(actor) })
        const viaGraphQL = names
          ? await gql(
              `mutation($id: ${typeof forGraphQL === 'number' ? 'Int' : 'String'}!) { delete${names.singularName}(id: $id) { id } }`,
              { id: forGraphQL },
            )
          : undefined
        const viaLocal = await local(() =>
          payload.delete({ collection: slugAs, id: forLocal, overrideAccess: false, user }),
        )
        return [rest.status === 200, viaGraphQL, viaLocal]
      }
      case 'submit': {
        const [forRest, forGraphQL, forLocal] = [
          await fixture(slug),
          await fixture(slug),
          await fixture(slug),
        ]
        const rest = await api.request('POST', `/${slug}/${forRest}/workflow`, {
          body: { transition: 'submit' },
          token: token(actor),
        })
        const viaGraphQL = await gql(
          `mutation($id: ID!) { workflowTransition(collection: "${slug}", id: $id, transition: "submit") { state } }`,
          {
            id: String(forGraphQL),
          },
        )
        const options = resolveWorkflowOptions(WORKFLOW_OPTIONS, payload.config as never)
        const req = await createLocalReq({ user }, payload)
        const viaLocal = await local(() =>
          performTransition({
            input: { transition: 'submit' },
            options,
            req,
            target: { collection: slug, id: forLocal },
          }),
        )
        return [rest.status === 200, viaGraphQL, viaLocal]
      }
      case 'readVersions': {
        const rest = await api.request('GET', `/${slug}/versions`, { token: token(actor) })
        const viaGraphQL = names
          ? await gql(`{ versions${names.pluralName} { docs { id } } }`)
          : undefined
        const viaLocal = await local(() =>
          payload.findVersions({ collection: slugAs, overrideAccess: false, user }),
        )
        return [rest.status === 200, viaGraphQL, viaLocal]
      }
    }
  }

  it('has an entry for every collection of the config, and only those', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(
      ctx.config.collections.map((collection) => collection.slug).sort(),
    )
  })

  const appCollections = Object.entries(EXPECTED).filter(
    (entry): entry is [string, Rules] => entry[1] !== INTERNAL,
  )

  it.each(appCollections)(
    '%s: create, read, update, delete and versions, per role, through every API',
    async (slug, rules) => {
      const problems: string[] = []
      const check = (
        operation: string,
        actor: Actor,
        expected: boolean,
        results: (boolean | undefined)[],
      ) => {
        ;['REST', 'GraphQL', 'Local API'].forEach((apiName, i) => {
          if (results[i] !== undefined && results[i] !== expected) {
            problems.push(
              `${actor} ${operation} via ${apiName}: expected ${expected ? 'allowed' : 'refused'}`,
            )
          }
        })
      }
      const published = await fixture(slug, true)
      const draft = hasUnpublished(slug) ? await fixture(slug, false) : published
      for (const actor of ACTORS) {
        check(
          'create',
          actor,
          Boolean(rules.create?.includes(actor)),
          await attempt(slug, 'create', actor),
        )
        const readsAll = Boolean(rules.read?.includes(actor))
        const readsPublished = readsAll || Boolean(rules.readPublishedOnly?.includes(actor))
        check(
          'read published',
          actor,
          readsPublished,
          await attempt(slug, 'read', actor, published),
        )
        check('read draft', actor, readsAll, await attempt(slug, 'read', actor, draft))
        check(
          'update',
          actor,
          Boolean(rules.update?.includes(actor)),
          await attempt(slug, 'update', actor, draft),
        )
        check(
          'delete',
          actor,
          Boolean(rules.delete?.includes(actor)),
          await attempt(slug, 'delete', actor),
        )
        if (payload.collections[slug as CollectionSlug].config.versions) {
          check(
            'read versions',
            actor,
            Boolean(rules.readVersions?.includes(actor)),
            await attempt(slug, 'readVersions', actor),
          )
        }
        if (rules.submit)
          check(
            'submit for review',
            actor,
            rules.submit.includes(actor),
            await attempt(slug, 'submit', actor),
          )
      }
      expect(problems).toEqual([])
    },
    120_000,
  )

  it.each(Object.keys(EXPECTED).filter((slug) => EXPECTED[slug] === INTERNAL))(
    '%s: refuses anonymous callers everything',
    async (slug) => {
      // 403, or 501 where Payload mounts no REST route for the collection at all (payload-migrations).
      const refusals = [403, 501]
      expect(refusals).toContain((await api.request('GET', `/${slug}`)).status)
      expect(refusals).toContain((await api.request('POST', `/${slug}`, { body: {} })).status)
      await expect(
        payload.find({
          collection: slug as CollectionSlug,
          overrideAccess: false,
          user: undefined,
        }),
      ).rejects.toMatchObject({ status: 403 })
    },
  )

  it('lets only administrators run the queued jobs on demand (GET /api/payload-jobs/run)', async () => {
    const statuses: Partial<Record<Actor, number>> = {}
    for (const actor of ['anonymous', ...ROLES] as Actor[])
      statuses[actor] = (
        await api.request('GET', '/payload-jobs/run', { token: token(actor) })
      ).status
    expect(statuses).toEqual({
      admin: 200,
      anonymous: 401,
      author: 401,
      editor: 401,
      reviewer: 401,
      translator: 401,
    })
  })
})
