import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { RELEASES_SLUG, WORKFLOW_IMPORT } from '@jusur/editorial-workflow'

import { inTransaction } from '../db/transaction'
import { nameKey } from '../lib/normalize'
import { loadCountries } from './countries'
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users'
import {
  FOLLOW_UP_ARTICLE,
  FOLLOW_UP_DELEGATION,
  FOLLOW_UP_EVENT,
  FOLLOW_UP_LINKS,
  FOLLOW_UP_RELEASE,
} from './follow-up-report'
import { type LinkTarget, paragraphsToLexical } from './lexical'
import {
  REPORT_ARTICLE,
  REPORT_ARTICLE_EDITORS_NOTE,
  REPORT_ARTICLE_PUBLISHED_AT,
} from './report-article'
import {
  AGREEMENTS,
  ARTICLE_LINKS,
  DELEGATIONS,
  EVENTS,
  ORGANIZATIONS,
  PEOPLE,
  type SeedDate,
  type Text,
  TOPICS,
} from './report-entities'

export type SeedReport = { created: string[]; existing: string[] }

type Id = number | string
type Row = Record<string, unknown> & { id?: string }
type Data = Record<string, unknown>
/** Finds the document by `where` (read in English) or creates it in Arabic and then adds its English text. */
type Upsert = (
  collection: CollectionSlug,
  key: string,
  where: Where,
  ar: Data,
  en: (created: Data) => Data,
) => Promise<Id>

/**
 * Loads the demo accounts and the whole report: countries, topics, the
 * organizations, people, delegations, agreements and events it mentions, and
 * the article about it, all linked, published; and a follow-up report in a
 * release waiting for review. Idempotent: what already exists (found by
 * e-mail, code, key or English name) is left as it is, so a second run changes
 * nothing and never overwrites an editor's changes. All of it is written in
 * one transaction: a seed that fails halfway leaves nothing behind.
 */
export const seedDemoContent = (payload: Payload): Promise<SeedReport> =>
  inTransaction(payload, (req) => seedInto(payload, req))

