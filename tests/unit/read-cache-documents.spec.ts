import type { Where } from 'payload'

import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { MAX_CDN_MAX_AGE_SECONDS, readCacheSettings } from '../../src/settings/read-cache'
import { ChangeLog } from '../../src/read-cache/change-watcher'
import { Dependencies, idsOnly, keysOnly } from '../../src/read-cache/dependencies'
import { DocumentStore } from '../../src/read-cache/document-cache'
import { documentDependencies } from '../../src/read-cache/document-dependencies'
import { KEY_FIELDS } from '../../src/read-cache/key-fields'

/** A log that knows every change up to step 7. */
const logAt7 = () => {
  const log = new ChangeLog()
  log.restartAt(7)
  return log
}

const dependingOn = (documents: string[], lists: string[] = []): Dependencies => {
  const dependencies = new Dependencies()
  for (const key of documents) dependencies.addDocument(...(key.split(':') as [string, string]))
  for (const collection of lists) dependencies.addList(collection)
  return dependencies
}

describe('the read cache’s change log', () => {
  it('keeps an entry through changes that do not affect it, and drops it at one that does', () => {
    const log = logAt7()
    const person = { dependencies: dependingOn(['people:1']), madeAt: 7 }
    const list = { dependencies: dependingOn([], ['articles']), madeAt: 7 }
    log.record(8, [{ collection: 'articles', id: '5', key: null, seq: 8 }])
    expect(log.stillGood(person)).toBe(true)
    // Checked up to now: the next check starts at step 8.
    expect(person.madeAt).toBe(8)
    expect(log.stillGood(list)).toBe(false)
    log.record(9, [{ collection: 'people', id: '1', key: null, seq: 9 }])
    expect(log.stillGood(person)).toBe(false)
  })

  it('drops everything at a change of anything, and for an entry depending on anything', () => {
    const log = logAt7()
    const anything = dependingOn([])
    anything.anything = true
    const entry = { dependencies: anything, madeAt: 7 }
    const country = { dependencies: dependingOn(['countries:3']), madeAt: 7 }
    log.record(8, [{ collection: 'articles', id: '5', key: null, seq: 8 }])
    expect(log.stillGood(entry)).toBe(false)
    expect(log.stillGood(country)).toBe(true)
    log.record(9, [{ collection: null, id: null, key: null, seq: 9 }])
    expect(log.stillGood(country)).toBe(false)
  })

  it('cannot vouch for entries older than what it knows, nor across a step missing from the log', () => {
    const log = logAt7()
    expect(log.stillGood({ dependencies: dependingOn(['people:1']), madeAt: 6 })).toBe(false)
    const entry = { dependencies: dependingOn(['people:1']), madeAt: 7 }
    // Steps 8 and 9, but rows of step 9 only: step 8 was pruned.
    log.record(9, [{ collection: 'articles', id: '5', key: null, seq: 9 }])
    expect(log.stillGood(entry)).toBe(false)
    expect(log.stillGood({ dependencies: dependingOn(['people:1']), madeAt: 9 })).toBe(true)
  })
})

