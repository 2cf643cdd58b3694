import type { Field } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { Articles } from '../../collections/articles'
import { Events } from '../../collections/events'
import { People } from '../../collections/people'
import { COLLECTIONS } from '../../src/config/collections'
import {
  canReferenceMedia,
  mediaInDocument,
  mediaInRichText,
  uniqueIds,
} from '../../src/media/media-references'
import { MEDIA_USED, trackMediaUse } from '../../src/media/public-use'

const LOCALES = ['ar', 'en']

const upload = (value: unknown) => ({
  type: 'upload',
  fields: null,
  format: '',
  id: 'x',
  relationTo: 'media',
  value,
  version: 3,
})
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })
const richText = (...children: unknown[]) => ({ root: { type: 'root', children } })

describe('which media a document holds', () => {
  it('finds upload nodes at any depth of a Lexical document, as ids or populated, and nothing else', () => {
    const body = richText(
      paragraph({ type: 'text', text: 'نص' }),
      upload(4),
      paragraph({
        type: 'link',
        children: [{ type: 'text', text: 'x' }],
        fields: { doc: { relationTo: 'people', value: 9 } },
      }),
      {
        type: 'list',
        children: [{ type: 'listitem', children: [upload({ filename: 'a.webp', id: 7 })] }],
      },
      // An upload node of another collection, and a relationship node to a person: not media.
      { ...upload(5), relationTo: 'documents' },
      { type: 'relationship', relationTo: 'people', value: 3 },
    )
    expect(mediaInRichText(body.root as never)).toEqual([4, 7])
  })

  it('reads localized fields in every locale, and plain values sent for one locale', () => {
    const fields = Articles.fields
    const doc = {
      body: { ar: richText(upload(1)), en: richText(paragraph(), upload(2)) },
      heroImage: 3,
      title: { ar: 'عنوان', en: 'Title' },
    }
    expect(uniqueIds(mediaInDocument(fields, doc, LOCALES))).toEqual([1, 2, 3])
    expect(
      mediaInDocument(fields, { body: richText(upload(8)), heroImage: { id: 9 } }, LOCALES).sort(),
    ).toEqual([8, 9])
    expect(mediaInDocument(fields, { body: null, heroImage: null }, LOCALES)).toEqual([])
  })

  it('walks groups, arrays, blocks, tabs and polymorphic relationships', () => {
    const fields: Field[] = [
      {
        name: 'cover',
        type: 'group',
        fields: [{ name: 'image', type: 'upload', relationTo: 'media' }],
      },
      {
        name: 'gallery',
        type: 'array',
        fields: [{ name: 'image', type: 'upload', relationTo: 'media', localized: true }],
      },
      {
        name: 'layout',
        type: 'blocks',
        blocks: [
          {
            slug: 'figure',
            fields: [{ name: 'images', type: 'upload', hasMany: true, relationTo: 'media' }],
          },
        ],
      },
      {
        type: 'tabs',
        tabs: [
          { label: 'a', fields: [{ name: 'inTab', type: 'upload', relationTo: 'media' }] },
          { name: 'named', fields: [{ name: 'deep', type: 'richText' }] },
        ],
      },
      { name: 'either', type: 'relationship', hasMany: true, relationTo: ['media', 'people'] },
      { type: 'row', fields: [{ name: 'inRow', type: 'upload', relationTo: 'media' }] },
      { name: 'person', type: 'relationship', relationTo: 'people' },
    ]
    const doc = {
      cover: { image: 1 },
      either: [
        { relationTo: 'people', value: 99 },
        { relationTo: 'media', value: 6 },
      ],
      gallery: [{ image: { ar: 2, en: 3 } }, { image: 4 }],
      inRow: 8,
      inTab: 7,
      layout: [
        { blockType: 'figure', images: [5, { id: 10 }] },
        { blockType: 'unknown', images: [50] },
      ],
      named: { deep: richText(upload(11)) },
      person: 98,
    }
    expect(uniqueIds(mediaInDocument(fields, doc, LOCALES))).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 10, 11,
    ])
  })

  it('knows which collections can hold media, and gives only those the mediaUsed field', () => {
    expect(canReferenceMedia(Articles.fields)).toBe(true)
    expect(canReferenceMedia(Events.fields)).toBe(true)
    expect(canReferenceMedia(People.fields)).toBe(true)
    const tracked = COLLECTIONS.map(trackMediaUse)
      .filter((collection) =>
        collection.fields.some((field) => 'name' in field && field.name === MEDIA_USED),
      )
      .map((collection) => collection.slug)
    expect(tracked.sort()).toEqual(['articles', 'events', 'people'])
  })
})
