import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { changedContentKeys, isBlank, NOT_CONTENT, sameContent, sameValue } from '../src/content'

describe('sameValue: one canonical form', () => {
  // [what, a, b, same]
  const cases: [string, unknown, unknown, boolean][] = [
    ['undefined and null', undefined, null, true],
    ["'' and null", '', null, true],
    ['[] and undefined', [], undefined, true],
    ["[] and ''", [], '', true],
    ['a space is not nothing', ' ', null, false],
    ['0 is not nothing', 0, null, false],
    ['false is not nothing', false, null, false],
    ['key order does not matter', { a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 }, true],
    ['key order inside arrays of objects', [{ x: 1, y: 2 }], [{ y: 2, x: 1 }], true],
    ['array order matters', [1, 2], [2, 1], false],
    ['an undefined property is an absent one', { a: 1, b: undefined }, { a: 1 }, true],
    ['empty values inside arrays', [null, ''], [undefined, null], true],
    ['a changed nested value', { a: { b: 'x' } }, { a: { b: 'y' } }, false],
    [
      'a Date and its ISO string',
      new Date('2025-01-02T03:04:05.000Z'),
      '2025-01-02T03:04:05.000Z',
      true,
    ],
    [
      'different Dates',
      new Date('2025-01-02T03:04:05.000Z'),
      new Date('2025-01-02T03:04:06.000Z'),
      false,
    ],
    ['a number and its string', 1, '1', false],
    ['localized values', { ar: 'نص', en: 'Text' }, { en: 'Text', ar: 'نص' }, true],
    ['a changed locale', { ar: 'نص', en: 'Text' }, { ar: 'نص', en: 'Other' }, false],
  ]

  it.each(cases)('%s → %s', (_what, a, b, same) => {
    expect(sameValue(a, b)).toBe(same)
    expect(sameValue(b, a)).toBe(same)
  })
})

describe('changedContentKeys', () => {
  const original = {
    _status: 'published',
    body: {
      root: {
        children: [{ children: [{ text: 'نص', type: 'text' }], type: 'paragraph' }],
        type: 'root',
      },
    },
    createdAt: '2025-01-01T00:00:00.000Z',
    id: 5,
    tags: [],
    title: 'عنوان',
    updatedAt: '2025-01-01T00:00:00.000Z',
    workflow: { sequence: 2 },
    workflowState: 'approved',
  }

  it('lists only the content keys the data changes', () => {
    expect(changedContentKeys({ title: 'عنوان جديد' }, original)).toEqual(['title'])
    expect(changedContentKeys({ summary: 'جديد', title: 'عنوان' }, original)).toEqual(['summary'])
    expect(changedContentKeys({ tags: ['x'], title: 'y' }, original)).toEqual(['tags', 'title'])
  })

  it('ignores keys the data does not carry', () => {
    expect(changedContentKeys({}, original)).toEqual([])
    expect(
      changedContentKeys({ title: 'عنوان' }, { ...original, summary: 'something else entirely' }),
    ).toEqual([])
  })

  it('takes the same content in another spelling as no change', () => {
    const body = {
      root: {
        type: 'root',
        children: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص' }] }],
      },
    }
    expect(changedContentKeys({ body, summary: '', tags: null, title: 'عنوان' }, original)).toEqual(
      [],
    )
    expect(changedContentKeys({ summary: undefined, tags: undefined }, original)).toEqual([])
  })

  it('ignores status, timestamps, id, the workflow fields, the public record and the embargo', () => {
    expect([...NOT_CONTENT].sort()).toEqual([
      '_status',
      'corrections',
      'createdAt',
      'deletedAt',
      'embargoUntil',
      'embargoUntil_tz',
      'id',
      'lastPublishedAt',
      'retracted',
      'translationStatus',
      'updatedAt',
      'workflow',
      'workflowState',
    ])
    const bookkeeping = {
      _status: 'draft',
      corrections: [{ kind: 'update', note: 'x' }],
      embargoUntil: '2031-01-01T00:00:00.000Z',
      lastPublishedAt: '2030-01-01T00:00:00.000Z',
      retracted: { at: '2030-01-01T00:00:00.000Z', notice: 'x' },
      createdAt: '2030-01-01T00:00:00.000Z',
      deletedAt: '2030-01-01T00:00:00.000Z',
      id: 99,
      translationStatus: 'outdated',
      updatedAt: '2030-01-01T00:00:00.000Z',
      workflow: { sequence: 3 },
      workflowState: 'draft',
    }
    expect(changedContentKeys(bookkeeping, original)).toEqual([])
    expect(changedContentKeys({ ...bookkeeping, title: 'x' }, original)).toEqual(['title'])
  })

  it('compares a new document with nothing: every filled content key is a change', () => {
    expect(
      changedContentKeys({ _status: 'draft', summary: '', tags: [], title: 'عنوان' }, undefined),
    ).toEqual(['title'])
    expect(changedContentKeys({ title: 'عنوان' }, {})).toEqual(['title'])
  })
})

describe('sameContent', () => {
  const version = {
    _status: 'draft',
    body: { ar: 'نص', en: 'Text' },
    title: { ar: 'عنوان', en: 'Title' },
    updatedAt: 'a',
    workflowState: 'approved',
  }

  it('is true for the same content whatever the bookkeeping', () => {
    const later = {
      ...version,
      _status: 'published',
      createdAt: 'b',
      id: 2,
      updatedAt: 'c',
      workflow: { sequence: 9 },
      workflowState: 'published',
    }
    expect(sameContent(version, later)).toBe(true)
  })

  it('compares every key of both sides, absent and empty alike', () => {
    expect(sameContent(version, { ...version, summary: '' })).toBe(true)
    expect(sameContent({ ...version, tags: [] }, { ...version, tags: null })).toBe(true)
    expect(sameContent(version, { ...version, summary: 'جديد' })).toBe(false)
    expect(sameContent({ ...version, summary: 'جديد' }, version)).toBe(false)
  })

  it('sees a change in any one locale', () => {
    expect(sameContent(version, { ...version, title: { ar: 'عنوان', en: 'New title' } })).toBe(
      false,
    )
    expect(sameContent(version, { ...version, title: { en: 'Title', ar: 'عنوان' } })).toBe(true)
  })
})

describe('isBlank: a value that says nothing', () => {
  const nothing = fc.constantFrom<unknown>(undefined, null, '', [])
  const blank: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      nothing,
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 5 }), tie('value'), { maxKeys: 3 }),
    ),
  })).value

  it('holds for nothing, and for groups and lists of nothing, however nested (property)', () => {
    fc.assert(fc.property(blank, (value) => expect(isBlank(value)).toBe(true)))
  })

  it('fails as soon as one leaf says something (property)', () => {
    const something = fc.oneof(fc.string({ minLength: 1 }), fc.integer(), fc.boolean())
    fc.assert(
      fc.property(blank, something, fc.string({ maxLength: 5 }), (around, leaf, key) => {
        expect(isBlank({ around, [`k${key}`]: leaf })).toBe(false)
        expect(isBlank([around, [leaf]])).toBe(false)
      }),
    )
  })
})