describe('the read cache’s reads by slug', () => {
  const change = (over: {
    collection?: null | string
    id?: null | string
    key?: null | string
  }) => ({
    collection: 'articles',
    id: null,
    key: null,
    seq: 8,
    ...over,
  })

  it('depends on the slugs looked up, not on the collection: only a change naming one of them drops it', () => {
    const bySlug = new Dependencies()
    bySlug.addKey('articles', 'ziyara-al-sin')
    expect(bySlug.affectedBy(change({ id: '5' }))).toBe(false)
    expect(bySlug.affectedBy(change({ key: 'another-slug' }))).toBe(false)
    expect(bySlug.affectedBy(change({ collection: 'events', key: 'ziyara-al-sin' }))).toBe(false)
    expect(bySlug.affectedBy(change({ key: 'ziyara-al-sin' }))).toBe(true)
    expect(bySlug.affectedBy(change({ collection: null }))).toBe(true)
    // A slug's row drops no list and no document: its document's own row, in the same step, does.
    expect(dependingOn(['articles:5'], ['articles']).affectedBy(change({ key: 'x' }))).toBe(false)
  })

  it('reads a where as a lookup by slug when one condition it requires is "slug equals / in" strings', () => {
    expect(KEY_FIELDS).toEqual(['slug', 'previousSlugs'])
    expect(keysOnly({ slug: { equals: 'a' } }, KEY_FIELDS)).toEqual(['a'])
    expect(keysOnly({ previousSlugs: { in: ['a', 'b'] } }, KEY_FIELDS)).toEqual(['a', 'b'])
    // As the workflow narrows a public read by slug.
    const bySlug: Where = {
      and: [{ slug: { equals: 'a' } }, { 'retracted.at': { exists: false } }],
    }
    expect(keysOnly(bySlug, KEY_FIELDS)).toEqual(['a'])
    // An alternative is no requirement.
    expect(
      keysOnly({ or: [{ slug: { equals: 'a' } }, { title: { like: 'b' } }] }, KEY_FIELDS),
    ).toBe(null)
    const condition = fc.record({
      field: fc.constantFrom('slug', 'previousSlugs', 'title', 'id', 'slug.ar'),
      operator: fc.constantFrom('equals', 'in', 'like', 'contains', 'not_equals', 'exists'),
      value: fc.oneof(fc.string(), fc.array(fc.string()), fc.integer(), fc.constant(null)),
    })
    const isLookup = ({
      field,
      operator,
      value,
    }: {
      field: string
      operator: string
      value: unknown
    }) =>
      KEY_FIELDS.includes(field) &&
      ((operator === 'equals' && typeof value === 'string') ||
        (operator === 'in' &&
          Array.isArray(value) &&
          value.length > 0 &&
          value.every((one: unknown) => typeof one === 'string')))
    fc.assert(
      fc.property(
        fc.array(condition, { maxLength: 3 }),
        fc.constantFrom('and', 'or'),
        (conditions, combinator) => {
          const where = {
            [combinator]: conditions.map(({ field, operator, value }) => ({
              [field]: { [operator]: value },
            })),
          }
          const lookups = conditions.filter(isLookup).flatMap(({ value }) => [value].flat())
          expect(keysOnly(where as never, KEY_FIELDS)).toEqual(
            combinator === 'and' && lookups.length > 0 ? lookups : null,
          )
        },
      ),
    )
  })
})

/**
 * idsOnly and keysOnly as they were before they shared one parser of
 * "equals / in" conditions: the reference the shared parser must match.
 */
const before = {
  idsOnly: (where: undefined | Where): null | unknown[] => {
    const keys = Object.keys(where ?? {})
    if (keys.length !== 1 || keys[0] !== 'id') return null
    const condition = where!.id as Record<string, unknown>
    const operators = Object.keys(condition ?? {})
    if (operators.length !== 1) return null
    if (operators[0] === 'equals') return [condition.equals]
    if (operators[0] === 'in' && Array.isArray(condition.in)) return condition.in
    return null
  },
  keysOnly: (where: undefined | Where, keyFields: readonly string[]): null | string[] => {
    const keyLookup = (field: string, condition: unknown) => {
      if (!keyFields.includes(field) || !condition || typeof condition !== 'object') return null
      const { equals, in: among } = condition as { equals?: unknown; in?: unknown }
      if (typeof equals === 'string') return [equals]
      if (Array.isArray(among) && among.length > 0 && among.every((one) => typeof one === 'string'))
        return among as string[]
      return null
    }
    const required = Object.entries(where ?? {}).flatMap(([field, condition]) =>
      field === 'and' && Array.isArray(condition)
        ? (condition as Where[]).flatMap((item) => Object.entries(item ?? {}))
        : [[field, condition] as const],
    )
    const keys = required.flatMap(([field, condition]) => keyLookup(field, condition) ?? [])
    return keys.length > 0 ? keys : null
  },
}