const seedInto = async (payload: Payload, req: PayloadRequest): Promise<SeedReport> => {
  const report: SeedReport = { created: [], existing: [] }
  const ids = new Map<string, Id>()
  const idOf = (collection: string, key: string): Id => {
    const id = ids.get(`${collection}:${key}`)
    if (id === undefined) throw new Error(`seed: no ${collection} "${key}"`)
    return id
  }
  const idsOf = (collection: string, keys: string[] = []) =>
    keys.map((key) => idOf(collection, key))

  const upsert: Upsert = async (collection, key, where, ar, en) => {
    const found = await payload.find({ collection, depth: 0, limit: 1, locale: 'en', req, where })
    let id: Id | undefined = found.docs[0]?.id
    if (id !== undefined) {
      report.existing.push(`${collection} ${key}`)
    } else {
      const created = (await payload.create({
        collection,
        context: IMPORT,
        data: ar as never,
        depth: 0,
        locale: 'ar',
        req,
      })) as unknown as Data
      id = created.id as Id
      await payload.update({
        collection,
        context: IMPORT,
        data: en(created) as never,
        depth: 0,
        id,
        locale: 'en',
        req,
      })
      report.created.push(`${collection} ${key}`)
    }
    ids.set(`${collection}:${key}`, id)
    return id
  }

  /** The English version of a stored array: the same rows (same ids), English text in place. */
  const englishRows = (rows: unknown, english: Data[]): Row[] =>
    ((rows as Row[] | undefined) ?? []).map((row, i) => ({ ...row, ...english[i] }))

  const published = { _status: 'published' as const }
  // The demo content is published as it stands, as an import: it does not go through review.
  const IMPORT = { [WORKFLOW_IMPORT]: true }
  const date = (value?: SeedDate) => value ?? { date: null }

  for (const user of DEMO_USERS) {
    const found = await payload.find({
      collection: 'users',
      depth: 0,
      limit: 1,
      req,
      where: { email: { equals: user.email } },
    })
    let id: Id | undefined = found.docs[0]?.id
    if (id !== undefined) {
      report.existing.push(user.email)
    } else {
      const created = await payload.create({
        collection: 'users',
        data: { email: user.email, name: user.name, password: DEMO_PASSWORD, roles: [user.role] },
        req,
      })
      id = created.id
      report.created.push(user.email)
    }
    ids.set(`users:${user.role}`, id)
  }

  const countriesAdded = await loadCountries(payload, req)
  if (countriesAdded > 0) report.created.push(`${countriesAdded} countries`)
  const countries = await payload.find({
    collection: 'countries',
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    select: { code: true },
  })
  for (const country of countries.docs) ids.set(`countries:${country.code}`, country.id)

  for (const topic of TOPICS) {
    await upsert(
      'topics',
      topic.key,
      { key: { equals: topic.key } },
      { ...published, key: topic.key, name: topic.name.ar },
      () => ({ ...published, name: topic.name.en }),
    )
  }

  const byName = (name: Text): Where => ({ nameKeys: { in: [nameKey(name.en)] } })
  for (const org of ORGANIZATIONS) {
    await upsert(
      'organizations',
      org.key,
      byName(org.name),
      {
        ...published,
        acronym: org.acronym?.ar,
        aliases: (org.aliases ?? []).map((name) => ({ name })),
        country: org.country ? idOf('countries', org.country) : undefined,
        kind: org.kind,
        name: org.name.ar,
        parent: org.parent ? idOf('organizations', org.parent) : undefined,
      },
      () => ({ ...published, acronym: org.acronym?.en, name: org.name.en }),
    )
  }

  for (const person of PEOPLE) {
    const positions = person.positions.map((position) => ({
      from: position.from,
      organization: idOf('organizations', position.organization),
      to: position.to,
    }))
    await upsert(
      'people',
      person.key,
      byName(person.name),
      {
        ...published,
        aliases: (person.aliases ?? []).map((name) => ({ name })),
        country: idOf('countries', person.country),
        name: person.name.ar,
        positions: positions.map((row, i) => ({ ...row, title: person.positions[i]!.title.ar })),
      },
      (created) => ({
        ...published,
        name: person.name.en,
        positions: englishRows(
          created.positions,
          person.positions.map((p) => ({ title: p.title.en })),
        ),
      }),
    )
  }

  for (const delegation of DELEGATIONS) {
    await upsert(
      'delegations',
      delegation.key,
      { name: { equals: delegation.name.en } },
      {
        ...published,
        direction: delegation.direction,
        head: { person: idOf('people', delegation.head.person), title: delegation.head.title.ar },
        level: delegation.level,
        members: idsOf('people', delegation.members),
        name: delegation.name.ar,
        purpose: delegation.purpose.ar,
        representedCountry: delegation.representedCountry
          ? idOf('countries', delegation.representedCountry)
          : undefined,
        representedOrganization: delegation.representedOrganization
          ? idOf('organizations', delegation.representedOrganization)
          : undefined,
        startDate: date(delegation.start),
      },
      (created) => ({
        ...published,
        head: { ...(created.head as Data), title: delegation.head.title.en },
        name: delegation.name.en,
        purpose: delegation.purpose.en,
      }),
    )
  }

  // Agreements before events (events list the agreements they concern); each signing event is set afterwards.
  for (const agreement of AGREEMENTS) {
    const parties = agreement.parties.map((party) => ({
      country: party.country ? idOf('countries', party.country) : undefined,
      organization: party.organization ? idOf('organizations', party.organization) : undefined,
      signatory: party.signatory ? idOf('people', party.signatory) : undefined,
    }))
    const phases = agreement.phases ?? []
    await upsert(
      'agreements',
      agreement.key,
      { title: { equals: agreement.title.en } },
      {
        ...published,
        domains: idsOf('topics', agreement.domains),
        kind: agreement.kind,
        parties: parties.map((row, i) => ({
          ...row,
          signatoryTitle: agreement.parties[i]!.signatoryTitle?.ar,
        })),
        phases: phases.map((phase) => ({
          description: phase.description.ar,
          endDate: date(phase.end),
          name: phase.name.ar,
          plannedCourses: phase.plannedCourses,
          startDate: date(phase.start),
        })),
        signingDate: date(agreement.signingDate),
        status: agreement.status,
        summary: agreement.summary.ar,
        title: agreement.title.ar,
      },
      (created) => ({
        ...published,
        parties: englishRows(
          created.parties,
          agreement.parties.map((p) => ({ signatoryTitle: p.signatoryTitle?.en })),
        ),
        phases: englishRows(
          created.phases,
          phases.map((p) => ({ description: p.description.en, name: p.name.en })),
        ),
        summary: agreement.summary.en,
        title: agreement.title.en,
      }),
    )
  }

  for (const event of EVENTS) {
    const description = (text: string, direction: 'ltr' | 'rtl') =>
      paragraphsToLexical([text], direction)
    await upsert(
      'events',
      event.key,
      { title: { equals: event.title.en } },
      {
        ...published,
        agreements: idsOf('agreements', event.agreements),
        delegations: idsOf('delegations', event.delegations),
        description: description(event.description.ar, 'rtl'),
        endDate: date(event.end),
        host: event.host ? idOf('organizations', event.host) : undefined,
        kind: event.kind,
        location: {
          city: event.location?.city?.ar,
          country: event.location?.country ? idOf('countries', event.location.country) : undefined,
          venue: event.location?.venue?.ar,
        },
        parentEvent: event.parent ? idOf('events', event.parent) : undefined,
        participants: idsOf('people', event.participants),
        participatingOrganizations: idsOf('organizations', event.participatingOrganizations),
        startDate: date(event.start),
        title: event.title.ar,
      },
      (created) => ({
        ...published,
        description: description(event.description.en, 'ltr'),
        location: {
          ...(created.location as Data),
          city: event.location?.city?.en,
          venue: event.location?.venue?.en,
        },
        title: event.title.en,
      }),
    )
  }

  for (const agreement of AGREEMENTS.filter((a) => a.signingEvent)) {
    const id = idOf('agreements', agreement.key)
    const stored = await payload.findByID({ collection: 'agreements', depth: 0, id, req })
    if (stored.signingEvent) continue
    await payload.update({
      collection: 'agreements',
      context: IMPORT,
      data: { ...published, signingEvent: idOf('events', agreement.signingEvent!) as number },
      depth: 0,
      id,
      req,
    })
  }

  const resolve = (collection: string, key: string): LinkTarget => ({
    relationTo: collection,
    value: idOf(collection, key),
  })
  const { ar, en } = REPORT_ARTICLE
  const links = {
    agreements: idsOf('agreements', ARTICLE_LINKS.agreements),
    countries: idsOf('countries', ARTICLE_LINKS.countries),
    delegations: idsOf('delegations', ARTICLE_LINKS.delegations),
    events: idsOf('events', ARTICLE_LINKS.events),
    organizations: idsOf('organizations', ARTICLE_LINKS.organizations),
    people: idsOf('people', ARTICLE_LINKS.people),
    topics: idsOf('topics', ARTICLE_LINKS.topics),
  }
  await upsert(
    'articles',
    'report',
    { slug: { equals: en.slug } },
    {
      ...published,
      ...links,
      body: paragraphsToLexical(ar.body, 'rtl', resolve),
      publishedAt: REPORT_ARTICLE_PUBLISHED_AT,
      // Published with an editor's note, as the public record keeps it (the workflow's `corrections`).
      corrections: [
        {
          at: REPORT_ARTICLE_PUBLISHED_AT,
          kind: 'editors_note',
          note: REPORT_ARTICLE_EDITORS_NOTE.ar,
        },
      ],
      lastPublishedAt: REPORT_ARTICLE_PUBLISHED_AT,
      slug: ar.slug,
      sourceAttribution: ar.sourceAttribution,
      summary: ar.summary,
      title: ar.title,
    },
    (created) => ({
      ...published,
      body: paragraphsToLexical(en.body, 'ltr', resolve),
      corrections: englishRows(created.corrections, [{ note: REPORT_ARTICLE_EDITORS_NOTE.en }]),
      slug: en.slug,
      sourceAttribution: en.sourceAttribution,
      summary: en.summary,
      title: en.title,
    }),
  )

  await seedFollowUpRelease({ date, idOf, idsOf, resolve, upsert })
  return report
}

