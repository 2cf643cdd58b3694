/**
 * The benchmark dataset: a realistic bilingual newsroom, written through the
 * Local API (every hook runs, as it would for an editor), from a fixed seed so
 * that every run makes the same documents.
 *
 * Sizes at scale 1 are the issue's: 10,000 articles, 5,000 events, 2,000
 * delegations, 1,000 agreements, 3,000 people, 1,000 organizations, all
 * countries. Every article links several events, agreements, people and
 * countries; about a third of the articles and events carry a newer draft in
 * review over their published version.
 *
 * Safe to interrupt and re-run: documents are made in order, one collection
 * after another, in batches that are each one transaction, so the number
 * already stored says where to go on; the last one is written again whole
 * (where the database has no transactions it may have been cut off between
 * its languages or before its draft) before going on.
 */
import type { CollectionSlug, Payload } from 'payload'

import { WORKFLOW_IMPORT } from '@jusur/editorial-workflow'

import { releaseDriverMemory } from '../src/db/native-memory'
import { inTransaction } from '../src/db/transaction'
import { loadCountries } from '../src/seed/countries'
import { paragraphsToLexical } from '../src/seed/lexical'
import { generateArticle, random } from './generate'
import { BENCH_PASSWORD, BENCH_STAFF, benchEmail } from './writes'

export const SIZES_AT_SCALE_1 = {
  organizations: 1000,
  people: 3000,
  delegations: 2000,
  agreements: 1000,
  events: 5000,
  articles: 10000,
} as const

type Generated = keyof typeof SIZES_AT_SCALE_1
type Id = number | string
type Data = Record<string, unknown>
type Ids = Record<Generated | 'countries' | 'topics', Id[]>

export const sizesFor = (scale: number): Record<Generated, number> =>
  Object.fromEntries(
    Object.entries(SIZES_AT_SCALE_1).map(([name, size]) => [
      name,
      Math.max(1, Math.round(size * scale)),
    ]),
  ) as Record<Generated, number>

/** Generated content is an import: published as it stands, not taken through review. */
const IMPORT = { [WORKFLOW_IMPORT]: true }
const PUBLISHED = { _status: 'published', workflowState: 'published' }
/** A newer draft over the published version, waiting for a reviewer. */
const IN_REVIEW = { workflowState: 'in_review' }

const TOPIC_NAMES = [
  { ar: 'مكافحة الإرهاب', en: 'Counter-terrorism', key: 'counter-terrorism' },
  { ar: 'الجريمة المنظمة', en: 'Organized crime', key: 'organized-crime' },
  { ar: 'الهجرة غير النظامية', en: 'Irregular migration', key: 'irregular-migration' },
  { ar: 'حفظ السلام', en: 'Peacekeeping', key: 'peacekeeping' },
  { ar: 'الحماية المدنية', en: 'Civil protection', key: 'civil-protection' },
  { ar: 'الأمن السيبراني', en: 'Cybersecurity', key: 'cybersecurity' },
  { ar: 'التدريب المشترك', en: 'Joint training', key: 'joint-training' },
  { ar: 'أمن الحدود', en: 'Border security', key: 'border-security' },
]

const FIRST = [
  { ar: 'محمد', en: 'Mohamed' },
  { ar: 'أحمد', en: 'Ahmed' },
  { ar: 'خالد', en: 'Khaled' },
  { ar: 'سارة', en: 'Sara' },
  { ar: 'ليلى', en: 'Laila' },
  { ar: 'وانغ', en: 'Wang' },
  { ar: 'ماريو', en: 'Mario' },
  { ar: 'أمادو', en: 'Amadou' },
  { ar: 'فاطمة', en: 'Fatima' },
  { ar: 'جون', en: 'John' },
  { ar: 'آنا', en: 'Anna' },
  { ar: 'يوسف', en: 'Youssef' },
]
const LAST = [
  { ar: 'حسن', en: 'Hassan' },
  { ar: 'عبد الله', en: 'Abdallah' },
  { ar: 'ديالو', en: 'Diallo' },
  { ar: 'روسي', en: 'Rossi' },
  { ar: 'لي', en: 'Li' },
  { ar: 'منصور', en: 'Mansour' },
  { ar: 'كمارا', en: 'Camara' },
  { ar: 'بيانكي', en: 'Bianchi' },
  { ar: 'سالم', en: 'Salem' },
  { ar: 'نور', en: 'Nour' },
  { ar: 'تشانغ', en: 'Zhang' },
  { ar: 'إدريس', en: 'Idris' },
]
const BODIES = [
  { ar: 'وزارة', en: 'Ministry' },
  { ar: 'أكاديمية', en: 'Academy' },
  { ar: 'مديرية', en: 'Directorate' },
  { ar: 'مركز', en: 'Centre' },
]
const FIELDS = [
  { ar: 'الأمن العام', en: 'Public Security' },
  { ar: 'الشرطة', en: 'Police' },
  { ar: 'الحماية المدنية', en: 'Civil Protection' },
  { ar: 'مكافحة المخدرات', en: 'Drug Control' },
  { ar: 'الهجرة', en: 'Migration' },
  { ar: 'التدريب الأمني', en: 'Security Training' },
]