describe('the read cache’s lookups by id and by key', () => {
  it('reads "equals / in" as before the shared parser, for ids and for keys, whatever the where (property)', () => {
    const value = fc.oneof(
      { arbitrary: fc.constantFrom('a', 'b', '1'), weight: 3 },
      fc.string({ maxLength: 3 }),
      fc.integer({ max: 3, min: -1 }),
      fc.boolean(),
      fc.constantFrom(null, undefined),
      fc.constant({ id: 1 }),
    )
    const values = fc.oneof(
      { arbitrary: fc.array(fc.constantFrom('a', 'b'), { maxLength: 3 }), weight: 3 },
      fc.array(value, { maxLength: 3 }),
    )
    const operators = fc.dictionary(
      fc.constantFrom('equals', 'in', 'like', 'not_equals', 'exists'),
      fc.oneof(value, values),
      { maxKeys: 3 },
    )
    const lookup = fc.oneof(fc.record({ equals: value }), fc.record({ in: values }))
    // Mostly "equals" or "in" alone, else with other operators, else any operators, else no operators at all.
    const condition = fc.oneof(
      { arbitrary: lookup, weight: 4 },
      fc.tuple(lookup, operators).map(([one, others]) => ({ ...others, ...one })),
      operators,
      fc.oneof(value, values),
    )
    const field = fc.constantFrom('id', 'slug', 'previousSlugs', 'title', 'slug.ar', 'and', 'or')
    const { where } = fc.letrec((tie) => ({
      item: fc.oneof({ arbitrary: tie('where'), weight: 4 }, value),
      where: fc.dictionary(
        field,
        fc.oneof({ arbitrary: condition, weight: 3 }, fc.array(tie('item'), { maxLength: 3 })),
        { maxKeys: 3 },
      ),
    }))
    // Often a where by id alone (as Payload's dataloader asks), by slug alone, or with the conditions the workflow adds.
    const wheres = fc.oneof(
      where,
      { arbitrary: fc.record({ id: condition }), weight: 2 },
      { arbitrary: fc.record({ slug: condition }), weight: 2 },
      fc.record({
        and: fc.array(fc.oneof(fc.record({ previousSlugs: condition }), where), { maxLength: 3 }),
      }),
      fc.constant(undefined),
    )
    const keyFields = fc.oneof(
      fc.constant(KEY_FIELDS),
      fc.subarray(['slug', 'previousSlugs', 'id', 'and', 'title']),
    )
    fc.assert(
      fc.property(wheres, keyFields, (generated, fields) => {
        const asWhere = generated as undefined | Where
        expect(idsOnly(asWhere)).toStrictEqual(before.idsOnly(asWhere))
        expect(keysOnly(asWhere, fields)).toStrictEqual(before.keysOnly(asWhere, fields))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('the read cache’s shared documents', () => {
  it('gives a document back while no change affects what it depends on', () => {
    const log = logAt7()
    const store = new DocumentStore(2 ** 20)
    store.set(
      'k',
      { dependencies: dependingOn(['people:1']), madeAt: 7 },
      { id: 1, title: 'زيارة' },
    )
    store.set('missing', { dependencies: dependingOn(['people:2']), madeAt: 7 }, null)
    expect(store.get('k', log)?.json).toBe('{"id":1,"title":"زيارة"}')
    expect(store.get('missing', log)?.json).toBe('null')
    log.record(8, [{ collection: 'people', id: '2', key: null, seq: 8 }])
    expect(store.get('k', log)?.json).toBe('{"id":1,"title":"زيارة"}')
    expect(store.get('missing', log)).toBeUndefined()
  })

  it('keeps within its budget, counting two bytes a character, dropping the least recently used first', () => {
    const log = logAt7()
    const made = () => ({ dependencies: dependingOn([]), madeAt: 7 })
    const doc = (n: number) => ({ id: n, text: 'ع'.repeat(1000) })
    // Each entry takes about 2 × 1,020 + 256 bytes: three fit in 8 KB, four do not.
    const store = new DocumentStore(8 * 1024)
    for (const n of [1, 2, 3]) store.set(`k${n}`, made(), doc(n))
    expect(store.get('k1', log)).toBeDefined()
    store.set('k4', made(), doc(4))
    expect(store.get('k2', log)).toBeUndefined()
    expect(['k1', 'k3', 'k4'].map((key) => store.get(key, log) !== undefined)).toEqual([
      true,
      true,
      true,
    ])
  })

  it('takes its budget from READ_CACHE_DOCUMENTS_MB, 32 MB unless set to a positive number', () => {
    expect(readCacheSettings({}).documentBytes).toBe(32 * 2 ** 20)
    expect(readCacheSettings({ READ_CACHE_DOCUMENTS_MB: '8' }).documentBytes).toBe(8 * 2 ** 20)
    expect(readCacheSettings({ READ_CACHE_DOCUMENTS_MB: 'lots' }).documentBytes).toBe(32 * 2 ** 20)
    expect(readCacheSettings({ READ_CACHE_MAX_MB: '16' }).maxBytes).toBe(16 * 2 ** 20)
  })
})

describe('the read cache’s answers in shared caches', () => {
  it('may be kept by a CDN READ_CACHE_CDN_MAX_AGE seconds without asking: none unless set, a minute at most', () => {
    expect(readCacheSettings({}).cdnMaxAge).toBe(0)
    expect(readCacheSettings({ READ_CACHE_CDN_MAX_AGE: '10' }).cdnMaxAge).toBe(10)
    expect(readCacheSettings({ READ_CACHE_CDN_MAX_AGE: '3600' }).cdnMaxAge).toBe(
      MAX_CDN_MAX_AGE_SECONDS,
    )
    for (const value of ['-5', '1.5', 'soon', ''])
      expect(readCacheSettings({ READ_CACHE_CDN_MAX_AGE: value }).cdnMaxAge).toBe(0)
  })
})

describe('the read cache’s shared documents, each with its own dependencies', () => {
  /** A dataloader key as Payload makes it (./payload-dataloader.ts reads it back). */
  const key = (collection: string, id: number) =>
    JSON.stringify([null, collection, id, 2, 1, 'ar', 'en', false, false, false, null, null])
  const loaded = (collection: string, id: number, documents: string[]) => ({
    dependencies: dependingOn(documents),
    doc: { id, name: `${collection} ${id}` },
    key: key(collection, id),
  })

  it('gives a document the loads that show their id in it, and not those of its neighbours', () => {
    const keys = [key('events', 1), key('events', 2), key('events', 3)]
    // Event 1 shows person 10, event 2 shows person 20; event 3 is not found.
    const docs = [
      { id: 1, participants: [{ id: 10, name: 'person 10' }] },
      { id: 2, participants: [{ id: 20, name: 'person 20' }], related: 30 },
      undefined,
    ]
    const direct = dependingOn(['events:1', 'events:2', 'events:3', 'settings:1'], ['topics'])
    const loads = [
      loaded('people', 10, ['people:10', 'countries:5']),
      loaded('people', 20, ['people:20']),
      // Not shown as a document by any (refused: its id stays where it was).
      { dependencies: dependingOn(['people:30']), doc: undefined, key: key('people', 30) },
    ]
    const byKey = documentDependencies(keys, docs, direct, loads)
    const documentsOf = (index: number) => [...byKey.get(keys[index]!)!.documents].sort()
    expect(documentsOf(0)).toEqual([
      'countries:5',
      'events:1',
      'people:10',
      'people:30',
      'settings:1',
    ])
    expect(documentsOf(1)).toEqual(['events:2', 'people:20', 'people:30', 'settings:1'])
    expect(documentsOf(2)).toEqual(['events:3', 'people:30', 'settings:1'])
    // What the batch listed, every document lists.
    for (const k of keys) expect([...byKey.get(k)!.lists]).toEqual(['topics'])
  })

  it('never gives a document less than it shows, whatever the batch (property)', () => {
    const batch = fc.record({
      documents: fc.array(fc.uniqueArray(fc.integer({ max: 30, min: 1 }), { maxLength: 4 }), {
        maxLength: 5,
        minLength: 1,
      }),
      found: fc.array(fc.boolean(), { maxLength: 30, minLength: 30 }),
    })
    fc.assert(
      fc.property(batch, ({ documents, found }) => {
        const keys = documents.map((_, index) => key('events', 100 + index))
        const docs = documents.map((ids, index) => ({
          id: 100 + index,
          people: ids.map((id) => (found[id - 1] ? { id, name: `p${id}` } : id)),
        }))
        const shownIds = [...new Set(documents.flat())]
        const loads = shownIds.map((id) => ({
          dependencies: dependingOn([`people:${id}`]),
          doc: found[id - 1] ? { id } : undefined,
          key: key('people', id),
        }))
        const byKey = documentDependencies(keys, docs, new Dependencies(), loads)
        documents.forEach((ids, index) => {
          const own = byKey.get(keys[index]!)!.documents
          expect(own.has(`events:${100 + index}`)).toBe(true)
          for (const id of ids) expect(own.has(`people:${id}`)).toBe(true)
          // A person shown (found) by other events only is not this one's.
          for (const id of shownIds)
            if (!ids.includes(id) && found[id - 1]) expect(own.has(`people:${id}`)).toBe(false)
        })
      }),
    )
  })
})