type Seeding = {
  date: (value?: SeedDate) => SeedDate | { date: null }
  idOf: (collection: string, key: string) => Id
  idsOf: (collection: string, keys?: string[]) => Id[]
  resolve: (collection: string, key: string) => LinkTarget
  upsert: Upsert
}

/**
 * A follow-up report (article, new event, new delegation) held by a release,
 * all submitted by the demo author and waiting in the reviewer's queue, so
 * that the demo shows a release in review. Written as an import, with the
 * bookkeeping a submission leaves: a draft in review, submitted and last
 * edited by the author, its only contributor.
 */
const seedFollowUpRelease = async ({ date, idOf, idsOf, resolve, upsert }: Seeding) => {
  const author = idOf('users', 'author')
  // The gate clears a new document's submitter and last editor: the English write sets them.
  const inReview = {
    _status: 'draft' as const,
    workflow: { contributors: [author], lastEditedBy: author, submittedBy: author },
    workflowState: 'in_review',
  }
  const delegation = FOLLOW_UP_DELEGATION
  const delegationId = await upsert(
    'delegations',
    delegation.key,
    { name: { equals: delegation.name.en } },
    {
      ...inReview,
      direction: delegation.direction,
      level: delegation.level,
      name: delegation.name.ar,
      purpose: delegation.purpose.ar,
      representedCountry: idOf('countries', delegation.representedCountry),
      representedOrganization: idOf('organizations', delegation.representedOrganization),
      startDate: date(delegation.start),
    },
    () => ({ ...inReview, name: delegation.name.en, purpose: delegation.purpose.en }),
  )

  const event = FOLLOW_UP_EVENT
  const eventId = await upsert(
    'events',
    event.key,
    { title: { equals: event.title.en } },
    {
      ...inReview,
      agreements: idsOf('agreements', event.agreements),
      delegations: [delegationId],
      description: paragraphsToLexical([event.description.ar], 'rtl'),
      host: idOf('organizations', event.host),
      kind: event.kind,
      location: {
        city: event.location.city.ar,
        country: idOf('countries', event.location.country),
        venue: event.location.venue.ar,
      },
      participatingOrganizations: idsOf('organizations', event.participatingOrganizations),
      startDate: date(event.start),
      title: event.title.ar,
    },
    (created) => ({
      ...inReview,
      description: paragraphsToLexical([event.description.en], 'ltr'),
      location: {
        ...(created.location as Data),
        city: event.location.city.en,
        venue: event.location.venue.en,
      },
      title: event.title.en,
    }),
  )

  const { ar, en } = FOLLOW_UP_ARTICLE
  const articleId = await upsert(
    'articles',
    'follow-up',
    { slug: { equals: en.slug } },
    {
      ...inReview,
      agreements: idsOf('agreements', FOLLOW_UP_LINKS.agreements),
      body: paragraphsToLexical(ar.body, 'rtl', resolve),
      countries: idsOf('countries', FOLLOW_UP_LINKS.countries),
      delegations: [delegationId],
      events: [eventId, ...idsOf('events', FOLLOW_UP_LINKS.events)],
      organizations: idsOf('organizations', FOLLOW_UP_LINKS.organizations),
      slug: ar.slug,
      sourceAttribution: ar.sourceAttribution,
      summary: ar.summary,
      title: ar.title,
      topics: idsOf('topics', FOLLOW_UP_LINKS.topics),
    },
    () => ({
      ...inReview,
      body: paragraphsToLexical(en.body, 'ltr', resolve),
      slug: en.slug,
      sourceAttribution: en.sourceAttribution,
      summary: en.summary,
      title: en.title,
    }),
  )

  const release = FOLLOW_UP_RELEASE
  await upsert(
    RELEASES_SLUG,
    'follow-up',
    { title: { equals: release.title.en } },
    {
      ...inReview,
      items: [
        { relationTo: 'articles', value: articleId },
        { relationTo: 'events', value: eventId },
        { relationTo: 'delegations', value: delegationId },
      ],
      note: release.note.ar,
      title: release.title.ar,
    },
    () => ({ ...inReview, note: release.note.en, title: release.title.en }),
  )
}