/** The first option value of a select field of a collection, as the configuration defines it. */
const optionsOf = (payload: Payload, collection: CollectionSlug, path: string[]): string[] => {
  let fields = payload.collections[collection].config.flattenedFields as unknown as {
    fields?: unknown
    name: string
    options?: unknown
  }[]
  let field: { fields?: unknown; name: string; options?: unknown } | undefined
  for (const name of path) {
    field = fields.find((candidate) => candidate.name === name)
    fields = (field?.fields ?? []) as typeof fields
  }
  return ((field?.options ?? []) as ({ value: string } | string)[]).map((option) =>
    typeof option === 'string' ? option : option.value,
  )
}

/**
 * Documents written in one transaction. After each batch the SQLite driver's
 * memory is released (src/db/native-memory.ts).
 */
const BATCH_SIZE = 100
const PROGRESS_EVERY = 500

export type Progress = (line: string) => void

/** Makes (or completes) the dataset for a scale; returns documents written per second. */
export const generateDataset = async (
  payload: Payload,
  scale: number,
  progress: Progress,
): Promise<{ documents: number; perSecond: number; seconds: number }> => {
  const sizes = sizesFor(scale)
  const started = performance.now()
  let written = 0

  await ensureBenchStaff(payload)
  await loadCountries(payload)
  const ids: Ids = {
    agreements: [],
    articles: [],
    countries: [],
    delegations: [],
    events: [],
    organizations: [],
    people: [],
    topics: await ensureTopics(payload),
  }
  ids.countries = await idsIn(payload, 'countries')

  const kinds = {
    agreement: optionsOf(payload, 'agreements', ['kind']),
    agreementStatus: optionsOf(payload, 'agreements', ['status']),
    direction: optionsOf(payload, 'delegations', ['direction']),
    event: optionsOf(payload, 'events', ['kind']),
    organization: optionsOf(payload, 'organizations', ['kind']),
  }

  const build: Record<
    Generated,
    (n: number, next: () => number) => { ar: Data; draft?: Data; en: Data }
  > = {
    organizations: (n, next) => {
      const body = pickFrom(BODIES, next)
      const field = pickFrom(FIELDS, next)
      return {
        ar: {
          country: pickFrom(ids.countries, next),
          kind: pickFrom(kinds.organization, next),
          name: `${body.ar} ${field.ar} ${n}`,
        },
        en: { name: `${body.en} of ${field.en} ${n}` },
      }
    },
    people: (n, next) => {
      const first = pickFrom(FIRST, next)
      const last = pickFrom(LAST, next)
      return {
        ar: { country: pickFrom(ids.countries, next), name: `${first.ar} ${last.ar} ${n}` },
        en: { name: `${first.en} ${last.en} ${n}` },
      }
    },
    delegations: (n, next) => {
      const members = pickSome(ids.people, 3, next)
      return {
        ar: {
          // The head of a delegation is one of its members.
          ...PUBLISHED,
          direction: pickFrom(kinds.direction, next),
          head: { person: members[0] },
          members,
          name: `وفد أمني رقم ${n}`,
          representedCountry: pickFrom(ids.countries, next),
          representedOrganization: pickFrom(ids.organizations, next),
        },
        en: { ...PUBLISHED, name: `Security delegation no. ${n}` },
      }
    },
    agreements: (n, next) => ({
      ar: {
        ...PUBLISHED,
        domains: pickSome(ids.topics, 2, next),
        kind: pickFrom(kinds.agreement, next),
        parties: [
          { country: pickFrom(ids.countries, next) },
          { country: pickFrom(ids.countries, next) },
        ],
        signatory: pickFrom(ids.people, next),
        status: pickFrom(kinds.agreementStatus, next),
        title: `بروتوكول تعاون أمني رقم ${n}`,
      },
      en: { ...PUBLISHED, title: `Security cooperation protocol no. ${n}` },
    }),
    events: (n, next) => {
      const article = generateArticle(100_000 + n)
      return {
        ar: {
          ...PUBLISHED,
          agreements: pickSome(ids.agreements, 1, next),
          delegations: pickSome(ids.delegations, 1, next),
          description: paragraphsToLexical([article.ar.summary], 'rtl'),
          host: pickFrom(ids.organizations, next),
          kind: pickFrom(kinds.event, next),
          location: { country: pickFrom(ids.countries, next) },
          participants: pickSome(ids.people, 3, next),
          title: article.ar.title,
        },
        draft: next() < 1 / 3 ? { title: `${article.ar.title} (محدّث)` } : undefined,
        en: {
          ...PUBLISHED,
          description: paragraphsToLexical([article.en.summary], 'ltr'),
          title: article.en.title,
        },
      }
    },
    articles: (n, next) => {
      const article = generateArticle(n)
      return {
        ar: {
          ...PUBLISHED,
          agreements: pickSome(ids.agreements, 2, next),
          body: paragraphsToLexical(article.ar.body, 'rtl'),
          countries: pickSome(ids.countries, 2, next),
          delegations: pickSome(ids.delegations, 1, next),
          events: pickSome(ids.events, 3, next),
          people: pickSome(ids.people, 4, next),
          publishedAt: article.publishedAt,
          summary: article.ar.summary,
          title: article.ar.title,
          topics: pickSome(ids.topics, 2, next),
        },
        draft: next() < 1 / 3 ? { summary: `${article.ar.summary} تحديث.` } : undefined,
        en: {
          ...PUBLISHED,
          body: paragraphsToLexical(article.en.body, 'ltr'),
          summary: article.en.summary,
          title: article.en.title,
        },
      }
    },
  }

  for (const collection of Object.keys(sizes) as Generated[]) {
    ids[collection] = await idsIn(payload, collection)
    const target = sizes[collection]
    // The last one stored may have been cut off anywhere (between its languages, before its draft): write it again, whole.
    const from = Math.max(0, Math.min(ids[collection].length, target) - 1)
    const startedCollection = performance.now()
    for (let start = from; start < target; start += BATCH_SIZE) {
      const end = Math.min(start + BATCH_SIZE, target)
      // The writes of a batch, all or nothing (on MongoDB without a replica set, the re-run above repairs a document cut off halfway).
      const made = await inTransaction(payload, async (req) => {
        const madeIds: Id[] = []
        for (let n = start; n < end; n++) {
          const doc = build[collection](n, random(hashOf(collection) + n))
          const existing = ids[collection][n]
          const docId =
            existing ??
            ((
              await payload.create({
                collection,
                context: IMPORT,
                data: doc.ar as never,
                depth: 0,
                locale: 'ar',
                req,
              })
            ).id as Id)
          if (existing !== undefined)
            await payload.update({
              collection,
              context: IMPORT,
              data: doc.ar as never,
              depth: 0,
              id: docId,
              locale: 'ar',
              req,
            })
          await payload.update({
            collection,
            context: IMPORT,
            data: doc.en as never,
            depth: 0,
            id: docId,
            locale: 'en',
            req,
          })
          if (doc.draft) {
            await payload.update({
              collection,
              context: IMPORT,
              data: { ...doc.draft, ...IN_REVIEW } as never,
              depth: 0,
              draft: true,
              id: docId,
              locale: 'ar',
              req,
            })
          }
          if (existing === undefined) madeIds.push(docId)
        }
        return madeIds
      })
      ids[collection].push(...made)
      written += end - start
      await releaseDriverMemory(payload)
      if (Math.floor(end / PROGRESS_EVERY) > Math.floor(start / PROGRESS_EVERY) || end === target) {
        const seconds = (performance.now() - startedCollection) / 1000
        progress(
          `${collection}: ${end}/${target} (${Math.round((end - from) / seconds)} documents/s, RSS ${rssMiB()} MiB)`,
        )
      }
    }
  }
  const seconds = (performance.now() - started) / 1000
  return { documents: written, perSecond: written / Math.max(seconds, 0.001), seconds }
}

