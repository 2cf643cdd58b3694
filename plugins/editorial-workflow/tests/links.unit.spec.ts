import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { FlattenedField } from 'payload'

import { linksIn, refKey, type DocumentRef } from '../src/links'

/**
 * linksIn finds every document a stored document links to, wherever the link
 * sits: relationship and upload fields (single, hasMany, polymorphic),
 * localized fields read in every locale, groups, arrays, blocks, and rich
 * text (relationship nodes and internal links at any depth).
 */

const LOCALES = ['ar', 'en']

const relation = (name: string, extra: Record<string, unknown> = {}) =>
  ({ name, type: 'relationship', relationTo: 'events', ...extra }) as unknown as FlattenedField

const FIELDS = [
  relation('event'),
  relation('events', { hasMany: true }),
  relation('anything', { hasMany: true, relationTo: ['events', 'people'] }),
  relation('localizedEvent', { localized: true }),
  { name: 'photo', type: 'upload', relationTo: 'media' },
  { name: 'body', type: 'richText', localized: true },
  {
    name: 'location',
    type: 'group',
    flattenedFields: [relation('host', { relationTo: 'people' })],
  },
  {
    name: 'parties',
    type: 'array',
    flattenedFields: [relation('person', { relationTo: 'people' })],
  },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [{ slug: 'quote', flattenedFields: [relation('speaker', { relationTo: 'people' })] }],
  },
  { name: 'title', type: 'text', localized: true },
] as unknown as FlattenedField[]

const id = fc.integer({ max: 40, min: 1 }).map(String)
const ref = (collection: string) => id.map((value): DocumentRef => ({ collection, id: value }))
const anyRef = fc.oneof(ref('events'), ref('people'))

/** A rich-text tree with links planted at random depths; returns the tree and what it links to. */
const richText = fc
  .array(fc.tuple(anyRef, fc.boolean(), fc.integer({ max: 3, min: 0 })), { maxLength: 4 })
  .map((links) => {
    const nest = (node: Record<string, unknown>, depth: number): Record<string, unknown> =>
      depth === 0 ? node : { type: 'paragraph', children: [{ text: 'نص' }, nest(node, depth - 1)] }
    const children = links.map(([target, inline, depth]) =>
      nest(
        inline
          ? {
              type: 'link',
              children: [{ text: 'رابط' }],
              fields: {
                doc: { relationTo: target.collection, value: Number(target.id) },
                linkType: 'internal',
              },
            }
          : {
              type: 'relationship',
              relationTo: target.collection,
              value: { id: Number(target.id) },
            },
        depth,
      ),
    )
    return { refs: links.map(([target]) => target), value: { root: { type: 'root', children } } }
  })

/** A document of FIELDS with random links, and the links planted in it. */
const documentWithLinks = fc
  .record({
    anything: fc.array(anyRef, { maxLength: 3 }),
    arBody: richText,
    enBody: richText,
    event: fc.option(ref('events'), { nil: null }),
    events: fc.array(ref('events'), { maxLength: 3 }),
    host: fc.option(ref('people'), { nil: null }),
    localized: fc.record({
      ar: fc.option(ref('events'), { nil: null }),
      en: fc.option(ref('events'), { nil: null }),
    }),
    parties: fc.array(ref('people'), { maxLength: 3 }),
    photo: fc.option(ref('media'), { nil: null }),
    speakers: fc.array(fc.option(ref('people'), { nil: null }), { maxLength: 3 }),
  })
  .map((links) => {
    const idOrDoc = (target: DocumentRef, populated: boolean) =>
      populated ? { id: Number(target.id), title: 'x' } : Number(target.id)
    const data = {
      anything: links.anything.map((target) => ({
        relationTo: target.collection,
        value: Number(target.id),
      })),
      body: { ar: links.arBody.value, en: links.enBody.value },
      event: links.event ? idOrDoc(links.event, true) : null,
      events: links.events.map((target) => idOrDoc(target, false)),
      layout: links.speakers.map((speaker) => ({
        blockType: 'quote',
        speaker: speaker ? Number(speaker.id) : null,
      })),
      localizedEvent: {
        ar: links.localized.ar ? Number(links.localized.ar.id) : null,
        en: links.localized.en ? Number(links.localized.en.id) : null,
      },
      location: { host: links.host ? Number(links.host.id) : null },
      parties: links.parties.map((person) => ({ person: Number(person.id) })),
      photo: links.photo ? Number(links.photo.id) : null,
      title: { ar: 'عنوان', en: 'Title' },
    }
    const planted = [
      ...links.anything,
      ...links.arBody.refs,
      ...links.enBody.refs,
      ...(links.event ? [links.event] : []),
      ...links.events,
      ...(links.host ? [links.host] : []),
      ...[links.localized.ar, links.localized.en].filter((target) => target !== null),
      ...links.parties,
      ...(links.photo ? [links.photo] : []),
      ...links.speakers.filter((target) => target !== null),
    ]
    return { data, planted }
  })

const keys = (refs: DocumentRef[]) => [...new Set(refs.map(refKey))].sort()

describe('linksIn', () => {
  it('finds exactly the links planted anywhere in a document, in every language', () => {
    fc.assert(
      fc.property(documentWithLinks, ({ data, planted }) => {
        expect(keys(linksIn(FIELDS, data, LOCALES))).toEqual(keys(planted))
      }),
      { numRuns: 300 },
    )
  })

  it('finds nothing in a document without links, and ignores blocks it does not know', () => {
    expect(
      linksIn(FIELDS, { layout: [{ blockType: 'unknown', speaker: 3 }], title: 'x' }, LOCALES),
    ).toEqual([])
    expect(linksIn(FIELDS, null, LOCALES)).toEqual([])
  })
})