const rssMiB = () => Math.round(process.memoryUsage.rss() / 2 ** 20)

const hashOf = (text: string) =>
  [...text].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) | 0, 7)

const pickFrom = <T>(list: readonly T[], next: () => number): T =>
  list[Math.floor(next() * list.length)]!

/** `count` distinct entries (fewer when the list is shorter). */
const pickSome = <T>(list: readonly T[], count: number, next: () => number): T[] => {
  const chosen = new Set<T>()
  for (let tries = 0; chosen.size < Math.min(count, list.length) && tries < count * 4; tries++)
    chosen.add(pickFrom(list, next))
  return [...chosen]
}

/** Every id of a collection, in the order the documents were made. */
const idsIn = async (payload: Payload, collection: CollectionSlug): Promise<Id[]> => {
  const found = await payload.find({
    collection,
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
    sort: 'id',
  })
  return found.docs.map((doc) => doc.id as Id)
}

const ensureTopics = async (payload: Payload): Promise<Id[]> => {
  const existing = await idsIn(payload, 'topics')
  for (const topic of TOPIC_NAMES.slice(existing.length)) {
    const created = await payload.create({
      collection: 'topics',
      data: { key: topic.key, name: topic.ar } as never,
      depth: 0,
      locale: 'ar',
    })
    await payload.update({
      collection: 'topics',
      data: { name: topic.en } as never,
      depth: 0,
      id: created.id,
      locale: 'en',
    })
    existing.push(created.id as Id)
  }
  return existing
}

/** An administrator (the first account is one anyway) and the editorial team the write benchmark logs in as. */
const ensureBenchStaff = async (payload: Payload) => {
  for (const role of ['admin', ...BENCH_STAFF] as const) {
    const email = benchEmail(role)
    if (
      (await payload.count({ collection: 'users', where: { email: { equals: email } } }))
        .totalDocs > 0
    )
      continue
    await payload.create({
      collection: 'users',
      data: { email, name: `Bench ${role}`, password: BENCH_PASSWORD, roles: [role] } as never,
    })
  }
}
